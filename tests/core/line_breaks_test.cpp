// Where ICU lets text divide: grapheme clusters (UAX #29) and line breaks (UAX #14), as byte
// offsets into UTF-8.
#include "core/line_breaks.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace nownext::core;
using Offsets = std::vector<std::size_t>;

TEST_SUITE("line breaks") {
  TEST_CASE("a line may start after spaces, and the paragraph's end is always listed") {
    CHECK(break_opportunities("Panel 1  Migrants") == Offsets{6, 9, 17});
    CHECK(break_opportunities("word") == Offsets{4});
    CHECK(break_opportunities("") == Offsets{0});
  }

  TEST_CASE("a line may start after a hyphen inside a compound") {
    CHECK(break_opportunities("Asia-Pacific") == Offsets{5, 12});
  }

  TEST_CASE("Chinese breaks between ideographs, never before closing or after opening marks") {
    const std::string text = "联合国（日内瓦）会议。";
    const Offsets breaks = break_opportunities(text);
    // Each character is 3 bytes: 联 合 国 （ 日 内 瓦 ） 会 议 。
    CHECK(breaks == Offsets{3, 6, 9, 15, 18, 24, 27, 33});
  }

  TEST_CASE("Arabic and Cyrillic words break at spaces only") {
    CHECK(break_opportunities("جلسة عامة") == Offsets{9, 17});
    CHECK(break_opportunities("Права мигрантов") == Offsets{11, 29});
  }

  TEST_CASE("clusters keep marks, flags and joined emoji whole") {
    CHECK(cluster_boundaries("e\u0301x") == Offsets{0, 3, 4});
    CHECK(cluster_boundaries("\U0001F1EB\U0001F1F7") == Offsets{0, 8});  // the French flag
    CHECK(cluster_boundaries("\U0001F469\u200D\U0001F4BB!") == Offsets{0, 11, 12});
    CHECK(cluster_boundaries("") == Offsets{0});
  }

  TEST_CASE("an Arabic letter and its vowel mark are one cluster") {
    CHECK(cluster_boundaries("بُ") == Offsets{0, 4});
  }

  TEST_CASE("trailing spaces, ideographic ones too, are trimmed") {
    CHECK(trim_trailing_spaces("mot  \t") == "mot");
    CHECK(trim_trailing_spaces("会议\u3000") == "会议");
  }
}
