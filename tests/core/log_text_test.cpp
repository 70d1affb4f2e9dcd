#include "core/log_text.hpp"
#include "core/agenda_diff.hpp"
#include "support/feed_snippets.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace nownext::core;

TEST_SUITE("log text") {
  TEST_CASE("printable text, accents and scripts pass unchanged") {
    CHECK(log_text("Salle 3 · Zürich — 会议室 قاعة") == "Salle 3 · Zürich — 会议室 قاعة");
  }

  TEST_CASE("a newline and escape codes cannot forge a second log line or colour a terminal") {
    const std::string forged = "10:00\x1b[2J\nnownext: feed x: ok again";
    const std::string safe = log_text(forged);
    CHECK(safe == "10:00\\x1b[2J\\nnownext: feed x: ok again");
    CHECK(safe.find('\n') == std::string::npos);
    CHECK(safe.find('\x1b') == std::string::npos);
  }

  TEST_CASE("tabs, carriage returns, DEL, C1 controls and bidi overrides are escaped") {
    CHECK(log_text("a\tb\rc\x7f"
                   "d") == "a\\tb\\rc\\x7fd");
    CHECK(log_text("x\xc2\x9by") == "x\\x9by");
    CHECK(log_text("left \u202eright") == "left \\u202eright");
    CHECK(log_text("one\u2028two") == "one\\u2028two");
  }

  TEST_CASE("malformed UTF-8 is shown byte by byte") {
    CHECK(log_text("a\xff"
                   "b") == "a\\xffb");
    CHECK(log_text("\xe2\x82") == "\\xe2\\x82");           // a cut sequence
    CHECK(log_text("\xc0\xaf") == "\\xc0\\xaf");           // an overlong slash
    CHECK(log_text("\xed\xa0\x80") == "\\xed\\xa0\\x80");  // a surrogate
  }

  TEST_CASE("a long text is cut at a character and says how much was left out") {
    const std::string key(2'000'000, 'k');
    const std::string line = log_text(key, 100);
    CHECK(line.size() < 140);
    CHECK(line.ends_with("\u2026 (1,999,900 bytes more)"));
    const std::string accents = log_text("ééééé", 5);
    CHECK(accents == "éé\u2026 (6 bytes more)");
  }

  TEST_CASE("the default cap holds a whole log line") {
    CHECK(log_text(std::string(5000, 'x')).size() < max_log_line_bytes + 32);
  }

  TEST_CASE("counts are written with thousands separators") {
    CHECK(with_thousands(0) == "0");
    CHECK(with_thousands(999) == "999");
    CHECK(with_thousands(1204) == "1,204");
    CHECK(with_thousands(20'000'000) == "20,000,000");
  }

  TEST_CASE("a long list names its first items and counts the rest") {
    CHECK(bounded_list({"a", "b"}, 5) == "a, b");
    CHECK(bounded_list({"a", "b", "c", "d"}, 2) == "a, b and 2 more");
    CHECK(bounded_list({"bad\nid"}, 5) == "bad\\nid");
  }
}

TEST_SUITE("agenda changes in the log") {
  using nownext::testing::FeedParts;
  using nownext::testing::parse_ok;
  using nownext::testing::session;

  std::string sessions(int count, const std::string& title) {
    std::string out = "[";
    for (int i = 0; i < count; ++i) {
      out +=
          (i == 0 ? "" : ",") + session("s" + std::to_string(i), R"(, "title": ")" + title + "\"");
    }
    return out + "]";
  }

  TEST_CASE("renaming every title of a large feed gives a short line with the count") {
    FeedParts before;
    before.sessions = sessions(1204, "Old");
    FeedParts after;
    after.sessions = sessions(1204, "New");
    const std::string line =
        describe(diff_agendas(parse_ok(before.json()), parse_ok(after.json())));
    CHECK(line.starts_with("1,204 changed (s0: title; s1: title; "));
    CHECK(line.ends_with(": title and 1,199 more)"));
    CHECK(line.size() < 200);
  }

  TEST_CASE("many added and removed sessions are counted, not all listed") {
    FeedParts before;
    before.sessions = sessions(30, "T");
    FeedParts after;
    after.sessions = "[" + session("fresh") + "]";
    const std::string line =
        describe(diff_agendas(parse_ok(before.json()), parse_ok(after.json())));
    CHECK(line.starts_with("1 added (fresh), 30 removed (s0, s1, "));
    CHECK(line.ends_with(" and 25 more)"));
    CHECK(line.size() < 80);
  }
}
