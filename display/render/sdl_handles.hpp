// Owning handles for SDL, SDL_ttf and SDL_image objects, and the exception for failed SDL calls.
// Every SDL resource in the program lives in one of these; nothing is freed by hand.
#pragma once

#include <SDL.h>
#include <SDL_ttf.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace nownext::render {

// An SDL, SDL_ttf or SDL_image call failed: says which call and SDL_GetError().
class SdlError : public std::runtime_error {
 public:
  explicit SdlError(const std::string& call)
      : std::runtime_error(call + " failed: " + SDL_GetError()) {}
};

struct SdlDeleter {
  void operator()(SDL_Window* p) const { SDL_DestroyWindow(p); }
  void operator()(SDL_Renderer* p) const { SDL_DestroyRenderer(p); }
  void operator()(SDL_Texture* p) const { SDL_DestroyTexture(p); }
  void operator()(SDL_Surface* p) const { SDL_FreeSurface(p); }
  void operator()(TTF_Font* p) const { TTF_CloseFont(p); }
};

using WindowPtr = std::unique_ptr<SDL_Window, SdlDeleter>;
using RendererPtr = std::unique_ptr<SDL_Renderer, SdlDeleter>;
using TexturePtr = std::unique_ptr<SDL_Texture, SdlDeleter>;
using SurfacePtr = std::unique_ptr<SDL_Surface, SdlDeleter>;
using FontPtr = std::unique_ptr<TTF_Font, SdlDeleter>;

// Takes ownership of what an SDL creation call returned; throws SdlError naming `call` on null.
template <typename T>
[[nodiscard]] std::unique_ptr<T, SdlDeleter> checked(T* created, const char* call) {
  if (created == nullptr) throw SdlError(call);
  return std::unique_ptr<T, SdlDeleter>(created);
}

// A 32-bit ARGB surface of the given size, transparent black.
[[nodiscard]] inline SurfacePtr make_argb_surface(int width_px, int height_px) {
  return checked(
      SDL_CreateRGBSurfaceWithFormat(0, width_px, height_px, 32, SDL_PIXELFORMAT_ARGB8888),
      "SDL_CreateRGBSurfaceWithFormat");
}

}  // namespace nownext::render
