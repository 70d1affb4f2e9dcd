// The kiosk's configuration file and the demo clock.
#include "core/kiosk_config.hpp"
#include "core/demo_clock.hpp"

#include <date/tz.h>
#include <doctest/doctest.h>

using namespace nownext::core;
using namespace std::chrono;

TEST_SUITE("kiosk configuration") {
  TEST_CASE("an empty configuration takes every default") {
    const KioskConfigResult result = parse_kiosk_config("{}");
    REQUIRE(result.config.has_value());
    CHECK(*result.config == KioskConfig{});
    CHECK(result.config->poll_interval == seconds{30});
    CHECK(result.config->fullscreen);
    CHECK(result.config->renderer == "auto");
  }

  TEST_CASE("every member is read") {
    const KioskConfigResult result = parse_kiosk_config(R"({
      "feed": "https://agenda.example.org/feed.json", "format": "frab-json",
      "room": "salle-xviii",
      "rooms": ["a", "b"], "layout": "hallway", "languages": ["en", "fr"],
      "poll_seconds": 60, "stale_after_seconds": 120, "state_dir": "/var/lib/nownext",
      "ca_bundle": "/etc/ca.pem", "renderer": "software",
      "window": {"fullscreen": false, "width": 800, "height": 480},
      "replay_day": "2017-07-18"})");
    for (const auto& e : result.errors) CAPTURE(e.to_string());
    REQUIRE(result.config.has_value());
    const KioskConfig& c = *result.config;
    CHECK(c.feed == "https://agenda.example.org/feed.json");
    CHECK(c.format == "frab-json");
    CHECK(c.room == "salle-xviii");
    CHECK(c.rooms == std::vector<std::string>{"a", "b"});
    CHECK(c.layout == "hallway");
    CHECK(c.language == "en");  // the first of "languages"
    CHECK(c.languages == std::vector<std::string>{"en", "fr"});
    CHECK(c.poll_interval == seconds{60});
    CHECK(c.stale_after == seconds{120});
    CHECK(c.renderer == "software");
    CHECK_FALSE(c.fullscreen);
    CHECK(c.width_px == 800);
    CHECK(c.height_px == 480);
    CHECK(c.replay_day == year_month_day{2017y / July / 18});
  }

  TEST_CASE("bad values are refused with the place and the reason") {
    const std::vector<std::pair<std::string, std::string>> cases{
        {"{", "not valid JSON"},
        {R"({"poll_seconds": 1})", "poll_seconds: must be a whole number from 5 to 3600"},
        {R"({"renderer": "vulkan"})", "renderer: must be auto, software or accelerated"},
        {R"({"replay_day": "18/07/2017"})", "replay_day: must be a date like 2017-07-18"},
        {R"({"window": {"width": 10}})", "window.width: must be a whole number from 64 to 8192"},
        {R"({"rooms": ["a room"]})", "rooms[0]: 'a room' is not an id"},
        {R"({"language": "French"})", "language: must be a language code"},
    };
    for (const auto& [json, message] : cases) {
      CAPTURE(json);
      const KioskConfigResult result = parse_kiosk_config(json);
      CHECK_FALSE(result.config.has_value());
      REQUIRE_FALSE(result.errors.empty());
      CHECK(result.errors[0].to_string().find(message) != std::string::npos);
    }
  }

  TEST_CASE("an unknown member is a warning, so a typo shows") {
    const KioskConfigResult result = parse_kiosk_config(R"({"pol_seconds": 10})");
    REQUIRE(result.config.has_value());
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].where == "pol_seconds");
  }
}

TEST_SUITE("demo clock") {
  TEST_CASE("the replayed day shows the real time of day in the venue's zone") {
    const auto* zurich = find_time_zone("Europe/Zurich");
    REQUIRE(zurich != nullptr);
    const Instant real = *parse_instant("2026-11-28T23:37:05Z");  // 00:37:05 in Zurich (+01:00)
    const Instant demo = replay_on_day(real, 2017y / July / 18, *zurich);
    CHECK(format_local_iso(demo, *zurich) == "2017-07-18T00:37:05+02:00");
  }

  TEST_CASE("a wall time that does not exist on the replayed day gives the moment of the change") {
    const auto* zurich = find_time_zone("Europe/Zurich");
    REQUIRE(zurich != nullptr);
    const Instant real = *parse_instant("2026-07-01T02:30:00+02:00");
    // On 31 March 2024 Zurich went from 02:00 straight to 03:00.
    const Instant demo = replay_on_day(real, 2024y / March / 31, *zurich);
    CHECK(format_local_iso(demo, *zurich) == "2024-03-31T03:00:00+02:00");
  }
}
