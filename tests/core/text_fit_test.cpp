// Text fitting with a fake measurer: sizes, lines, ellipsis, right-to-left alignment, CJK breaks.
#include "core/text_fit.hpp"
#include "core/line_breaks.hpp"
#include "core/utf8.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace nownext::core;

namespace {

// Every grapheme cluster is half the size wide, a CJK character the whole size; a line is
// 1.25 times the size high. Counts its calls.
class FakeMeasurer final : public TextMeasurer {
 public:
  LineMetrics measure(TextRole /*role*/, int size_px, std::string_view text) override {
    ++calls;
    int half_widths = 0;
    const std::vector<std::size_t> bounds = cluster_boundaries(text);
    for (std::size_t i = 0; i + 1 < bounds.size(); ++i) {
      std::size_t pos = bounds[i];
      half_widths += is_cjk(next_code_point(text, pos)) ? 2 : 1;
    }
    return {half_widths * size_px / 2, size_px * 5 / 4};
  }
  int calls = 0;
};

TextBox box(std::string text, int width, int height, int max_lines, int min_px, int max_px) {
  TextBox b;
  b.rect = {10, 20, width, height};
  b.text = std::move(text);
  b.max_lines = max_lines;
  b.min_size_px = min_px;
  b.max_size_px = max_px;
  return b;
}

std::vector<std::string> texts(const FittedText& fitted) {
  std::vector<std::string> out;
  for (const auto& line : fitted.lines) out.push_back(line.text);
  return out;
}

}  // namespace

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& lines) {
    std::string out = "{";
    for (const auto& line : lines) out += "\"" + line + "\" ";
    return (out + "}").c_str();
  }
};
}  // namespace doctest

TEST_SUITE("text fitting") {
  TEST_CASE("a short text keeps the largest size on one line, left-aligned at the top") {
    FakeMeasurer m;
    const FittedText fitted = fit_text(box("Hello", 200, 50, 1, 10, 40), m);
    CHECK(fitted.size_px == 40);
    CHECK_FALSE(fitted.cut);
    REQUIRE(fitted.lines.size() == 1);
    CHECK(fitted.lines[0].rect == Rect{10, 20, 100, 50});
  }

  TEST_CASE("a longer text takes the largest size at which it fits the lines and the height") {
    FakeMeasurer m;
    // At 16 px "cccc dddd eee" (13 clusters) no longer fits 100 px and a third line is needed;
    // the height (2 x 18 px at 15 px) is no limit.
    const FittedText fitted = fit_text(box("aaaa bbbb cccc dddd eee", 100, 60, 2, 8, 40), m);
    CHECK(fitted.size_px == 15);
    CHECK_FALSE(fitted.cut);
    CHECK(texts(fitted) == std::vector<std::string>{"aaaa bbbb", "cccc dddd eee"});
    REQUIRE(fitted.lines.size() == 2);
    CHECK(fitted.lines[0].rect == Rect{10, 20, 67, 18});
    CHECK(fitted.lines[1].rect == Rect{10, 38, 97, 18});
  }

  TEST_CASE("a text that fits only because the space at the break disappears still fits") {
    FakeMeasurer m;
    // "aaaa bbbb" is 45 px on one line at 10 px, more than two 20 px lines, yet fits as two.
    const FittedText fitted = fit_text(box("aaaa bbbb", 20, 100, 2, 5, 10), m);
    CHECK(fitted.size_px == 10);
    CHECK(texts(fitted) == std::vector<std::string>{"aaaa", "bbbb"});
  }

  TEST_CASE("wrapping breaks after spaces and drops them at the end of a line") {
    FakeMeasurer m;
    CHECK(wrap_text("one two three four", TextRole::body, 10, 50, m) ==
          std::vector<std::string>{"one two", "three four"});
  }

  TEST_CASE("a word is broken only when it alone is wider than the line") {
    FakeMeasurer m;
    CHECK(wrap_text("ab abcdefghijkl cd", TextRole::body, 10, 30, m) ==
          std::vector<std::string>{"ab", "abcdef", "ghijkl", "cd"});
  }

  TEST_CASE("a word is never broken inside a grapheme cluster") {
    FakeMeasurer m;
    // e + combining acute accent, five times: each pair is one cluster.
    const std::string word = "e\u0301e\u0301e\u0301e\u0301e\u0301";
    CHECK(wrap_text(word, TextRole::body, 10, 5, m) == std::vector<std::string>(5, "e\u0301"));
  }

  TEST_CASE("Chinese breaks between ideographs and keeps closing punctuation off a line start") {
    FakeMeasurer m;
    // Each ideograph and each full-width mark is 10 px wide at 10 px: three per 30 px line.
    CHECK(wrap_text("移民对话会议", TextRole::body, 10, 30, m) ==
          std::vector<std::string>{"移民对", "话会议"});
    CHECK(wrap_text("移民对，话会议。", TextRole::body, 10, 30, m) ==
          std::vector<std::string>{"移民", "对，话", "会议。"});
  }

  TEST_CASE("opening punctuation stays with what follows it") {
    FakeMeasurer m;
    CHECK(wrap_text("会议（日内瓦）", TextRole::body, 10, 30, m) ==
          std::vector<std::string>{"会议", "（日内", "瓦）"});
  }

  TEST_CASE("a line feed forces a break") {
    FakeMeasurer m;
    CHECK(wrap_text("a\n\nb", TextRole::body, 10, 100, m) ==
          std::vector<std::string>{"a", "", "b"});
  }

  TEST_CASE("below the minimum size the text is cut with an ellipsis within the box") {
    FakeMeasurer m;
    const TextBox b = box("alpha beta gamma delta epsilon zeta eta theta", 60, 100, 2, 10, 20);
    const FittedText fitted = fit_text(b, m);
    CHECK(fitted.cut);
    CHECK(fitted.size_px == 10);
    CHECK(texts(fitted) == std::vector<std::string>{"alpha beta", "gamma delta\u2026"});
    for (const auto& line : fitted.lines) CHECK(line.rect.w <= 60);
  }

  TEST_CASE("the box height limits the lines as much as max_lines does") {
    FakeMeasurer m;
    // One 10 px line is 12 px high: a 30 px box holds two, whatever max_lines says.
    const FittedText fitted = fit_text(box("aaa bbb ccc ddd", 30, 30, 5, 10, 10), m);
    CHECK(fitted.cut);
    CHECK(texts(fitted) == std::vector<std::string>{"aaa", "bbb\u2026"});
    CHECK(fitted.lines.back().rect.y + fitted.lines.back().rect.h <= 20 + 30);
  }

  TEST_CASE("the ellipsis never splits a grapheme cluster") {
    FakeMeasurer m;
    // Four clusters fit 20 px; three and the ellipsis is what fits of five.
    const std::string text = "e\u0301e\u0301e\u0301e\u0301e\u0301";
    const FittedText fitted = fit_text(box(text, 20, 12, 1, 10, 10), m);
    CHECK(fitted.cut);
    CHECK(texts(fitted) == std::vector<std::string>{"e\u0301e\u0301e\u0301\u2026"});
  }

  TEST_CASE("a right-to-left paragraph aligns right; start and end follow the direction") {
    FakeMeasurer m;
    TextBox b = box("جلسة 2017 UN", 200, 50, 1, 10, 10);
    const FittedText rtl = fit_text(b, m);
    CHECK(rtl.rtl);
    REQUIRE(rtl.lines.size() == 1);
    CHECK(rtl.lines[0].rect.x + rtl.lines[0].rect.w == 10 + 200);
    b.align = Align::end;
    CHECK(fit_text(b, m).lines[0].rect.x == 10);
    b.text = "UN جلسة";
    CHECK_FALSE(fit_text(b, m).rtl);
    CHECK(fit_text(b, m).lines[0].rect.x + fit_text(b, m).lines[0].rect.w == 210);
    b.align = Align::center;
    CHECK(fit_text(b, m).lines[0].rect.x == 10 + (200 - 35) / 2);
  }

  TEST_CASE("a smaller size is chosen rather than breaking a word inside") {
    FakeMeasurer m;
    // At 30 px the word is 150 px wide and would break over two lines; at 20 px it fits whole.
    const FittedText fitted = fit_text(box("abcdefghij", 100, 200, 3, 10, 30), m);
    CHECK(fitted.size_px == 20);
    CHECK(texts(fitted) == std::vector<std::string>{"abcdefghij"});
  }

  TEST_CASE("a text whose one line is taller than its box is still drawn, and not cut") {
    FakeMeasurer m;
    // A 10 px line is 12 px high: an 8 px box cannot hold it, but the name must not vanish.
    const FittedText fitted = fit_text(box("Wang Xiaomei", 200, 8, 1, 10, 10), m);
    CHECK(texts(fitted) == std::vector<std::string>{"Wang Xiaomei"});
    CHECK(fitted.overflow);
    CHECK_FALSE(fitted.cut);
  }

  TEST_CASE("a text that is too wide and too tall for its box keeps its first line, cut") {
    FakeMeasurer m;
    const FittedText fitted = fit_text(box("aaa bbb ccc", 30, 8, 3, 10, 10), m);
    CHECK(texts(fitted) == std::vector<std::string>{"aaa…"});
    CHECK(fitted.overflow);
    CHECK(fitted.cut);
  }

  TEST_CASE("a text that fits is neither cut nor overflowing") {
    FakeMeasurer m;
    const FittedText fitted = fit_text(box("aaa", 100, 30, 1, 10, 10), m);
    CHECK_FALSE(fitted.overflow);
    CHECK_FALSE(fitted.cut);
  }

  TEST_CASE("empty text gives no lines") {
    FakeMeasurer m;
    CHECK(fit_text(box("", 100, 100, 3, 10, 20), m).lines.empty());
  }
}

TEST_SUITE("paragraph direction") {
  TEST_CASE("the first strong character decides, digits and punctuation do not") {
    CHECK(paragraph_is_rtl("2017: الهجرة"));
    CHECK_FALSE(paragraph_is_rtl("2017: Migration الهجرة"));
    CHECK_FALSE(paragraph_is_rtl("移民 الهجرة"));
    CHECK_FALSE(paragraph_is_rtl("123"));
  }
}
