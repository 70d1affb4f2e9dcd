// SDL, SDL_ttf and SDL_image initialization with the HarfBuzz check (pitfalls notes, 2.1).
#include "render/sdl_library.hpp"

#include "render/sdl_handles.hpp"

#include <SDL_image.h>

#include <cstdlib>

namespace nownext::render {
namespace {

std::string version(int major, int minor, int patch) {
  return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

}  // namespace

void spare_unused_services() {
  // libdbus fails at once on this address, where an unset one would autolaunch a bus.
  ::setenv("DBUS_SESSION_BUS_ADDRESS", "disabled:", 0);
  ::setenv("XCOMPOSEFILE", "/dev/null", 0);
}

SdlLibrary::SdlLibrary() {
  if (SDL_Init(0) != 0) throw SdlError("SDL_Init");
  if (TTF_Init() != 0) {
    SDL_Quit();
    throw SdlError("TTF_Init");
  }
  int major = 0, minor = 0, patch = 0;
  TTF_GetHarfBuzzVersion(&major, &minor, &patch);
  if (major == 0 && minor == 0 && patch == 0) {
    TTF_Quit();
    SDL_Quit();
    throw std::runtime_error("SDL_ttf was built without HarfBuzz: Arabic cannot be shaped");
  }
  // PNG is built in; SVG needs no flag. A missing loader only matters for that image.
  IMG_Init(IMG_INIT_PNG);
}

SdlLibrary::~SdlLibrary() {
  IMG_Quit();
  TTF_Quit();
  SDL_Quit();
}

std::string SdlLibrary::versions() {
  SDL_version sdl;
  SDL_GetVersion(&sdl);
  const SDL_version* ttf = TTF_Linked_Version();
  int ft[3] = {}, hb[3] = {};
  TTF_GetFreeTypeVersion(&ft[0], &ft[1], &ft[2]);
  TTF_GetHarfBuzzVersion(&hb[0], &hb[1], &hb[2]);
  return "SDL " + version(sdl.major, sdl.minor, sdl.patch) + ", SDL_ttf " +
         version(ttf->major, ttf->minor, ttf->patch) + ", FreeType " +
         version(ft[0], ft[1], ft[2]) + ", HarfBuzz " + version(hb[0], hb[1], hb[2]);
}

}  // namespace nownext::render
