// Drawing frames: rectangles (rounded by scanlines), text lines from the cache, images, bars.
#include "render/painter.hpp"

#include "core/frame_diff.hpp"
#include "core/utf8.hpp"

#include <SDL_image.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <type_traits>
#include <variant>
#include <vector>

namespace nownext::render {
namespace {

constexpr std::size_t max_cached_fits = 1024;

SDL_Rect to_sdl(const core::Rect& r) {
  return {r.x, r.y, r.w, r.h};
}

// Opaque colours are written without blending: the software renderer fills much faster.
void set_color(SDL_Renderer& renderer, core::Color c) {
  SDL_SetRenderDrawBlendMode(&renderer, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
  SDL_SetRenderDrawColor(&renderer, c.r, c.g, c.b, c.a);
}

}  // namespace

Painter::Painter(SDL_Renderer& renderer, TextShaper& shaper, std::filesystem::path assets_dir,
                 PainterLimits limits)
    : renderer_(renderer),
      shaper_(shaper),
      assets_dir_(std::move(assets_dir)),
      text_cache_(limits.text_lines, limits.text_bytes),
      fits_(max_cached_fits) {}

void Painter::paint(const core::Frame& frame, core::PaintReport* report,
                    const std::optional<core::Rect>& only) {
  shaper_.fonts().trim();
  const core::Rect area = only.value_or(core::Rect{0, 0, frame.width_px, frame.height_px});
  area_ = to_sdl(area);
  SDL_RenderSetClipRect(&renderer_, &area_);
  // The background is written as it is (as a clear would), and only where nothing opaque goes
  // over it: at 3840x2160 the cards cover three quarters of the screen, and filling those pixels
  // twice was the largest part of a frame's time with the software renderer.
  std::vector<SDL_Rect> background;
  for (const core::Rect& part : core::uncovered_parts(frame, area)) {
    background.push_back(to_sdl(part));
  }
  SDL_SetRenderDrawBlendMode(&renderer_, SDL_BLENDMODE_NONE);
  SDL_SetRenderDrawColor(&renderer_, frame.background.r, frame.background.g, frame.background.b,
                         frame.background.a);
  SDL_RenderFillRects(&renderer_, background.data(), static_cast<int>(background.size()));
  if (report != nullptr) report->texts.clear();
  for (std::size_t i = 0; i < frame.elements.size(); ++i) {
    if (const auto* box = std::get_if<core::TextBox>(&frame.elements[i])) {
      const core::FittedText& fitted = fits_.fit(*box, shaper_);
      std::vector<std::string> lines = draw_text(*box, fitted);
      if (report != nullptr) {
        report->texts.push_back(describe_drawn(i, *box, fitted, std::move(lines), shaper_));
      }
      continue;
    }
    std::visit(
        [this](const auto& e) {
          if constexpr (!std::is_same_v<std::decay_t<decltype(e)>, core::TextBox>) draw(e);
        },
        frame.elements[i]);
  }
  SDL_RenderSetClipRect(&renderer_, nullptr);
}

void Painter::prepare(const core::Frame& frame) {
  for (const core::Element& element : frame.elements) {
    const auto* box = std::get_if<core::TextBox>(&element);
    if (box == nullptr) continue;
    const core::FittedText& fitted = fits_.fit(*box, shaper_);
    core::Color opaque = box->color;  // cached opaque, as draw_text asks for them
    opaque.a = 255;
    for (const core::FittedLine& line : fitted.lines) {
      (void)line_texture({box->role, fitted.size_px, opaque, fitted.rtl, line.text});
    }
  }
}

void Painter::reset() {
  text_cache_.clear();
  images_.clear();
}

void Painter::fill_rounded(const core::Rect& rect, int radius_px, core::Color color) {
  const int radius = std::clamp(radius_px, 0, std::min(rect.w, rect.h) / 2);
  set_color(renderer_, color);
  std::vector<SDL_Rect> rows{{rect.x, rect.y + radius, rect.w, rect.h - 2 * radius}};
  for (int dy = 0; dy < radius; ++dy) {
    const double from_centre = radius - dy - 0.5;
    const int inset = radius - static_cast<int>(std::lround(
                                   std::sqrt(double(radius) * radius - from_centre * from_centre)));
    rows.push_back({rect.x + inset, rect.y + dy, rect.w - 2 * inset, 1});
    rows.push_back({rect.x + inset, rect.y + rect.h - 1 - dy, rect.w - 2 * inset, 1});
  }
  SDL_RenderFillRects(&renderer_, rows.data(), static_cast<int>(rows.size()));
}

void Painter::draw(const core::FilledRect& rect) {
  fill_rounded(rect.rect, rect.corner_radius_px, rect.color);
}

void Painter::draw(const core::ProgressBar& bar) {
  fill_rounded(bar.rect, bar.rect.h / 2, bar.track);
  const int filled = bar.rect.w * std::clamp(bar.permille, 0, 1000) / 1000;
  const int x = bar.from_right ? bar.rect.x + bar.rect.w - filled : bar.rect.x;
  if (filled > 0) fill_rounded({x, bar.rect.y, filled, bar.rect.h}, bar.rect.h / 2, bar.fill);
}

CachedLine Painter::line_texture(const TextKey& key) {
  if (CachedLine cached = text_cache_.find(key); cached.texture != nullptr) return cached;
  const SurfacePtr surface =
      shaper_.render_line(key.role, key.size_px, key.color, key.text, key.rtl);
  if (!surface) return {};
  TexturePtr texture = checked(SDL_CreateTextureFromSurface(&renderer_, surface.get()),
                               "SDL_CreateTextureFromSurface");
  SDL_SetTextureBlendMode(texture.get(), SDL_BLENDMODE_BLEND);
  return text_cache_.add(key, std::move(texture), surface->w, surface->h);
}

std::vector<std::string> Painter::draw_text(const core::TextBox& box,
                                            const core::FittedText& text) {
  // The box's sides are a hard limit: a glyph wider than the box, or overhanging, is clipped. A
  // first line taller than its box (core::FittedText::overflow) is drawn whole, not clipped.
  SDL_Rect clip = to_sdl(box.rect);
  if (!text.lines.empty()) {
    const core::Rect& last = text.lines.back().rect;
    clip.h = std::max(clip.h, last.y + last.h);
  }
  std::vector<std::string> drawn;
  if (SDL_IntersectRect(&clip, &area_, &clip) != SDL_TRUE) {
    // Nothing of it is in the area painted: the lines are drawn, just not seen.
    for (const core::FittedLine& line : text.lines) {
      if (!line.text.empty()) drawn.push_back(line.text);
    }
    return drawn;
  }
  SDL_RenderSetClipRect(&renderer_, &clip);
  // Lines are cached opaque and drawn with the colour's alpha, so that a text fading in or out
  // (core::fade_between) is not rendered again at each step.
  core::Color opaque = box.color;
  opaque.a = 255;
  for (const core::FittedLine& line : text.lines) {
    const CachedLine cached = line_texture({box.role, text.size_px, opaque, text.rtl, line.text});
    if (cached.texture == nullptr) continue;
    const SDL_Rect where{box.rect.x + line.rect.x, box.rect.y + line.rect.y, cached.width_px,
                         cached.height_px};
    SDL_SetTextureAlphaMod(cached.texture, box.color.a);
    SDL_RenderCopy(&renderer_, cached.texture, nullptr, &where);
    drawn.push_back(line.text);
  }
  SDL_RenderSetClipRect(&renderer_, &area_);
  return drawn;
}

SDL_Texture* Painter::image_texture(const std::string& asset) {
  auto [it, inserted] = images_.try_emplace(asset);
  if (inserted) {
    // A plain file name inside the assets folder (a theme's), or an absolute path (the
    // configuration's logo, which the operator chose); nothing relative that climbs out.
    const std::filesystem::path path{asset};
    if (path.filename() == asset) {
      it->second.reset(IMG_LoadTexture(&renderer_, (assets_dir_ / asset).c_str()));
    } else if (path.is_absolute()) {
      it->second.reset(IMG_LoadTexture(&renderer_, path.c_str()));
    }
    if (!it->second) SDL_Log("image '%s' not shown: %s", asset.c_str(), SDL_GetError());
  }
  return it->second.get();
}

void Painter::draw(const core::Image& image) {
  SDL_Texture* texture = image_texture(image.asset);
  int w = 0, h = 0;
  if (texture == nullptr || SDL_QueryTexture(texture, nullptr, nullptr, &w, &h) != 0 || w <= 0 ||
      h <= 0) {
    return;
  }
  // Scale to fit inside the box, keeping the aspect ratio, centred.
  const double scale = std::min(double(image.rect.w) / w, double(image.rect.h) / h);
  const int dw = static_cast<int>(w * scale), dh = static_cast<int>(h * scale);
  const SDL_Rect where{image.rect.x + (image.rect.w - dw) / 2,
                       image.rect.y + (image.rect.h - dh) / 2, dw, dh};
  SDL_RenderCopy(&renderer_, texture, nullptr, &where);
}

core::DrawnText describe_drawn(std::size_t element, const core::TextBox& box,
                               const core::FittedText& fitted, std::vector<std::string> drawn_lines,
                               TextShaper& shaper) {
  core::DrawnText drawn{element, fitted.size_px, 0, fitted.cut, std::move(drawn_lines), {}};
  for (const core::FittedLine& line : fitted.lines) {
    drawn.line_height_px = std::max(drawn.line_height_px, line.rect.h);
  }
  if (drawn.line_height_px == 0) {
    drawn.line_height_px = shaper.measure(box.role, fitted.size_px, " ").height_px;
  }
  Fonts& fonts = shaper.fonts();
  const std::size_t faces = fonts.chain_length(box.role);
  for (const std::string& line : drawn.lines) {
    for (std::size_t pos = 0; pos < line.size();) {
      const char32_t c = core::next_code_point(line, pos);
      if (core::is_invisible(c) ||
          std::find(drawn.missing.begin(), drawn.missing.end(), c) != drawn.missing.end()) {
        continue;
      }
      bool provided = false;
      for (std::size_t face = 0; face < faces && !provided; ++face) {
        provided = fonts.provides(box.role, face, c, fitted.size_px);
      }
      if (!provided) drawn.missing.push_back(c);
    }
  }
  return drawn;
}

core::PaintReport report_frame(const core::Frame& frame, TextShaper& shaper, FitCache& fits) {
  core::PaintReport report;
  for (std::size_t i = 0; i < frame.elements.size(); ++i) {
    const auto* box = std::get_if<core::TextBox>(&frame.elements[i]);
    if (box == nullptr) continue;
    const core::FittedText& fitted = fits.fit(*box, shaper);
    std::vector<std::string> lines;
    for (const core::FittedLine& line : fitted.lines) {
      if (line.rect.w > 0) lines.push_back(line.text);
    }
    report.texts.push_back(describe_drawn(i, *box, fitted, std::move(lines), shaper));
  }
  return report;
}

}  // namespace nownext::render
