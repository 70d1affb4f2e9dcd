// The render stack of the windowed commands.
#include "app/render_stack.hpp"

#include "render/font_config.hpp"

#include <future>

namespace nownext::app {

RenderStack::RenderStack(const std::filesystem::path& data, const render::WindowOptions& options)
    : options_(options),
      assets_(data / "assets"),
      fonts_(render::ResolvedFonts{}),
      shaper_(fonts_) {
  // fontconfig takes some 20 ms to read its configuration and find the families, and SDL's video
  // and window about as long, mostly waiting for the X server: both at once. Nothing opens a
  // font before the first paint.
  std::future<render::ResolvedFonts> resolved = std::async(
      std::launch::async, [config = render::load_font_config(data / "fonts" / "roles.txt")] {
        return render::resolve_fonts(config);
      });
  display_.emplace(options_, shaper_, assets_);
  fonts_ = render::Fonts{resolved.get()};
}

void RenderStack::reopen() {
  display_.reset();
  display_.emplace(options_, shaper_, assets_);
}

}  // namespace nownext::app
