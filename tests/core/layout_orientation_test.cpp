// Layouts declare the orientations they are made for; the default layout follows the screen.
#include "core/layout.hpp"
#include "support/screen_fixture.hpp"

#include <doctest/doctest.h>

#include <vector>

using namespace nownext::core;
using nownext::testing::load_layout;

TEST_SUITE("layout orientations") {
  TEST_CASE("the bundled doors are made for one orientation each, the lists for both") {
    CHECK(made_for(load_layout("room-door-landscape"), 1920, 1080));
    CHECK_FALSE(made_for(load_layout("room-door-landscape"), 1080, 1920));
    CHECK(made_for(load_layout("room-door-portrait"), 480, 800));
    CHECK_FALSE(made_for(load_layout("room-door-portrait"), 800, 480));
    CHECK(made_for(load_layout("hallway"), 800, 480));
    CHECK(made_for(load_layout("hallway"), 480, 800));
  }

  TEST_CASE("the default layout is picked by kind and orientation, not by name") {
    const std::vector<Layout> layouts{load_layout("day-overview"), load_layout("hallway"),
                                      load_layout("room-door-landscape"),
                                      load_layout("room-door-portrait")};
    CHECK(layouts[*default_layout_index(layouts, false, 1920, 1080)].name == "room-door-landscape");
    CHECK(layouts[*default_layout_index(layouts, false, 1080, 1920)].name == "room-door-portrait");
    CHECK(layouts[*default_layout_index(layouts, true, 1080, 1920)].name == "hallway");
    // Without a door for the orientation, the first room layout rather than nothing.
    const std::vector<Layout> landscape_only{load_layout("room-door-landscape")};
    CHECK(default_layout_index(landscape_only, false, 1080, 1920) == 0U);
    CHECK_FALSE(default_layout_index(std::vector<Layout>{load_layout("hallway")}, false, 10, 5));
  }

  TEST_CASE("a layout named for the other orientation is warned about, with its name and size") {
    CHECK(orientation_warning(load_layout("room-door-portrait"), 1920, 1080) ==
          "layout room-door-portrait is made for portrait screens; this one is 1920x1080");
    CHECK(orientation_warning(load_layout("room-door-portrait"), 1080, 1920).empty());
  }

  TEST_CASE("an orientation that is not landscape or portrait is an error with its path") {
    auto result = parse_layout(R"({"format": "nownext-layout/1", "name": "x", "kind": "room",
      "orientations": ["sideways"], "playlist": [{"page": "now"}]})");
    REQUIRE_FALSE(result.errors.empty());
    CHECK(result.errors.front().to_string().find("orientations[0]") != std::string::npos);
  }
}
