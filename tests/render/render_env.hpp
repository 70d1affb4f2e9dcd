// What every render test needs: SDL started, the project's font configuration resolved and the
// fonts ready. Members in teardown order (fonts before SDL_ttf is shut down).
#pragma once

#include "render/font_config.hpp"
#include "render/fonts.hpp"
#include "render/sdl_library.hpp"
#include "render/text_shaper.hpp"
#include "support/test_files.hpp"

namespace nownext::testing {

struct RenderEnv {
  render::SdlLibrary sdl;
  render::Fonts fonts{
      render::resolve_fonts(render::load_font_config(source_path("fonts/roles.txt")))};
  render::TextShaper shaper{fonts};
};

}  // namespace nownext::testing
