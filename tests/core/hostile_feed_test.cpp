// Faults once found in the feed reader (fuzzing and a hostile feed): each case failed before its
// fix.
#include "core/feed_parser.hpp"
#include "support/feed_snippets.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace nownext::core;
using nownext::testing::FeedParts;
using nownext::testing::session;

namespace {

bool mentions(const Diagnostics& list, const std::string& fragment) {
  for (const auto& d : list) {
    if (d.to_string().find(fragment) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_SUITE("feed reader: hostile input") {
  TEST_CASE("sessions without a room, more than the listed errors, are left out, not read") {
    // Every empty session is left out with its own problems; none is taken as having a room.
    FeedParts feed;
    feed.sessions = "[{},{},{},{},{},{},{},{},{},{},{},{}," + session("ok") + "]";
    const FeedResult result = parse_feed(feed.json());
    REQUIRE(result.ok());
    REQUIRE(result.agenda->sessions().size() == 1);
    CHECK(result.agenda->sessions()[0].id == "ok");
    CHECK(mentions(result.warnings, "left out"));
  }

  TEST_CASE("a chain of nine sessions, each the parent of the next: the ninth level is dropped") {
    FeedParts feed;
    feed.sessions = "[" + session("s0");
    for (int i = 1; i <= 8; ++i) {
      feed.sessions += "," + session("s" + std::to_string(i),
                                     R"(, "parent": "s)" + std::to_string(i - 1) + "\"");
    }
    feed.sessions += "]";
    const FeedResult result = parse_feed(feed.json());
    REQUIRE(result.ok());
    CHECK(mentions(result.warnings, "sessions[8].parent: sessions nested more than 8 levels"));
    CHECK_FALSE(mentions(result.warnings, "sessions[7].parent"));
    CHECK_FALSE(result.agenda->sessions()[8].parent.has_value());
    CHECK(result.agenda->sessions()[7].parent.has_value());
  }

  TEST_CASE("a time zone that is not an IANA name, such as localtime, is refused") {
    for (const char* zone : {"localtime", "posix/Europe/Zurich", "right/UTC"}) {
      FeedParts feed;
      feed.event = std::string{R"({"id": "conf", "title": "C", "time_zone": ")"} + zone + "\"}";
      const FeedResult result = parse_feed(feed.json());
      CAPTURE(zone);
      CHECK_FALSE(result.ok());
      CHECK(mentions(result.errors, "time_zone"));
    }
  }

  TEST_CASE("control characters in display text are removed, with a warning") {
    FeedParts feed;
    feed.sessions = R"([{"id": "s1", "room": "r1", "title": "Key\u001b[31mnote\u0007",
      "start": "2017-07-18T10:00:00+02:00", "end": "2017-07-18T10:30:00+02:00"}])";
    const FeedResult result = parse_feed(feed.json());
    REQUIRE(result.ok());
    CHECK(mentions(result.warnings, "sessions[0].title: 2 control characters removed"));
    const std::string title{result.agenda->sessions()[0].title.in(std::string_view{"fr"})};
    CHECK(title == "Key[31mnote");
  }
}
