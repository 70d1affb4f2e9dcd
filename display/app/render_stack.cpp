// The render stack of the windowed commands.
#include "app/render_stack.hpp"

#include "render/font_config.hpp"

#include <SDL.h>

#include <cstdlib>
#include <future>
#include <stdexcept>
#include <string>

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
  open_display(display_named() ? reopen_attempts : 1);
  fonts_ = render::Fonts{resolved.get()};
}

bool RenderStack::display_named() {
  for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0') return true;
  }
  return false;
}

void RenderStack::open_display(int attempts) {
  for (int attempt = 1;; ++attempt) {
    try {
      display_.emplace(options_, shaper_, assets_);
      return;
    } catch (const std::runtime_error&) {
      if (attempt >= attempts) throw;
      SDL_Delay(500);
    }
  }
}

void RenderStack::reopen() {
  // The screen may be away for a moment (a monitor plugged in again, a mode being set): SDL
  // then falls back to an invisible driver, which the display refuses. Keep to the driver the
  // kiosk ran on and wait for the screen, up to reopen_attempts half seconds.
  const char* running = SDL_GetCurrentVideoDriver();
  const std::string driver = running != nullptr ? running : "";
  display_.reset();
  if (!driver.empty()) SDL_SetHint(SDL_HINT_VIDEODRIVER, driver.c_str());
  open_display(reopen_attempts);
}

}  // namespace nownext::app
