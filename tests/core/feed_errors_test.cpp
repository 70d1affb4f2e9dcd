// Every way a feed is refused, with the place and the reason people will read.
#include "core/feed_parser.hpp"
#include "support/feed_snippets.hpp"

#include <doctest/doctest.h>

#include <algorithm>
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
      {"an announcement that ends before it starts", late_announcement.json(),
       "announcements[0].until", "must be after from"},
  };
}

// A session the feed cannot use as is: the rest loads, and a warning names it.
struct LeftOut {
  const char* name;
  std::string feed;
  std::string where;    // expected path of the warning
  std::string message;  // expected part of its reason
  std::string gone;     // the session left out, or empty when it is kept (repaired)
};

std::vector<LeftOut> left_out() {
  const std::string long_title(2000, 'x');
  const auto beside = [](const std::string& broken) {
    return feed_with_sessions("[" + broken + "," + session("ok") + "]");
  };
  return {
      {"a title of the wrong type", beside(R"({"id": "s1", "room": "r1", "title": 42,
         "start": "2017-07-18T10:00:00+02:00", "end": "2017-07-18T10:30:00+02:00"})"),
       "sessions[0].title",
       "must be a string or a non-empty map of language code to string, not a number", "s1"},
      {"a null title", beside(R"({"id": "s1", "room": "r1", "title": null,
         "start": "2017-07-18T10:00:00+02:00", "end": "2017-07-18T10:30:00+02:00"})"),
       "sessions[0].title", "is required; sessions[0] left out", "s1"},
      {"a missing start", beside(R"({"id": "s1", "room": "r1", "title": "T",
         "end": "2017-07-18T10:30:00+02:00"})"),
       "sessions[0].start", "is required", "s1"},
      {"a time without offset", beside(R"({"id": "s1", "room": "r1", "title": "T",
         "start": "2017-07-18T10:00:00", "end": "2017-07-18T10:30:00+02:00"})"),
       "sessions[0].start", "'2017-07-18T10:00:00' has no UTC offset", "s1"},
      {"a time that is not a time", beside(R"({"id": "s1", "room": "r1", "title": "T",
         "start": "tomorrow", "end": "2017-07-18T10:30:00+02:00"})"),
       "sessions[0].start", "is not an ISO 8601 time", "s1"},
      {"an end before the start", beside(R"({"id": "s1", "room": "r1", "title": "T",
         "start": "2017-07-18T11:00:00+02:00", "end": "2017-07-18T10:30:00+02:00"})"),
       "sessions[0].end", "must be after start; session 's1' left out", "s1"},
      {"an end equal to the start", beside(R"({"id": "s1", "room": "r1", "title": "T",
         "start": "2017-07-18T11:00:00+02:00", "end": "2017-07-18T11:00:00+02:00"})"),
       "sessions[0].end", "session 's1' lasts no time; left out", "s1"},
      {"a duplicate session id",
       feed_with_sessions("[" + session("ok") + "," + session("ok", R"(, "title": "Twin")") + "]"),
       "sessions[1].id", "duplicate session id 'ok' (first at sessions[0]); left out", ""},
      {"an id with spaces", beside(session("s 1")), "sessions[0].id", "'s 1' is not an id", "s 1"},
      {"an unknown parent", beside(session("s1", R"(, "parent": "ghost")")), "sessions[0].parent",
       "unknown parent session 'ghost'; shown as a session of its own", ""},
      {"a child outside its parent's times",
       beside(session("p") + R"(, {"id": "c", "room": "r1", "title": "C",
         "parent": "p", "start": "2017-07-18T10:15:00+02:00", "end": "2017-07-18T11:00:00+02:00"})"),
       "sessions[1]", "runs outside its parent session 'p'; parent dropped", ""},
      {"parents in a cycle",
       beside(session("a", R"(, "parent": "b")") + "," + session("b", R"(, "parent": "a")")),
       "sessions[0].parent", "parent 'b' leads back to session 'a'; parent dropped", ""},
      {"a session that is its own parent", beside(session("a", R"(, "parent": "a")")),
       "sessions[0].parent", "leads back to session 'a'", ""},
      {"a child of a left-out session",
       beside(session("p", R"(, "title": 1)") + "," + session("c", R"(, "parent": "p")")),
       "sessions[1].parent", "unknown parent session 'p'", ""},
      {"a delay of zero minutes",
       beside(session("s1", R"(, "status": {"state": "delayed", "minutes": 0})")),
       "sessions[0].status.minutes", "must be a whole number of minutes from 1 to 1440", "s1"},
      {"an unknown status", beside(session("s1", R"(, "status": {"state": "postponed"})")),
       "sessions[0].status.state", "'postponed' is not one of scheduled, delayed, cancelled, moved",
       "s1"},
      {"a title over the size limit",
       beside(R"({"id": "s1", "room": "r1", "title": ")" + long_title + R"(",
         "start": "2017-07-18T10:00:00+02:00", "end": "2017-07-18T10:30:00+02:00"})"),
       "sessions[0].title", "is 2000 bytes long; at most 1024 are allowed", "s1"},
      {"a NUL character in a text", beside(R"({"id": "s1", "room": "r1", "title": "a\u0000b",
         "start": "2017-07-18T10:00:00+02:00", "end": "2017-07-18T10:30:00+02:00"})"),
       "sessions[0].title", "contains a NUL character", "s1"},
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

  TEST_CASE("each broken session is left out or repaired with a warning; the rest loads") {
    for (const LeftOut& item : left_out()) {
      const std::string name = item.name;
      CAPTURE(name);
      const FeedResult result = parse_feed(item.feed);
      INFO((result.errors.empty() ? std::string{} : result.errors.front().to_string()));
      REQUIRE(result.ok());
      CHECK(result.agenda->find_session("ok").has_value());
      if (!item.gone.empty()) CHECK_FALSE(result.agenda->find_session(item.gone).has_value());
      const auto warning =
          std::find_if(result.warnings.begin(), result.warnings.end(), [&](const Diagnostic& w) {
            return w.where == item.where && w.what.find(item.message) != std::string::npos;
          });
      CAPTURE(result.warnings.size());
      CHECK(warning != result.warnings.end());
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
    std::string rooms = "[";
    for (int i = 0; i < 80; ++i) {
      if (i > 0) rooms += ",";
      rooms += R"({"id": "r", "name": 1})";
    }
    FeedParts parts;
    parts.rooms = rooms + "]";
    const FeedResult result = parse_feed(parts.json());
    CHECK(result.errors.size() == FeedLimits{}.max_errors + 1);
    CHECK(result.errors.back().what == "too many errors; the rest are not listed");
  }

  TEST_CASE("two hundred thousand nested brackets are refused without a crash") {
    const FeedResult result = parse_feed(std::string(200'000, '[') + std::string(200'000, ']'));
    CHECK_FALSE(result.ok());
  }
}
