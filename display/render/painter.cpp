// Drawing frames: rectangles (rounded by scanlines), text lines from the cache, images, bars.
#include "render/painter.hpp"

#include <SDL_image.h>

#include <algorithm>
#include <cmath>
#include <functional>
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

std::size_t Painter::BoxHash::operator()(const core::TextBox& box) const {
  std::size_t h = std::hash<std::string>{}(box.text);
  for (const int part : {box.rect.x, box.rect.y, box.rect.w, box.rect.h, box.max_size_px,
                         box.min_size_px, box.max_lines, static_cast<int>(box.role)}) {
    h = h * 31U + static_cast<std::size_t>(part);
  }
  return h;
}

Painter::Painter(SDL_Renderer& renderer, TextShaper& shaper, std::filesystem::path assets_dir,
                 PainterLimits limits)
    : renderer_(renderer),
      shaper_(shaper),
      assets_dir_(std::move(assets_dir)),
      text_cache_(limits.text_lines, limits.text_bytes) {}

void Painter::paint(const core::Frame& frame) {
  shaper_.fonts().trim();
  set_color(renderer_, frame.background);
  SDL_RenderClear(&renderer_);
  for (const core::Element& element : frame.elements) {
    std::visit([this](const auto& e) { draw(e); }, element);
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
  if (filled > 0)
    fill_rounded({bar.rect.x, bar.rect.y, filled, bar.rect.h}, bar.rect.h / 2, bar.fill);
}

const core::FittedText& Painter::fitted(const core::TextBox& box) {
  if (fits_.size() > max_cached_fits) fits_.clear();
  auto found = fits_.find(box);
  if (found == fits_.end()) found = fits_.emplace(box, core::fit_text(box, shaper_)).first;
  return found->second;
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

void Painter::draw(const core::TextBox& box) {
  // Fitted once per box shape wherever it stands, so a sliding box is not fitted again each frame.
  core::TextBox at_origin = box;
  at_origin.rect.x = 0;
  at_origin.rect.y = 0;
  const core::FittedText& text = fitted(at_origin);
  // The box's sides are a hard limit: a glyph wider than the box, or overhanging, is clipped. A
  // first line taller than its box (core::FittedText::overflow) is drawn whole, not clipped.
  SDL_Rect clip = to_sdl(box.rect);
  if (!text.lines.empty()) {
    const core::Rect& last = text.lines.back().rect;
    clip.h = std::max(clip.h, last.y + last.h);
  }
  SDL_RenderSetClipRect(&renderer_, &clip);
  for (const core::FittedLine& line : text.lines) {
    const CachedLine cached =
        line_texture({box.role, text.size_px, box.color, text.rtl, line.text});
    if (cached.texture == nullptr) continue;
    const SDL_Rect where{box.rect.x + line.rect.x, box.rect.y + line.rect.y, cached.width_px,
                         cached.height_px};
    SDL_RenderCopy(&renderer_, cached.texture, nullptr, &where);
  }
  SDL_RenderSetClipRect(&renderer_, nullptr);
}

SDL_Texture* Painter::image_texture(const std::string& asset) {
  auto [it, inserted] = images_.try_emplace(asset);
  if (inserted) {
    // Only plain file names inside the assets folder.
    if (std::filesystem::path{asset}.filename() == asset) {
      it->second.reset(IMG_LoadTexture(&renderer_, (assets_dir_ / asset).c_str()));
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

}  // namespace nownext::render
