// Headless PNG export at the sizes venues use, and what the painter draws where.
#include "render/canvas.hpp"
#include "render_env.hpp"
#include "support/sample_frames.hpp"

#include <SDL_image.h>
#include <doctest/doctest.h>

#include <cstring>
#include <filesystem>

using namespace nownext;
using testing::pixel;

TEST_SUITE("PNG export") {
  TEST_CASE("any frame exports at 1920x1080, 1080x1920, 3840x2160 and 800x480") {
    testing::RenderEnv env;
    const auto dir = std::filesystem::temp_directory_path();
    for (const auto& [w, h] : {std::pair{1920, 1080}, {1080, 1920}, {3840, 2160}, {800, 480}}) {
      CAPTURE(w);
      const auto path = dir / ("nownext-export-" + std::to_string(w) + ".png");
      render::export_png(testing::card_frame(w, h, testing::arabic_card()), env.shaper,
                         testing::source_path("assets"), path);
      const render::SurfacePtr read{IMG_Load(path.c_str())};
      REQUIRE(read);
      CHECK(read->w == w);
      CHECK(read->h == h);
      std::filesystem::remove(path);
    }
  }
}

TEST_SUITE("painter") {
  TEST_CASE("rectangles, rounded corners and progress bars land where the frame says") {
    testing::RenderEnv env;
    render::SoftwareCanvas canvas{200, 100, env.shaper, testing::source_path("assets")};
    core::Frame frame{200, 100, {0, 0, 0, 255}, {}};
    frame.elements.push_back(core::FilledRect{{10, 10, 80, 40}, {255, 0, 0, 255}, 10});
    frame.elements.push_back(
        core::ProgressBar{{100, 80, 100, 10}, {0, 0, 255, 255}, {0, 255, 0, 255}, 250});
    canvas.draw(frame);
    const SDL_Surface& s = canvas.surface();
    CHECK(pixel(s, 50, 30) == 0xFFFF0000U);   // inside
    CHECK(pixel(s, 10, 10) == 0xFF000000U);   // the rounded corner is cut off
    CHECK(pixel(s, 15, 30) == 0xFFFF0000U);   // the straight edge is not
    CHECK(pixel(s, 110, 85) == 0xFF00FF00U);  // filled quarter
    CHECK(pixel(s, 170, 85) == 0xFF0000FFU);  // track
  }

  TEST_CASE("text never draws outside its box, and a missing image draws nothing") {
    testing::RenderEnv env;
    render::SoftwareCanvas canvas{300, 100, env.shaper, testing::source_path("assets")};
    core::Frame frame{300, 100, {0, 0, 0, 255}, {}};
    core::TextBox box;
    box.rect = {100, 20, 40, 60};
    box.text = "WWWWWWWWWWWWWWW";  // one word, far wider than the box even at the minimum
    box.color = {255, 255, 255, 255};
    box.min_size_px = box.max_size_px = 30;
    frame.elements.push_back(box);
    frame.elements.push_back(core::Image{{0, 0, 50, 50}, "no-such-logo.png"});
    canvas.draw(frame);
    const SDL_Surface& s = canvas.surface();
    int inside = 0;
    for (int y = 0; y < 100; ++y) {
      for (int x = 0; x < 300; ++x) {
        const bool in_box = x >= 100 && x < 140 && y >= 20 && y < 80;
        if (pixel(s, x, y) != 0xFF000000U) {
          CHECK(in_box);
          ++inside;
        }
      }
    }
    CHECK(inside > 0);
  }

  TEST_CASE("an image is scaled to fit its box, keeping its aspect ratio, centred") {
    testing::RenderEnv env;
    const auto assets = std::filesystem::temp_directory_path() / "nownext-assets-test";
    std::filesystem::create_directories(assets);
    const render::SurfacePtr logo = render::make_argb_surface(20, 10);
    SDL_FillRect(logo.get(), nullptr, 0xFFFF0000U);
    render::save_png(*logo, assets / "logo.png");
    render::SoftwareCanvas canvas{100, 100, env.shaper, assets};
    core::Frame frame{100, 100, {0, 0, 0, 255}, {}};
    frame.elements.push_back(core::Image{{0, 0, 100, 100}, "logo.png"});
    canvas.draw(frame);
    CHECK(pixel(canvas.surface(), 50, 50) == 0xFFFF0000U);
    CHECK(pixel(canvas.surface(), 2, 26) == 0xFFFF0000U);  // 100 x 50, from y = 25
    CHECK(pixel(canvas.surface(), 50, 20) == 0xFF000000U);
    CHECK(pixel(canvas.surface(), 50, 80) == 0xFF000000U);
    std::filesystem::remove_all(assets);
  }
}
