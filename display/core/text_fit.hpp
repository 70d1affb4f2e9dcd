// Text fitting: wrapping at legal break points by measured width, choosing the largest size that
// fits a box, cutting with an ellipsis below the minimum. Pure; measuring goes through an
// interface.
#pragma once

#include "core/frame.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace nownext::core {

struct LineMetrics {
  int width_px = 0;   // advance width of the whole line
  int height_px = 0;  // line height (line skip) of the fonts the line uses
};

// Measures text set on one line. Render implements it with real fonts; tests with a fake.
class TextMeasurer {
 public:
  TextMeasurer() = default;
  TextMeasurer(const TextMeasurer&) = delete;
  TextMeasurer& operator=(const TextMeasurer&) = delete;
  virtual ~TextMeasurer() = default;
  // `text` is UTF-8 in logical order without line breaks; size_px > 0.
  [[nodiscard]] virtual LineMetrics measure(TextRole role, int size_px, std::string_view text) = 0;
};

struct FittedLine {
  std::string text;  // logical order, no trailing spaces; may end with "…"
  Rect rect;         // aligned horizontally in the box, stacked from its top; measured size
  friend bool operator==(const FittedLine&, const FittedLine&) = default;
};

struct FittedText {
  int size_px = 0;
  bool rtl = false;  // paragraph direction of the whole text
  bool cut = false;  // the text did not fit at the minimum size and ends with an ellipsis
  // The first line alone is taller than the box at the minimum size; it is drawn all the same
  // (stacked from the box's top, reaching below it), so that no text with content is lost.
  bool overflow = false;
  std::vector<FittedLine> lines;
  friend bool operator==(const FittedText&, const FittedText&) = default;
};

// Wraps `text` into lines no wider than width_px where possible: breaks after spaces, between
// CJK characters (never before closing or after opening punctuation), at '\n'; inside a word
// only when the word alone is wider than the line, and then between grapheme clusters.
[[nodiscard]] std::vector<std::string> wrap_text(std::string_view text, TextRole role, int size_px,
                                                 int width_px, TextMeasurer& measurer);
// The height of `text` wrapped by wrap_text, on at most max_lines lines: the sum of its lines'
// measured heights, at least one line's ("Hg"). Pixels.
[[nodiscard]] int wrapped_height(std::string_view text, TextRole role, int size_px, int width_px,
                                 int max_lines, TextMeasurer& measurer);

// Fits box.text into box.rect (see TextBox). Lines never exceed max_lines nor, except for the
// first line (see FittedText::overflow), the box's height; a line is wider than the box only if
// one grapheme cluster is (the painter clips). Text with content always gets at least one line.
[[nodiscard]] FittedText fit_text(const TextBox& box, TextMeasurer& measurer);

}  // namespace nownext::core
