// Measuring and drawing lines of text with real fonts: bidi runs, each shaped by SDL_ttf's
// HarfBuzz with its own direction, script and fallback font. Implements core's TextMeasurer.
#pragma once

#include "core/frame.hpp"
#include "core/text_fit.hpp"
#include "render/bidi_runs.hpp"
#include "render/fonts.hpp"
#include "render/sdl_handles.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace nownext::render {

class TextShaper final : public core::TextMeasurer {
 public:
  // `fonts` must outlive the shaper.
  explicit TextShaper(Fonts& fonts) : fonts_(fonts) {}

  // Width: the sum of the runs' advances. Height: the first face's line skip, or more when a
  // fallback face's glyphs in the line reach above its ascent or below its descent. Remembered:
  // a screen measures the same words many times (each size tried, each place a line may break,
  // then again when it is painted, and at every rebuild).
  [[nodiscard]] core::LineMetrics measure(core::TextRole role, int size_px,
                                          std::string_view text) override;
  // Lines remembered by measure(), at most max_measured: past it they are all forgotten.
  [[nodiscard]] std::size_t measured_count() const { return measured_.size(); }
  static constexpr std::size_t max_measured = 16384;

  // The line drawn in `color` on a transparent ARGB surface of the measured size, runs laid
  // out left to right on a common baseline; null when the line draws nothing (empty text).
  [[nodiscard]] SurfacePtr render_line(core::TextRole role, int size_px, core::Color color,
                                       std::string_view text, bool paragraph_rtl);

  [[nodiscard]] Fonts& fonts() { return fonts_; }

 private:
  // A line cut into runs and placed: what measuring and drawing share.
  struct Layout {
    std::vector<Run> runs;
    std::vector<int> widths;  // of each run, px
    int width_px = 0;
    int height_px = 0;
    int ascent_px = 0;  // where the common baseline lies, from the top
  };
  [[nodiscard]] Layout layout(core::TextRole role, int size_px, std::string_view text,
                              bool paragraph_rtl);
  TTF_Font& shaping_font(core::TextRole role, int size_px, const Run& run);

  Fonts& fonts_;
  // Keyed by role, size and text.
  std::unordered_map<std::string, core::LineMetrics> measured_;
};

}  // namespace nownext::render
