// Golden images of the door and the hallway in each of the six UN languages, on the complete
// example feed (every text in all six): interface words, CLDR dates and durations, plural forms,
// and each script's fonts, as a person reads them.
#include "core/screen.hpp"
#include "golden_compare.hpp"
#include "render_env.hpp"
#include "support/screen_fixture.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

// Session 1 › Panel 1 runs in Conference Room XVIII, the book launch is next door.
constexpr const char* instant = "2026-07-14T11:20";

void check_language(const std::string& layout, const std::string& language) {
  CAPTURE(language);
  nownext::testing::ScreenFixture fixture{
      nownext::testing::read_test_file(
          nownext::testing::source_path("feeds/examples/complete.json")),
      layout, 1920, 1080, language};
  nownext::testing::RenderEnv env;
  fixture.context.measurer = &env.shaper;
  const nownext::core::Frame frame =
      nownext::core::build_screen(fixture.context, 0, fixture.at(instant), {});
  nownext::testing::check_golden(
      "tests/render/golden/languages/" + layout + "-" + language + ".png", frame);
}

}  // namespace

TEST_SUITE("golden screens in six languages") {
  TEST_CASE("the room door in Arabic, Chinese, English, French, Russian and Spanish") {
    for (const char* language : {"ar", "zh", "en", "fr", "ru", "es"}) {
      check_language("room-door-landscape", language);
    }
  }
  TEST_CASE("the hallway in Arabic, Chinese, English, French, Russian and Spanish") {
    for (const char* language : {"ar", "zh", "en", "fr", "ru", "es"}) {
      check_language("hallway", language);
    }
  }
}
