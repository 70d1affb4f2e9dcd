// Thumbnails: a smaller copy of a drawn surface, each pixel the mean of the pixels it covers, so
// that text and thin lines stay recognisable (sampling single pixels would drop most of them).
#pragma once

#include "render/sdl_handles.hpp"

namespace nownext::render {

// A copy of `source` (ARGB8888) whose longer side is `longer_side_px` (at least 1 pixel a side),
// in the same proportions; never larger than the source. Throws SdlError when a surface cannot be
// made.
[[nodiscard]] SurfacePtr shrink_surface(SDL_Surface& source, int longer_side_px);

}  // namespace nownext::render
