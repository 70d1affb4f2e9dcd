// The software-rendered canvas and PNG export (pitfalls notes, 1.11 and 6).
#include "render/canvas.hpp"

#include <SDL_image.h>

namespace nownext::render {
namespace {

RendererPtr software_renderer(SDL_Surface& surface) {
  return checked(SDL_CreateSoftwareRenderer(&surface), "SDL_CreateSoftwareRenderer");
}

}  // namespace

SoftwareCanvas::SoftwareCanvas(int width_px, int height_px, TextShaper& shaper,
                               const std::filesystem::path& assets_dir)
    : surface_(make_argb_surface(width_px, height_px)),
      renderer_(software_renderer(*surface_)),
      painter_(*renderer_, shaper, assets_dir) {}

void SoftwareCanvas::draw(const core::Frame& frame, core::PaintReport* report) {
  painter_.paint(frame, report, core::Rect{0, 0, surface_->w, surface_->h});
}

void SoftwareCanvas::draw(const core::Frame& frame, const core::Rect& area) {
  painter_.paint(frame, nullptr, area);
  // Drawing is batched since SDL 2.0.10: flush before anyone reads the surface.
  if (SDL_RenderFlush(renderer_.get()) != 0) throw SdlError("SDL_RenderFlush");
}

void save_png(SDL_Surface& surface, const std::filesystem::path& path) {
  if (IMG_SavePNG(&surface, path.c_str()) != 0) throw SdlError("IMG_SavePNG");
}

void export_png(const core::Frame& frame, TextShaper& shaper,
                const std::filesystem::path& assets_dir, const std::filesystem::path& path) {
  SoftwareCanvas canvas{frame.width_px, frame.height_px, shaper, assets_dir};
  canvas.draw(frame);
  save_png(canvas.surface(), path);
}

}  // namespace nownext::render
