// Box-filter shrinking of ARGB8888 surfaces.
#include "render/thumbnail.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace nownext::render {

SurfacePtr shrink_surface(SDL_Surface& source, int longer_side_px) {
  const int w = source.w, h = source.h;
  const int longer = std::max(w, h);
  const int side = std::clamp(longer_side_px, 1, longer);
  const int out_w = std::max(1, static_cast<int>(static_cast<long>(w) * side / longer));
  const int out_h = std::max(1, static_cast<int>(static_cast<long>(h) * side / longer));
  SurfacePtr out = make_argb_surface(out_w, out_h);
  if (SDL_LockSurface(&source) != 0) throw SdlError("SDL_LockSurface");
  // Each output column and row covers the source columns and rows [start, end).
  const auto edges = [](int out_size, int in_size) {
    std::vector<int> edge(static_cast<std::size_t>(out_size) + 1);
    for (int i = 0; i <= out_size; ++i) {
      edge[static_cast<std::size_t>(i)] =
          static_cast<int>(static_cast<long>(i) * in_size / out_size);
    }
    return edge;
  };
  const std::vector<int> xs = edges(out_w, w), ys = edges(out_h, h);
  std::vector<std::uint32_t> sums(static_cast<std::size_t>(out_w) * 4);
  for (int oy = 0; oy < out_h; ++oy) {
    std::fill(sums.begin(), sums.end(), 0U);
    const int y0 = ys[static_cast<std::size_t>(oy)],
              y1 = std::max(y0 + 1, ys[static_cast<std::size_t>(oy) + 1]);
    for (int y = y0; y < y1; ++y) {
      const auto* row =
          reinterpret_cast<const std::uint32_t*>(static_cast<const std::uint8_t*>(source.pixels) +
                                                 static_cast<std::ptrdiff_t>(y) * source.pitch);
      for (int ox = 0; ox < out_w; ++ox) {
        const int x0 = xs[static_cast<std::size_t>(ox)],
                  x1 = std::max(x0 + 1, xs[static_cast<std::size_t>(ox) + 1]);
        std::uint32_t* sum = &sums[static_cast<std::size_t>(ox) * 4];
        for (int x = x0; x < x1; ++x) {
          const std::uint32_t p = row[x];
          sum[0] += p >> 24;
          sum[1] += (p >> 16) & 0xFFU;
          sum[2] += (p >> 8) & 0xFFU;
          sum[3] += p & 0xFFU;
        }
      }
    }
    auto* out_row = reinterpret_cast<std::uint32_t*>(static_cast<std::uint8_t*>(out->pixels) +
                                                     static_cast<std::ptrdiff_t>(oy) * out->pitch);
    for (int ox = 0; ox < out_w; ++ox) {
      const int x0 = xs[static_cast<std::size_t>(ox)],
                x1 = std::max(x0 + 1, xs[static_cast<std::size_t>(ox) + 1]);
      const auto count = static_cast<std::uint32_t>((x1 - x0) * (y1 - y0));
      const std::uint32_t* sum = &sums[static_cast<std::size_t>(ox) * 4];
      out_row[ox] = ((sum[0] / count) << 24) | ((sum[1] / count) << 16) | ((sum[2] / count) << 8) |
                    (sum[3] / count);
    }
  }
  SDL_UnlockSurface(&source);
  return out;
}

}  // namespace nownext::render
