// Box-filter shrinking of ARGB8888 surfaces.
#include "render/thumbnail.hpp"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace nownext::render {
namespace {

// Each output column or row covers the source columns or rows [edge[i], edge[i + 1]).
std::vector<int> edges(int out_size, int in_size) {
  std::vector<int> edge(static_cast<std::size_t>(out_size) + 1);
  for (int i = 0; i <= out_size; ++i) {
    edge[static_cast<std::size_t>(i)] = static_cast<int>(static_cast<long>(i) * in_size / out_size);
  }
  return edge;
}

const std::uint32_t* row_of(const SDL_Surface& s, int y) {
  return reinterpret_cast<const std::uint32_t*>(static_cast<const std::uint8_t*>(s.pixels) +
                                                static_cast<std::ptrdiff_t>(y) * s.pitch);
}

std::uint32_t* row_of(SDL_Surface& s, int y) {
  return reinterpret_cast<std::uint32_t*>(static_cast<std::uint8_t*>(s.pixels) +
                                          static_cast<std::ptrdiff_t>(y) * s.pitch);
}

// `Packed`: two channels summed in one 32-bit word, 16 bits each, exact while a block holds at
// most 257 pixels (257 * 255 < 65536): half the work of a sum per channel.
template <bool Packed>
void shrink_into(const SDL_Surface& source, SDL_Surface& out, const std::vector<int>& xs,
                 const std::vector<int>& ys) {
  constexpr std::size_t lanes = Packed ? 2 : 4;
  std::vector<std::uint32_t> sums(static_cast<std::size_t>(out.w) * lanes);
  const auto span = [](const std::vector<int>& edge, int i) {
    const int from = edge[static_cast<std::size_t>(i)];
    return std::pair{from, std::max(from + 1, edge[static_cast<std::size_t>(i) + 1])};
  };
  for (int oy = 0; oy < out.h; ++oy) {
    std::fill(sums.begin(), sums.end(), 0U);
    const auto [y0, y1] = span(ys, oy);
    for (int y = y0; y < y1; ++y) {
      const std::uint32_t* row = row_of(source, y);
      for (int ox = 0; ox < out.w; ++ox) {
        const auto [x0, x1] = span(xs, ox);
        std::uint32_t* sum = &sums[static_cast<std::size_t>(ox) * lanes];
        for (int x = x0; x < x1; ++x) {
          const std::uint32_t p = row[x];
          if constexpr (Packed) {
            sum[0] += (p >> 8) & 0x00FF00FFU;  // alpha, green
            sum[1] += p & 0x00FF00FFU;         // red, blue
          } else {
            sum[0] += p >> 24;
            sum[1] += (p >> 16) & 0xFFU;
            sum[2] += (p >> 8) & 0xFFU;
            sum[3] += p & 0xFFU;
          }
        }
      }
    }
    std::uint32_t* out_row = row_of(out, oy);
    for (int ox = 0; ox < out.w; ++ox) {
      const auto [x0, x1] = span(xs, ox);
      const auto count = static_cast<std::uint32_t>((x1 - x0) * (y1 - y0));
      const std::uint32_t* sum = &sums[static_cast<std::size_t>(ox) * lanes];
      if constexpr (Packed) {
        out_row[ox] = (((sum[0] >> 16) / count) << 24) | (((sum[1] >> 16) / count) << 16) |
                      (((sum[0] & 0xFFFFU) / count) << 8) | ((sum[1] & 0xFFFFU) / count);
      } else {
        out_row[ox] = ((sum[0] / count) << 24) | ((sum[1] / count) << 16) |
                      ((sum[2] / count) << 8) | (sum[3] / count);
      }
    }
  }
}

}  // namespace

SurfacePtr shrink_surface(SDL_Surface& source, int longer_side_px) {
  const int w = source.w, h = source.h;
  const int longer = std::max(w, h);
  const int side = std::clamp(longer_side_px, 1, longer);
  const int out_w = std::max(1, static_cast<int>(static_cast<long>(w) * side / longer));
  const int out_h = std::max(1, static_cast<int>(static_cast<long>(h) * side / longer));
  SurfacePtr out = make_argb_surface(out_w, out_h);
  if (SDL_LockSurface(&source) != 0) throw SdlError("SDL_LockSurface");
  const std::vector<int> xs = edges(out_w, w), ys = edges(out_h, h);
  // The largest block: a column or row covers at most this many plus one.
  const long block = static_cast<long>(w / out_w + 1) * (h / out_h + 1);
  if (block <= 257) {
    shrink_into<true>(source, *out, xs, ys);
  } else {
    shrink_into<false>(source, *out, xs, ys);
  }
  SDL_UnlockSurface(&source);
  return out;
}

}  // namespace nownext::render
