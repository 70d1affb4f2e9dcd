// The visible display refuses SDL's invisible drivers instead of showing a blank screen.
#include "render/display.hpp"
#include "render_env.hpp"

#include <doctest/doctest.h>

#include <stdexcept>

using namespace nownext;

TEST_SUITE("display") {
  TEST_CASE("a display on the dummy or offscreen driver is refused with a clear message") {
    for (const char* driver : {"dummy", "offscreen"}) {
      CAPTURE(driver);
      SDL_SetHint(SDL_HINT_VIDEODRIVER, driver);
      testing::RenderEnv env;
      CHECK_THROWS_WITH_AS(render::Display(render::WindowOptions{false, 320, 200}, env.shaper,
                                           testing::source_path("assets")),
                           doctest::Contains("invisible"), std::runtime_error);
    }
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "");
  }
}
