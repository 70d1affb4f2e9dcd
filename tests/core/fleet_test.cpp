// The fleet file: every screen's settings over shared defaults.
#include "core/fleet.hpp"

#include <doctest/doctest.h>

using namespace nownext::core;

namespace {

const char* const two_screens = R"({
  "format": "nownext-fleet/1",
  "defaults": {"languages": ["fr", "en"], "layout": "room-door-landscape"},
  "screens": {
    "door-xviii-left": {"room": "salle-xviii", "layout": "room-door-portrait"},
    "hall-1": {"layout": "hallway", "rooms": ["a", "b"], "languages": ["en"]}
  }})";

}  // namespace

TEST_SUITE("fleet file") {
  TEST_CASE("a screen takes its entry over the defaults") {
    const FleetResult result = parse_fleet(two_screens);
    REQUIRE(result.fleet.has_value());
    const auto door = fleet_screen(*result.fleet, "door-xviii-left");
    REQUIRE(door.has_value());
    CHECK(door->room == "salle-xviii");
    CHECK(door->layout == "room-door-portrait");
    CHECK(door->languages == std::vector<std::string>{"fr", "en"});
    const auto hall = fleet_screen(*result.fleet, "hall-1");
    REQUIRE(hall.has_value());
    CHECK_FALSE(hall->room.has_value());
    CHECK(hall->layout == "hallway");
    CHECK(hall->rooms == std::vector<std::string>{"a", "b"});
    CHECK(hall->languages == std::vector<std::string>{"en"});
  }

  TEST_CASE("a screen the fleet does not list has no settings") {
    const FleetResult result = parse_fleet(two_screens);
    REQUIRE(result.fleet.has_value());
    CHECK_FALSE(fleet_screen(*result.fleet, "attic").has_value());
  }

  TEST_CASE("errors name their place and keep the fleet from being used") {
    const FleetResult result =
        parse_fleet(R"({"screens": {"door": {"room": 7, "languages": ["fr", 3]}}})");
    CHECK_FALSE(result.fleet.has_value());
    REQUIRE(result.errors.size() == 2);
    CHECK(result.errors[0].to_string().find("screens.door.room") != std::string::npos);
    CHECK(result.errors[1].to_string().find("screens.door.languages[1]") != std::string::npos);
  }

  TEST_CASE("a fleet without screens, or of another format, is refused") {
    CHECK_FALSE(parse_fleet(R"({"defaults": {}})").fleet.has_value());
    CHECK_FALSE(parse_fleet(R"({"format": "nownext/1", "screens": {}})").fleet.has_value());
  }

  TEST_CASE("a screen's size comes from its entry or the defaults; a wrong one names its place") {
    const FleetResult result = parse_fleet(R"({
      "defaults": {"size": "1080x1920"},
      "screens": {"door": {"size": "800x480"}, "hall": {}}})");
    REQUIRE(result.fleet.has_value());
    CHECK(fleet_screen(*result.fleet, "door")->size == ScreenPixels{800, 480});
    CHECK(fleet_screen(*result.fleet, "hall")->size == ScreenPixels{1080, 1920});
    CHECK_FALSE(parse_fleet(R"({"screens": {"hall": {}}})").fleet->screens.at("hall").size);
    for (const char* wrong : {"800x48", "1920 x 1080", "1920x1080px", "big", "9000x1000"}) {
      CAPTURE(wrong);
      const FleetResult bad =
          parse_fleet(std::string{R"({"screens": {"door": {"size": ")"} + wrong + R"("}}})");
      CHECK_FALSE(bad.fleet.has_value());
      REQUIRE(bad.errors.size() == 1);
      CHECK(bad.errors[0].to_string().find("screens.door.size") != std::string::npos);
    }
  }

  TEST_CASE("an unknown member is a warning that names it") {
    const FleetResult result = parse_fleet(R"({"screens": {"door": {"rom": "a"}}})");
    REQUIRE(result.fleet.has_value());
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].to_string().find("screens.door.rom") != std::string::npos);
  }
}
