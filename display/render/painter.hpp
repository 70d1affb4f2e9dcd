// The painter: draws a core::Frame with an SDL renderer. The only code that draws; it decides
// nothing about what is shown. Must be destroyed before its renderer (it owns textures).
#pragma once

#include "core/frame.hpp"
#include "core/frame_audit.hpp"
#include "core/text_fit.hpp"
#include "render/sdl_handles.hpp"
#include "render/text_cache.hpp"
#include "render/text_shaper.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nownext::render {

struct PainterLimits {
  // The bytes bound the cache; the line count only guards the bookkeeping. With a count that
  // binds first (it was 512), the cache held 12.7 MB of short lines at one hour and 15.7 MB of
  // long ones at another, and resident memory followed by 3 MiB over each day (nownext-soak).
  std::size_t text_lines = 8192;                 // cached line textures, at most
  std::size_t text_bytes = 16U * 1024U * 1024U;  // their pixels, at 4 bytes each
};

class Painter {
 public:
  // `renderer` and `shaper` must outlive the painter; images are read from `assets_dir`.
  Painter(SDL_Renderer& renderer, TextShaper& shaper, std::filesystem::path assets_dir,
          PainterLimits limits = {});

  // Clears to the frame's background and draws every element in order. Does not present.
  // With a report, also says what it drew of each text box (see core/frame_audit.hpp). With
  // `only`, draws inside that rectangle alone and leaves the rest of the target as it was. The
  // background is drawn only where no opaque rectangle of the frame goes over it.
  void paint(const core::Frame& frame, core::PaintReport* report = nullptr,
             const std::optional<core::Rect>& only = std::nullopt);
  // Fits every text box of `frame` and renders its lines into the cache, drawing nothing: the
  // next paint of it (or of an animation towards it) finds them ready.
  void prepare(const core::Frame& frame);
  // Forgets every texture (after SDL_RENDER_TARGETS_RESET or SDL_RENDER_DEVICE_RESET); the next
  // paint() rebuilds what it needs from the frame.
  void reset();
  [[nodiscard]] const CacheStats& text_stats() const { return text_cache_.stats(); }

 private:
  void draw(const core::FilledRect& rect);
  // Draws `box` fitted as `text` (fitted once per box shape wherever it stands, so a sliding box
  // is not fitted again each frame). Returns the lines drawn (those that made a texture).
  std::vector<std::string> draw_text(const core::TextBox& box, const core::FittedText& text);
  void draw(const core::Image& image);
  void draw(const core::ProgressBar& bar);
  void fill_rounded(const core::Rect& rect, int radius_px, core::Color color);
  [[nodiscard]] CachedLine line_texture(const TextKey& key);
  [[nodiscard]] SDL_Texture* image_texture(const std::string& asset);

  SDL_Renderer& renderer_;
  TextShaper& shaper_;
  SDL_Rect area_{};  // where the paint in progress draws
  std::filesystem::path assets_dir_;
  // Textures: destroyed with the painter, before the renderer that made them.
  TextCache text_cache_;
  std::map<std::string, TexturePtr> images_;  // null for an image that failed to load
  FitCache fits_;
};

// What drawing `box` (element `element` of its frame) fitted as `fitted` reports, when the lines
// drawn are `drawn_lines`: their size and height, the cut, and the code points of those lines
// that no face of the role's chain has (ignoring core::is_invisible ones).
[[nodiscard]] core::DrawnText describe_drawn(std::size_t element, const core::TextBox& box,
                                             const core::FittedText& fitted,
                                             std::vector<std::string> drawn_lines,
                                             TextShaper& shaper);

// What Painter::paint would report for `frame`, without drawing: the same fitting, and a line
// counts as drawn when it is wider than nothing (the painter makes a texture of exactly those).
[[nodiscard]] core::PaintReport report_frame(const core::Frame& frame, TextShaper& shaper,
                                             FitCache& fits);

}  // namespace nownext::render
