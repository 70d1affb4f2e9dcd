// Start-up and shut-down of SDL, SDL_ttf (checked to have HarfBuzz) and SDL_image, as one RAII
// object that must outlive every font, texture and window.
#pragma once

#include <string>

namespace nownext::render {

// Spares SDL's start what a screen never uses, where the environment says nothing of it: SDL
// 2.26 connects to the D-Bus session bus whenever a subsystem starts, and libdbus, finding no bus
// named, spawns dbus-launch to start one (for screensaver and input-method calls that fall back
// to X11 without it); and Xlib's input method reads the locale's whole compose table (some 7 ms)
// for keys nobody composes on a kiosk. So without DBUS_SESSION_BUS_ADDRESS there is no session
// bus, and without XCOMPOSEFILE the compose table is empty. Sets environment variables: call it
// before any thread starts.
void spare_unused_services();

class SdlLibrary {
 public:
  // Initializes SDL without subsystems (enough for software rendering to surfaces), SDL_ttf and
  // SDL_image (PNG, SVG). Throws SdlError, or std::runtime_error when SDL_ttf lacks HarfBuzz
  // (Arabic would come out unjoined and reversed).
  SdlLibrary();
  SdlLibrary(const SdlLibrary&) = delete;
  SdlLibrary& operator=(const SdlLibrary&) = delete;
  ~SdlLibrary();

  // Versions of SDL, SDL_ttf, FreeType and HarfBuzz, for logs and golden-image reports.
  [[nodiscard]] static std::string versions();
};

}  // namespace nownext::render
