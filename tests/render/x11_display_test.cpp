// A real window under X11 (run through xvfb-run): open it fullscreen, show a frame, read it back,
// and check that it shows what was drawn; an unchanged frame is not presented again.
#include "render/display.hpp"
#include "render_env.hpp"
#include "support/sample_frames.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <cstring>

using namespace nownext;
using testing::pixel;

TEST_CASE("x11: a fullscreen window shows the frame drawn, and only once while it is unchanged") {
  SDL_SetHint(SDL_HINT_VIDEODRIVER, "x11");
  // Xvfb has no GPU: Mesa's software GL adds nothing to the test but noise (and leaks at exit).
  SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
  testing::RenderEnv env;
  render::Display display{render::WindowOptions{true, 0, 0}, env.shaper,
                          testing::source_path("assets")};
  MESSAGE("driver " << display.driver());
  const core::Rect size = display.size();
  // The Xvfb screen the test starts, with no window manager, not the windowed default 1280x720.
  CHECK(size.w == 1600);
  CHECK(size.h == 900);
  core::Frame frame = testing::card_frame(size.w, size.h, testing::english_card());
  const core::FilledRect marker{{10, 10, 20, 20}, {255, 0, 0, 255}, 0};
  frame.elements.emplace_back(marker);
  CHECK(display.show(frame));
  CHECK_FALSE(display.show(frame));
  const render::SurfacePtr screen = display.read_back();
  REQUIRE(screen);
  CHECK(pixel(*screen, 20, 20) == 0xFFFF0000U);
  CHECK(pixel(*screen, size.w / 2, 5) == 0xFF1E3C6EU);  // the header band
  CHECK(display.text_stats().entries > 5);
  // With nothing to do the display sleeps until the deadline; a size report (the window
  // manager settling) only asks for a frame of the current size, which is the one shown.
  const auto start = std::chrono::steady_clock::now();
  render::Wake wake = render::Wake::resized;
  while (wake == render::Wake::resized) {
    CHECK_FALSE(display.show(frame));
    wake = display.wait_until(start + std::chrono::milliseconds(200));
  }
  CHECK(wake == render::Wake::deadline);
  CHECK(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(200));
}
