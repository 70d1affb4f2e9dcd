// Measuring and drawing lines run by run (pitfalls notes, 2.2-2.4 and 2.6 on baselines).
#include "render/text_shaper.hpp"

#include "core/utf8.hpp"
#include "render/bidi_runs.hpp"

#include <algorithm>

namespace nownext::render {
namespace {

struct Placed {
  int width_px = 0;
  int line_skip_px = 0;
  int ascent_px = 0;  // the largest ascent: where the common baseline lies
};

}  // namespace

TTF_Font& TextShaper::shaping_font(core::TextRole role, int size_px, const Run& run) {
  TTF_Font& font = fonts_.font(role, run.face, size_px);
  // Direction and script are per font and default to left-to-right (pitfalls notes, 2.2).
  TTF_SetFontDirection(&font, run.rtl ? TTF_DIRECTION_RTL : TTF_DIRECTION_LTR);
  TTF_SetFontScriptName(&font, run.script);
  return font;
}

core::LineMetrics TextShaper::measure(core::TextRole role, int size_px, std::string_view text) {
  core::LineMetrics metrics{0, TTF_FontLineSkip(&fonts_.font(role, 0, size_px))};
  for (const Run& run : visual_runs(text, core::paragraph_is_rtl(text), role, size_px, fonts_)) {
    TTF_Font& font = shaping_font(role, size_px, run);
    int width = 0, height = 0;
    if (TTF_SizeUTF8(&font, run.text.c_str(), &width, &height) != 0) throw SdlError("TTF_SizeUTF8");
    metrics.width_px += width;
    metrics.height_px = std::max(metrics.height_px, TTF_FontLineSkip(&font));
  }
  return metrics;
}

SurfacePtr TextShaper::render_line(core::TextRole role, int size_px, core::Color color,
                                   std::string_view text, bool paragraph_rtl) {
  const std::vector<Run> runs = visual_runs(text, paragraph_rtl, role, size_px, fonts_);
  Placed line{0, TTF_FontLineSkip(&fonts_.font(role, 0, size_px)),
              TTF_FontAscent(&fonts_.font(role, 0, size_px))};
  std::vector<int> widths;
  for (const Run& run : runs) {
    TTF_Font& font = shaping_font(role, size_px, run);
    int width = 0, height = 0;
    if (TTF_SizeUTF8(&font, run.text.c_str(), &width, &height) != 0) throw SdlError("TTF_SizeUTF8");
    widths.push_back(width);
    line.width_px += width;
    line.line_skip_px = std::max(line.line_skip_px, TTF_FontLineSkip(&font));
    line.ascent_px = std::max(line.ascent_px, TTF_FontAscent(&font));
  }
  if (line.width_px <= 0) return nullptr;
  SurfacePtr surface = make_argb_surface(line.width_px, line.line_skip_px);
  const SDL_Color sdl_color{color.r, color.g, color.b, color.a};
  int x = 0;
  for (std::size_t i = 0; i < runs.size(); ++i) {
    TTF_Font& font = shaping_font(role, size_px, runs[i]);
    // A run of spaces draws nothing; SDL_ttf returns null for it.
    if (SurfacePtr glyphs{TTF_RenderUTF8_Blended(&font, runs[i].text.c_str(), sdl_color)}) {
      // Copy the run's pixels as they are: blending onto transparent pixels would darken edges.
      SDL_SetSurfaceBlendMode(glyphs.get(), SDL_BLENDMODE_NONE);
      SDL_Rect where{x, line.ascent_px - TTF_FontAscent(&font), glyphs->w, glyphs->h};
      if (SDL_BlitSurface(glyphs.get(), nullptr, surface.get(), &where) != 0) {
        throw SdlError("SDL_BlitSurface");
      }
    }
    x += widths[i];
  }
  return surface;
}

}  // namespace nownext::render
