// Measuring and drawing lines run by run (pitfalls notes, 2.2-2.4 and 2.6 on baselines).
#include "render/text_shaper.hpp"

#include "core/utf8.hpp"

#include <algorithm>

namespace nownext::render {
namespace {

// A line's vertical extent around its common baseline, in pixels.
struct Extent {
  int above_px = 0;  // from the baseline up
  int below_px = 0;  // from the baseline down
  void include(const Extent& e) {
    above_px = std::max(above_px, e.above_px);
    below_px = std::max(below_px, e.below_px);
  }
};

// The first face of the chain sets the line's height with its ascent and descent, as it does
// for Latin text. A fallback face counts only as far as its glyphs in the run reach: Noto Sans
// Arabic's ascent and descent make its line 1.6 times Noto Sans's, which would push an Arabic or
// Chinese name out of a box made for a Latin one, while its letters need little more room.
Extent run_extent(TTF_Font& font, const Run& run) {
  const Extent font_extent{TTF_FontAscent(&font), -TTF_FontDescent(&font)};
  if (run.face == 0) return font_extent;
  Extent ink;
  for (std::size_t pos = 0; pos < run.text.size();) {
    const char32_t c = core::next_code_point(run.text, pos);
    int min_x = 0, max_x = 0, min_y = 0, max_y = 0, advance = 0;
    if (TTF_GlyphMetrics32(&font, c, &min_x, &max_x, &min_y, &max_y, &advance) == 0) {
      ink.include({max_y, -min_y});
    }
  }
  // Shaping moves marks and picks joining forms whose reach the code points' own glyphs only
  // approximate: a tenth of the face's height more, within its own extent.
  const int margin = (TTF_FontAscent(&font) - TTF_FontDescent(&font)) / 10;
  return {std::min(ink.above_px + margin, font_extent.above_px),
          std::min(ink.below_px + margin, font_extent.below_px)};
}

}  // namespace

TTF_Font& TextShaper::shaping_font(core::TextRole role, int size_px, const Run& run) {
  TTF_Font& font = fonts_.font(role, run.face, size_px);
  // Direction and script are per font and default to left-to-right (pitfalls notes, 2.2).
  TTF_SetFontDirection(&font, run.rtl ? TTF_DIRECTION_RTL : TTF_DIRECTION_LTR);
  TTF_SetFontScriptName(&font, run.script);
  return font;
}

TextShaper::Layout TextShaper::layout(core::TextRole role, int size_px, std::string_view text,
                                      bool paragraph_rtl) {
  Layout line;
  line.runs = visual_runs(text, paragraph_rtl, role, size_px, fonts_);
  TTF_Font& first = fonts_.font(role, 0, size_px);
  Extent extent{TTF_FontAscent(&first), -TTF_FontDescent(&first)};
  for (const Run& run : line.runs) {
    TTF_Font& font = shaping_font(role, size_px, run);
    int width = 0, height = 0;
    if (TTF_SizeUTF8(&font, run.text.c_str(), &width, &height) != 0) throw SdlError("TTF_SizeUTF8");
    line.widths.push_back(width);
    line.width_px += width;
    extent.include(run_extent(font, run));
  }
  line.ascent_px = extent.above_px;
  // Never shorter than the first face's line skip, so lines of one box keep an even rhythm.
  line.height_px = std::max(TTF_FontLineSkip(&first), extent.above_px + extent.below_px);
  return line;
}

core::LineMetrics TextShaper::measure(core::TextRole role, int size_px, std::string_view text) {
  std::string key = std::to_string(static_cast<int>(role)) + ' ' + std::to_string(size_px) + ' ';
  key += text;
  if (const auto known = measured_.find(key); known != measured_.end()) return known->second;
  const Layout line = layout(role, size_px, text, core::paragraph_is_rtl(text));
  if (measured_.size() >= max_measured) measured_.clear();
  const core::LineMetrics metrics{line.width_px, line.height_px};
  measured_.emplace(std::move(key), metrics);
  return metrics;
}

SurfacePtr TextShaper::render_line(core::TextRole role, int size_px, core::Color color,
                                   std::string_view text, bool paragraph_rtl) {
  const Layout line = layout(role, size_px, text, paragraph_rtl);
  if (line.width_px <= 0) return nullptr;
  SurfacePtr surface = make_argb_surface(line.width_px, line.height_px);
  const SDL_Color sdl_color{color.r, color.g, color.b, color.a};
  int x = 0;
  for (std::size_t i = 0; i < line.runs.size(); ++i) {
    TTF_Font& font = shaping_font(role, size_px, line.runs[i]);
    // A run of spaces draws nothing; SDL_ttf returns null for it.
    if (SurfacePtr glyphs{TTF_RenderUTF8_Blended(&font, line.runs[i].text.c_str(), sdl_color)}) {
      // Copy the run's pixels as they are: blending onto transparent pixels would darken edges.
      // On the common baseline; the blit clips what a tall fallback face has above or below.
      SDL_SetSurfaceBlendMode(glyphs.get(), SDL_BLENDMODE_NONE);
      SDL_Rect where{x, line.ascent_px - TTF_FontAscent(&font), glyphs->w, glyphs->h};
      if (SDL_BlitSurface(glyphs.get(), nullptr, surface.get(), &where) != 0) {
        throw SdlError("SDL_BlitSurface");
      }
    }
    x += line.widths[i];
  }
  return surface;
}

}  // namespace nownext::render
