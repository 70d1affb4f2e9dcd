// Comparison of rendered frames with reviewed golden PNGs, with a per-channel tolerance.
#include "golden_compare.hpp"

#include "render/canvas.hpp"
#include "render/sdl_library.hpp"
#include "render_env.hpp"

#include <SDL_image.h>
#include <doctest/doctest.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace nownext::testing {
namespace {

constexpr int channel_tolerance = 8;          // anti-aliasing differs between library versions
constexpr double differing_fraction = 0.002;  // of all pixels

bool updating() {
  const char* value = std::getenv("NOWNEXT_UPDATE_GOLDENS");
  return value != nullptr && std::strcmp(value, "1") == 0;
}

bool close(std::uint32_t a, std::uint32_t b) {
  for (unsigned shift = 0; shift < 32; shift += 8) {
    const int ca = static_cast<int>((a >> shift) & 0xFFU),
              cb = static_cast<int>((b >> shift) & 0xFFU);
    if (std::abs(ca - cb) > channel_tolerance) return false;
  }
  return true;
}

}  // namespace

void check_golden(const std::string& relative_path, const core::Frame& frame) {
  RenderEnv env;
  render::SoftwareCanvas canvas{frame.width_px, frame.height_px, env.shaper, source_path("assets")};
  canvas.draw(frame);
  const auto golden = source_path(relative_path);
  const std::string name = golden.stem().string();
  if (updating()) {
    render::save_png(canvas.surface(), golden);
    MESSAGE("rewrote " << golden.string() << " with " << render::SdlLibrary::versions());
    return;
  }
  const render::SurfacePtr loaded{IMG_Load(golden.c_str())};
  REQUIRE_MESSAGE(
      loaded, "missing golden " << golden.string() << "; create it with NOWNEXT_UPDATE_GOLDENS=1");
  const render::SurfacePtr expected{
      SDL_ConvertSurfaceFormat(loaded.get(), SDL_PIXELFORMAT_ARGB8888, 0)};
  REQUIRE(expected);
  REQUIRE(expected->w == frame.width_px);
  REQUIRE(expected->h == frame.height_px);
  long differing = 0;
  for (int y = 0; y < expected->h; ++y) {
    for (int x = 0; x < expected->w; ++x) {
      if (!close(pixel(*expected, x, y), pixel(canvas.surface(), x, y))) ++differing;
    }
  }
  const double fraction = double(differing) / (double(expected->w) * expected->h);
  if (fraction > differing_fraction) {
    const auto actual = std::filesystem::temp_directory_path() / (name + ".actual.png");
    render::save_png(canvas.surface(), actual);
    FAIL_CHECK(name << ": " << differing << " pixels differ (" << fraction * 100
                    << " %); this run's image is " << actual.string() << "; "
                    << render::SdlLibrary::versions());
  }
}

}  // namespace nownext::testing
