// The render stack of the windowed commands.
#include "app/render_stack.hpp"

#include "render/font_config.hpp"

namespace nownext::app {

RenderStack::RenderStack(const std::filesystem::path& data, const render::WindowOptions& options)
    : options_(options),
      assets_(data / "assets"),
      fonts_(render::resolve_fonts(render::load_font_config(data / "fonts" / "roles.txt"))),
      shaper_(fonts_) {
  display_.emplace(options_, shaper_, assets_);
}

void RenderStack::reopen() {
  display_.reset();
  display_.emplace(options_, shaper_, assets_);
}

}  // namespace nownext::app
