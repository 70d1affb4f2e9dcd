// Golden images of every layout, landscape and portrait, at the IDM 2017 instants that show each
// kind of screen: before the start, Panel 1, day 1's gap, the book launch in day 2's break,
// Session 6 › Panel 2, Panel 5's paged speakers, the end of the event.
#include "core/screen.hpp"
#include "golden_compare.hpp"
#include "render_env.hpp"
#include "support/screen_fixture.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

struct Moment {
  const char* label;
  const char* at;
  nownext::core::PagePosition page;
};

constexpr Moment moments[] = {
    {"before-start", "2017-07-18T08:30", {}},
    {"panel-1", "2017-07-18T11:40", {}},
    {"day-1-gap", "2017-07-18T13:30", {}},
    {"book-launch", "2017-07-19T13:45", {}},
    {"session-6-panel-2", "2017-07-19T16:20", {}},
    {"panel-5-speakers-2", "2017-07-19T12:00", {0, 1}},
    {"end-of-event", "2017-07-19T18:30", {}},
};

void check_layout(const std::string& layout, int width, int height) {
  auto fixture = nownext::testing::idm_screen(layout, width, height);
  // Lists spaced by measured lines, as the kiosk and `shot` build them.
  nownext::testing::RenderEnv env;
  fixture->context.measurer = &env.shaper;
  for (const Moment& moment : moments) {
    CAPTURE(moment.label);
    const nownext::core::Frame frame =
        nownext::core::build_screen(fixture->context, 0, fixture->at(moment.at), moment.page);
    nownext::testing::check_golden("tests/render/golden/screens/" + layout + "-" +
                                       std::to_string(width) + "x" + std::to_string(height) + "-" +
                                       moment.label + ".png",
                                   frame);
  }
}

}  // namespace

TEST_SUITE("golden screens") {
  TEST_CASE("room door, landscape layout") {
    check_layout("room-door-landscape", 1920, 1080);
    check_layout("room-door-landscape", 1080, 1920);
  }
  TEST_CASE("room door, portrait layout") {
    check_layout("room-door-portrait", 1080, 1920);
    check_layout("room-door-portrait", 1920, 1080);
  }
  TEST_CASE("hallway") {
    check_layout("hallway", 1920, 1080);
    check_layout("hallway", 1080, 1920);
  }
  TEST_CASE("day overview") {
    check_layout("day-overview", 1920, 1080);
    check_layout("day-overview", 1080, 1920);
  }
}
