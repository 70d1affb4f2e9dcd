// Every way a feed is refused, with the place and the reason people will read.
#include "core/feed_parser.hpp"
#include "support/feed_snippets.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace nownext::core;
using nownext::testing::feed_with_sessions;
using nownext::testing::FeedParts;
using nownext::testing::session;

namespace {

struct Refusal {
  const char* name;
  std::string feed;
  std::string where;    // expected path of the first error
  std::string message;  // expected part of its reason
};

FeedParts with_event(const std::string& event) {
  FeedParts parts;
  parts.event = event;
  return parts;
}

std::string without_last(std::string text, std::size_t n) {
  return text.substr(0, text.size() - n);
}

std::vector<Refusal> refusals() {
  FeedParts no_format;
  no_format.format = "null";
  FeedParts v2;
  v2.format = R"("nownext/2")";
  FeedParts frab;
  frab.format = R"("frab")";
  FeedParts rooms_object;
  rooms_object.rooms = "{}";
  FeedParts duplicate_rooms;
  duplicate_rooms.rooms = R"([{"id": "r1", "name": "A"}, {"id": "r1", "name": "B"}])";
  FeedParts bad_language;
  bad_language.rooms = R"([{"id": "r1", "name": {"french": "Salle"}}])";
  FeedParts late_announcement;
  late_announcement.extra = R"(, "announcements": [{"id": "a", "text": "x",
      "from": "2017-07-18T10:00:00+02:00", "until": "2017-07-18T09:00:00+02:00"}])";
  const std::string long_title(2000, 'x');

  return {
      {"not JSON", "hello", "", "not valid JSON"},
      {"truncated", without_last(FeedParts{}.json(), 1), "", "unexpected end of input"},
      {"a top-level array", "[]", "(top level)", "must be an object, not an array"},
      {"invalid UTF-8", feed_with_sessions("[" + session("s\xC3", "") + "]"), "", "UTF-8"},
      {"a number out of range", feed_with_sessions("[" + session("s1", R"(, "x": 1e400)") + "]"),
       "", "number overflow"},
      {"nesting too deep", feed_with_sessions(std::string(40, '[') + std::string(40, ']')), "",
       "nested deeper than 16 levels"},
      {"no format", no_format.json(), "format", "is required"},
      {"a later format version", v2.json(), "format", "unsupported version 'nownext/2'"},
      {"another format", frab.json(), "format", "'frab' is not a nownext feed"},
      {"no event", R"({"format": "nownext/1", "rooms": [], "sessions": []})", "event",
       "is required"},
      {"an unknown time zone",
       with_event(R"({"id": "c", "title": "C", "time_zone": "Europe/Nowhere"})").json(),
       "event.time_zone", "unknown time zone 'Europe/Nowhere'"},
      {"rooms of the wrong type", rooms_object.json(), "rooms", "must be an array, not an object"},
      {"a duplicate room id", duplicate_rooms.json(), "rooms[1].id",
       "duplicate room id 'r1' (first at rooms[0].id)"},
      {"a bad language code", bad_language.json(), "rooms[0].name.french",
       "'french' is not a language code"},
      {"a title of the wrong type", feed_with_sessions(R"([{"id": "s1", "room": "r1", "title": 42,
         "start": "2017-07-18T10:00:00+02:00", "end": "2017-07-18T10:30:00+02:00"}])"),
       "sessions[0].title",
       "must be a string or a non-empty map of language code to string, not a number"},
      {"a null title", feed_with_sessions(R"([{"id": "s1", "room": "r1", "title": null,
         "start": "2017-07-18T10:00:00+02:00", "end": "2017-07-18T10:30:00+02:00"}])"),
       "sessions[0].title", "is required"},
      {"a missing start", feed_with_sessions(R"([{"id": "s1", "room": "r1", "title": "T",
         "end": "2017-07-18T10:30:00+02:00"}])"),
       "sessions[0].start", "is required"},
      {"a time without offset", feed_with_sessions(R"([{"id": "s1", "room": "r1", "title": "T",
         "start": "2017-07-18T10:00:00", "end": "2017-07-18T10:30:00+02:00"}])"),
       "sessions[0].start", "'2017-07-18T10:00:00' has no UTC offset"},
      {"a time that is not a time", feed_with_sessions(R"([{"id": "s1", "room": "r1", "title": "T",
         "start": "tomorrow", "end": "2017-07-18T10:30:00+02:00"}])"),
       "sessions[0].start", "is not an ISO 8601 time"},
      {"an end before the start", feed_with_sessions(R"([{"id": "s1", "room": "r1", "title": "T",
         "start": "2017-07-18T11:00:00+02:00", "end": "2017-07-18T10:30:00+02:00"}])"),
       "sessions[0].end", "must be after start"},
      {"a duplicate session id",
       feed_with_sessions("[" + session("s1") + "," + session("s1") + "]"), "sessions[1].id",
       "duplicate session id 's1' (first at sessions[0])"},
      {"an id with spaces", feed_with_sessions("[" + session("s 1") + "]"), "sessions[0].id",
       "'s 1' is not an id"},
      {"an unknown parent", feed_with_sessions("[" + session("s1", R"(, "parent": "ghost")") + "]"),
       "sessions[0].parent", "unknown parent session 'ghost'"},
      {"a child outside its parent's times",
       feed_with_sessions("[" + session("p") + R"(, {"id": "c", "room": "r1", "title": "C",
         "parent": "p", "start": "2017-07-18T10:15:00+02:00", "end": "2017-07-18T11:00:00+02:00"}])"),
       "sessions[1]", "runs outside its parent session 'p'"},
      {"parents in a cycle",
       feed_with_sessions("[" + session("a", R"(, "parent": "b")") + "," +
                          session("b", R"(, "parent": "a")") + "]"),
       "sessions[0].parent", "parent 'b' leads back to session 'a'"},
      {"a session that is its own parent",
       feed_with_sessions("[" + session("a", R"(, "parent": "a")") + "]"), "sessions[0].parent",
       "leads back to session 'a'"},
      {"a delay of zero minutes",
       feed_with_sessions("[" + session("s1", R"(, "status": {"state": "delayed", "minutes": 0})") +
                          "]"),
       "sessions[0].status.minutes", "must be a whole number of minutes from 1 to 1440"},
      {"an unknown status",
       feed_with_sessions("[" + session("s1", R"(, "status": {"state": "postponed"})") + "]"),
       "sessions[0].status.state",
       "'postponed' is not one of scheduled, delayed, cancelled, moved"},
      {"a title over the size limit",
       feed_with_sessions(R"([{"id": "s1", "room": "r1", "title": ")" + long_title + R"(",
         "start": "2017-07-18T10:00:00+02:00", "end": "2017-07-18T10:30:00+02:00"}])"),
       "sessions[0].title", "is 2000 bytes long; at most 1024 are allowed"},
      {"a NUL character in a text",
       feed_with_sessions(R"([{"id": "s1", "room": "r1", "title": "a\u0000b",
         "start": "2017-07-18T10:00:00+02:00", "end": "2017-07-18T10:30:00+02:00"}])"),
       "sessions[0].title", "contains a NUL character"},
      {"an announcement that ends before it starts", late_announcement.json(),
       "announcements[0].until", "must be after from"},
  };
}

}  // namespace

TEST_SUITE("feed errors") {
  TEST_CASE("each broken feed is refused with the place and the reason") {
    for (const Refusal& refusal : refusals()) {
      const std::string name = refusal.name;
      CAPTURE(name);
      const FeedResult result = parse_feed(refusal.feed);
      CHECK_FALSE(result.ok());
      REQUIRE_FALSE(result.errors.empty());
      CHECK(result.errors.front().where == refusal.where);
      CAPTURE(result.errors.front().what);
      CHECK(result.errors.front().what.find(refusal.message) != std::string::npos);
    }
  }

  TEST_CASE("a feed over the size limit is refused before it is parsed") {
    FeedLimits limits;
    limits.max_bytes = 100;
    const FeedResult result = parse_feed(FeedParts{}.json(), limits);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].what.find("at most 100 are allowed") != std::string::npos);
  }

  TEST_CASE("more sessions than allowed are refused") {
    FeedLimits limits;
    limits.max_sessions = 1;
    const FeedResult result = parse_feed(
        feed_with_sessions(std::string{"["} + session("a") + "," + session("b") + "]"), limits);
    REQUIRE_FALSE(result.ok());
    CHECK(result.errors[0].to_string() == "sessions: has 2 items; at most 1 are allowed");
  }

  TEST_CASE("all errors are listed, up to a limit") {
    std::string sessions = "[";
    for (int i = 0; i < 80; ++i) {
      if (i > 0) sessions += ",";
      sessions += session("s", ", \"title\": 1");
    }
    const FeedResult result = parse_feed(feed_with_sessions(sessions + "]"));
    CHECK(result.errors.size() == FeedLimits{}.max_errors + 1);
    CHECK(result.errors.back().what == "too many errors; the rest are not listed");
  }

  TEST_CASE("two hundred thousand nested brackets are refused without a crash") {
    const FeedResult result = parse_feed(std::string(200'000, '[') + std::string(200'000, ']'));
    CHECK_FALSE(result.ok());
  }
}
