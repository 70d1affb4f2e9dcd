// Start-up and shut-down of SDL, SDL_ttf (checked to have HarfBuzz) and SDL_image, as one RAII
// object that must outlive every font, texture and window.
#pragma once

#include <string>

namespace nownext::render {

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
