// What every render test needs: SDL started, the project's font configuration resolved and the
// fonts ready. Members in teardown order (fonts before SDL_ttf is shut down).
#pragma once

#include "render/font_config.hpp"
#include "render/fonts.hpp"
#include "render/sdl_library.hpp"
#include "render/text_shaper.hpp"
#include "support/test_files.hpp"

#include <SDL.h>

#include <cstdint>
#include <cstring>

namespace nownext::testing {

// The ARGB8888 pixel at (x, y) of a surface.
inline std::uint32_t pixel(const SDL_Surface& s, int x, int y) {
  std::uint32_t value = 0;
  std::memcpy(&value, static_cast<const std::uint8_t*>(s.pixels) + y * s.pitch + x * 4,
              sizeof value);
  return value;
}

struct RenderEnv {
  render::SdlLibrary sdl;
  render::Fonts fonts{
      render::resolve_fonts(render::load_font_config(source_path("fonts/roles.txt")))};
  render::TextShaper shaper{fonts};
};

}  // namespace nownext::testing
