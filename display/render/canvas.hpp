// Headless drawing: frames painted with SDL's software renderer into a memory surface, and PNG
// export. Needs no display and no video subsystem (SDL_Init(0) is enough).
#pragma once

#include "core/frame.hpp"
#include "render/painter.hpp"
#include "render/sdl_handles.hpp"
#include "render/text_shaper.hpp"

#include <filesystem>

namespace nownext::render {

class SoftwareCanvas {
 public:
  // A canvas of the given size; `shaper` must outlive it.
  SoftwareCanvas(int width_px, int height_px, TextShaper& shaper,
                 const std::filesystem::path& assets_dir);

  // Paints `frame` (drawn at the canvas size whatever the frame's own size) and flushes it to
  // the surface. With a report, also says what it drew of each text box (Painter::paint).
  void draw(const core::Frame& frame, core::PaintReport* report = nullptr);
  // The same inside `area` alone, over what the canvas holds (Painter::paint).
  void draw(const core::Frame& frame, const core::Rect& area);
  // The pixels drawn so far (ARGB8888).
  [[nodiscard]] SDL_Surface& surface() { return *surface_; }
  [[nodiscard]] Painter& painter() { return painter_; }

 private:
  // Teardown in reverse order: the painter's textures, then the renderer, then its surface.
  SurfacePtr surface_;
  RendererPtr renderer_;
  Painter painter_;
};

// Writes a surface as a PNG file; throws SdlError on failure.
void save_png(SDL_Surface& surface, const std::filesystem::path& path);

// Renders `frame` at its own size (frame.width_px x frame.height_px) to a PNG file.
void export_png(const core::Frame& frame, TextShaper& shaper,
                const std::filesystem::path& assets_dir, const std::filesystem::path& path);

}  // namespace nownext::render
