// PNG files written for speed, for commands that write thousands of screens: opaque RGB (the
// surface's alpha dropped), every row filtered against its left neighbour, fast deflate.
// IMG_SavePNG tries every filter on every row at the default level, several times slower on a
// screen.
#pragma once

#include "render/sdl_handles.hpp"

#include <filesystem>

namespace nownext::render {

// Writes `surface` (ARGB8888) as an RGB PNG; throws std::runtime_error naming the file on failure.
void save_png_quickly(SDL_Surface& surface, const std::filesystem::path& path);

}  // namespace nownext::render
