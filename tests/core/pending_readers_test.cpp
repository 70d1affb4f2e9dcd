// Faults of the feed reader whose fixes belong to the reader itself (feed_fields, feed_sessions,
// feed_parser). Each case fails today; each is skipped until its fix lands, when the skip goes.
// Run them anyway with --no-skip.
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

TEST_SUITE("feed reader with fixes pending" * doctest::skip(true)) {
  TEST_CASE("sessions without a room past the listed errors are refused, not dereferenced") {
    // Twelve empty sessions make more errors than are listed; the twelfth has no room.
    const FeedResult result =
        parse_feed(R"({"format":"nownext/1","sessions":[{},{},{},{},{},{},{},{},{},{},{},{}]})");
    CHECK_FALSE(result.ok());
    CHECK(mentions(result.errors, "too many errors"));
  }

  TEST_CASE(
      "a chain of nine sessions, each the parent of the next, is refused (at most 8 levels)") {
    FeedParts feed;
    feed.sessions = "[" + session("s0");
    for (int i = 1; i <= 8; ++i) {
      feed.sessions += "," + session("s" + std::to_string(i),
                                     R"(, "parent": "s)" + std::to_string(i - 1) + "\"");
    }
    feed.sessions += "]";
    const FeedResult result = parse_feed(feed.json());
    CHECK_FALSE(result.ok());
  }

  TEST_CASE("a time zone that is not an IANA name, such as localtime, is refused") {
    FeedParts feed;
    feed.event = R"({"id": "conf", "title": "C", "time_zone": "localtime"})";
    const FeedResult result = parse_feed(feed.json());
    CHECK_FALSE(result.ok());
    CHECK(mentions(result.errors, "time_zone"));
  }

  TEST_CASE("control characters in display text are removed, with a warning") {
    FeedParts feed;
    feed.sessions = "[" + session("s1", R"(, "title": "Key\u001b[31mnote\u0007")") + "]";
    // session() sets a title too; the later member wins in the reader.
    const FeedResult result = parse_feed(feed.json());
    REQUIRE(result.ok());
    CHECK(mentions(result.warnings, "control character"));
  }
}
