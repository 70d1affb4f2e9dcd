// The painter: draws a core::Frame with an SDL renderer. The only code that draws; it decides
// nothing about what is shown. Must be destroyed before its renderer (it owns textures).
#pragma once

#include "core/frame.hpp"
#include "core/text_fit.hpp"
#include "render/sdl_handles.hpp"
#include "render/text_cache.hpp"
#include "render/text_shaper.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <unordered_map>

namespace nownext::render {

struct PainterLimits {
  std::size_t text_lines = 512;                  // cached line textures
  std::size_t text_bytes = 16U * 1024U * 1024U;  // their pixels, at 4 bytes each
};

class Painter {
 public:
  // `renderer` and `shaper` must outlive the painter; images are read from `assets_dir`.
  Painter(SDL_Renderer& renderer, TextShaper& shaper, std::filesystem::path assets_dir,
          PainterLimits limits = {});

  // Clears to the frame's background and draws every element in order. Does not present.
  void paint(const core::Frame& frame);
  // Forgets every texture (after SDL_RENDER_TARGETS_RESET or SDL_RENDER_DEVICE_RESET); the next
  // paint() rebuilds what it needs from the frame.
  void reset();
  [[nodiscard]] const CacheStats& text_stats() const { return text_cache_.stats(); }

 private:
  struct BoxHash {
    std::size_t operator()(const core::TextBox& box) const;
  };

  void draw(const core::FilledRect& rect);
  void draw(const core::TextBox& box);
  void draw(const core::Image& image);
  void draw(const core::ProgressBar& bar);
  void fill_rounded(const core::Rect& rect, int radius_px, core::Color color);
  [[nodiscard]] const core::FittedText& fitted(const core::TextBox& box);
  [[nodiscard]] CachedLine line_texture(const TextKey& key);
  [[nodiscard]] SDL_Texture* image_texture(const std::string& asset);

  SDL_Renderer& renderer_;
  TextShaper& shaper_;
  std::filesystem::path assets_dir_;
  // Textures: destroyed with the painter, before the renderer that made them.
  TextCache text_cache_;
  std::map<std::string, TexturePtr> images_;  // null for an image that failed to load
  std::unordered_map<core::TextBox, core::FittedText, BoxHash> fits_;
};

}  // namespace nownext::render
