// Thumbnails keep the proportions and every thin line, as a mean of the pixels they cover; PNG
// files written quickly keep every colour.
#include "render/thumbnail.hpp"
#include "render/quick_png.hpp"

#include <SDL_image.h>

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <filesystem>

using namespace nownext;

namespace {

std::uint32_t at(const SDL_Surface& s, int x, int y) {
  return static_cast<const std::uint32_t*>(s.pixels)[y * (s.pitch / 4) + x];
}

void fill(SDL_Surface& s, SDL_Rect rect, std::uint32_t argb) {
  REQUIRE(SDL_FillRect(&s, &rect, argb) == 0);
}

}  // namespace

TEST_SUITE("thumbnails") {
  TEST_CASE("a landscape and a portrait screen keep their proportions at the longer side asked") {
    for (const auto& [w, h, tw, th] :
         {std::array{1920, 1080, 320, 180}, std::array{1080, 1920, 180, 320},
          std::array{800, 480, 320, 192}}) {
      CAPTURE(w);
      const render::SurfacePtr source = render::make_argb_surface(w, h);
      const render::SurfacePtr thumb = render::shrink_surface(*source, 320);
      CHECK(thumb->w == tw);
      CHECK(thumb->h == th);
    }
    const render::SurfacePtr small = render::make_argb_surface(100, 50);
    CHECK(render::shrink_surface(*small, 320)->w == 100);
  }

  TEST_CASE("each pixel is the mean of those it covers: colours stay, a thin line shows as grey") {
    const render::SurfacePtr source = render::make_argb_surface(1920, 1080);
    fill(*source, {0, 0, 960, 1080}, 0xFFFF0000U);
    fill(*source, {960, 0, 960, 1080}, 0xFF0000FFU);
    // A one-pixel white line in the red half, inside one 6x6 block of the thumbnail.
    fill(*source, {600, 0, 1, 1080}, 0xFFFFFFFFU);
    const render::SurfacePtr thumb = render::shrink_surface(*source, 320);
    CHECK(at(*thumb, 10, 10) == 0xFFFF0000U);
    CHECK(at(*thumb, 300, 170) == 0xFF0000FFU);
    // 1 white and 5 red pixels a row: red stays 255, green and blue 255 / 6.
    CHECK(at(*thumb, 100, 50) == 0xFFFF2A2AU);
  }

  TEST_CASE("blocks of more than 257 pixels, summed channel by channel, give the same means") {
    const render::SurfacePtr source = render::make_argb_surface(8000, 400);
    fill(*source, {0, 0, 8000, 400}, 0xFF204080U);
    fill(*source, {0, 0, 1, 400}, 0xFFFFFFFFU);  // one column in the first 25x25 block
    const render::SurfacePtr thumb = render::shrink_surface(*source, 320);
    REQUIRE(thumb->w == 320);
    REQUIRE(thumb->h == 16);
    CHECK(at(*thumb, 100, 8) == 0xFF204080U);
    // 25 of 625 pixels white: each channel a 25th of the way to 255, rounded down.
    CHECK(at(*thumb, 0, 0) == 0xFF284785U);
  }
}

TEST_SUITE("quick PNG files") {
  TEST_CASE("a surface written quickly reads back with its colours, opaque") {
    const render::SurfacePtr source = render::make_argb_surface(640, 360);
    fill(*source, {0, 0, 320, 360}, 0xFFFF8000U);
    fill(*source, {320, 0, 320, 360}, 0xFF0040C0U);
    const auto path = std::filesystem::temp_directory_path() / "nownext-quick.png";
    render::save_png_quickly(*source, path);
    const render::SurfacePtr read{IMG_Load(path.c_str())};
    REQUIRE(read);
    CHECK(read->w == 640);
    CHECK(read->h == 360);
    const render::SurfacePtr argb{
        SDL_ConvertSurfaceFormat(read.get(), SDL_PIXELFORMAT_ARGB8888, 0)};
    REQUIRE(argb);
    CHECK(at(*argb, 10, 10) == 0xFFFF8000U);
    CHECK(at(*argb, 630, 350) == 0xFF0040C0U);
    std::filesystem::remove(path);
  }

  TEST_CASE("a file that cannot be written is named") {
    const render::SurfacePtr source = render::make_argb_surface(64, 64);
    CHECK_THROWS_WITH(render::save_png_quickly(*source, "/nonexistent-folder/x.png"),
                      doctest::Contains("/nonexistent-folder/x.png"));
  }
}
