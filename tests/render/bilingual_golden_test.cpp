// Golden screens of the right-to-left and bilingual work: a mirrored Arabic door whose Arabic
// texts hold a Latin name, digits and times; a door paired French and English; a door paired
// Arabic and French. And the painter's part of mirroring and of the cross-fade.
#include "core/screen.hpp"
#include "golden_compare.hpp"
#include "render/canvas.hpp"
#include "render_env.hpp"
#include "support/screen_fixture.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <string>

using namespace nownext;

namespace {

std::unique_ptr<testing::ScreenFixture> door(const std::string& feed, const std::string& language) {
  return std::make_unique<testing::ScreenFixture>(
      testing::read_test_file(testing::source_path(feed)), "room-door-landscape", 1920, 1080,
      language);
}

// The door of `fixture` at `at`, with its words paired with `pair_with`'s when given.
core::Frame door_frame(testing::ScreenFixture& fixture, testing::RenderEnv& env,
                       const std::string& at, const std::string& pair_with = "") {
  const core::UiStrings words = pair_with.empty()
                                    ? fixture.strings
                                    : fixture.strings.paired_with(testing::load_strings(pair_with));
  core::ScreenContext context{fixture.schedule,
                              fixture.layout,
                              fixture.theme,
                              words,
                              fixture.context.languages,
                              1920,
                              1080,
                              {},
                              "",
                              {},
                              {},
                              "",
                              &env.shaper};
  return core::build_screen(context, 0, fixture.at(at), {});
}

}  // namespace

TEST_SUITE("golden screens") {
  TEST_CASE("a mirrored Arabic door: a Latin name, digits and times inside Arabic text") {
    testing::RenderEnv env;
    auto fixture = door("tests/data/bilingual/arabic-door.json", "ar");
    testing::check_golden("tests/render/golden/screens/bilingual/door-ar-mirrored.png",
                          door_frame(*fixture, env, "2030-03-12T10:40"));
  }
  TEST_CASE("a door paired French and English") {
    testing::RenderEnv env;
    auto fixture = door("feeds/examples/complete.json", "fr");
    testing::check_golden("tests/render/golden/screens/bilingual/door-fr-en-paired.png",
                          door_frame(*fixture, env, "2026-07-14T11:20", "en"));
  }
  TEST_CASE("a door paired Arabic and French, mirrored") {
    testing::RenderEnv env;
    auto fixture = door("tests/data/bilingual/arabic-door.json", "ar");
    testing::check_golden("tests/render/golden/screens/bilingual/door-ar-fr-paired.png",
                          door_frame(*fixture, env, "2030-03-12T10:40", "fr"));
  }
}

TEST_SUITE("painter") {
  TEST_CASE("a progress bar of a mirrored screen fills from the right") {
    testing::RenderEnv env;
    render::SoftwareCanvas canvas{200, 100, env.shaper, testing::source_path("assets")};
    core::Frame frame{200, 100, {0, 0, 0, 255}, {}};
    frame.elements.push_back(core::ProgressBar{
        {100, 80, 100, 10}, {0, 0, 255, 255}, {0, 255, 0, 255}, 250, /*from_right=*/true});
    canvas.draw(frame);
    const SDL_Surface& s = canvas.surface();
    CHECK(testing::pixel(s, 190, 85) == 0xFF00FF00U);  // filled quarter, on the right
    CHECK(testing::pixel(s, 120, 85) == 0xFF0000FFU);  // track
  }

  TEST_CASE("a text half faded is drawn at half its opacity, from the same cached line") {
    testing::RenderEnv env;
    render::SoftwareCanvas canvas{300, 100, env.shaper, testing::source_path("assets")};
    core::Frame frame{300, 100, {0, 0, 0, 255}, {}};
    core::TextBox box;
    box.rect = {0, 0, 300, 100};
    box.text = "█";
    box.color = {255, 255, 255, 255};
    box.max_size_px = box.min_size_px = 60;
    frame.elements.push_back(box);
    canvas.draw(frame);
    const auto brightest = [&] {
      std::uint32_t best = 0;
      const SDL_Surface& s = canvas.surface();
      for (int y = 0; y < s.h; ++y) {
        for (int x = 0; x < s.w; ++x) best = std::max(best, testing::pixel(s, x, y) & 0xFFU);
      }
      return best;
    };
    CHECK(brightest() == 255);
    std::get<core::TextBox>(frame.elements[0]).color.a = 128;
    canvas.draw(frame);
    CHECK(brightest() >= 126);
    CHECK(brightest() <= 130);
  }
}
