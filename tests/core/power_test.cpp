// The power schedule, asked at instants (the clock is an argument, nothing sleeps): windows per
// weekday in the venue's zone, across a change of daylight saving time, and the automatic
// schedule around each day's sessions; the burn-in walk.
#include "core/power.hpp"
#include "core/burn_in.hpp"
#include "core/kiosk_config.hpp"
#include "support/screen_fixture.hpp"

#include <date/tz.h>
#include <doctest/doctest.h>

using namespace nownext::core;
using namespace std::chrono;

namespace {

const date::time_zone& zurich() {
  return *find_time_zone("Europe/Zurich");
}

Instant local(const char* text) {
  const auto instant = parse_instant_or_local(text, zurich());
  REQUIRE(instant.has_value());
  return *instant;
}

PowerConfig weekdays_7_30_to_19_30() {
  const KioskConfigResult result = parse_kiosk_config(
      R"({"power": {"schedule": [{"days": "mon-fri", "on": "07:30", "off": "19:30"}],
          "commands": {"on": ["cec-ctl", "--image-view-on"], "off": ["cec-ctl", "--standby"]}}})");
  REQUIRE(result.config.has_value());
  REQUIRE(result.config->power.has_value());
  return *result.config->power;
}

}  // namespace

TEST_SUITE("power schedule") {
  TEST_CASE("a weekday window turns the screen on and off at its times, in the venue's zone") {
    const PowerConfig power = weekdays_7_30_to_19_30();
    CHECK(power.on_command == std::vector<std::string>{"cec-ctl", "--image-view-on"});
    // Friday 27 October 2023, 07:29:59: off until 07:30.
    PowerState state = power_at(power, nullptr, zurich(), local("2023-10-27T07:29:59"));
    CHECK_FALSE(state.on);
    CHECK(state.next_change == local("2023-10-27T07:30"));
    state = power_at(power, nullptr, zurich(), *state.next_change);
    CHECK(state.on);
    CHECK(state.next_change == local("2023-10-27T19:30"));
    // Friday evening: off over the weekend, on again on Monday, after the clocks went back.
    state = power_at(power, nullptr, zurich(), *state.next_change);
    CHECK_FALSE(state.on);
    CHECK(state.next_change == local("2023-10-30T07:30"));
    CHECK(format_local_iso(*state.next_change, zurich()) == "2023-10-30T07:30:00+01:00");
    CHECK_FALSE(power_at(power, nullptr, zurich(), local("2023-10-28T12:00")).on);
  }

  TEST_CASE("windows that overlap or touch are one time on") {
    PowerConfig power;
    power.schedule = {{{Monday}, minutes{8 * 60}, minutes{12 * 60}},
                      {{Monday}, minutes{11 * 60}, minutes{14 * 60}},
                      {{Monday}, minutes{14 * 60}, minutes{18 * 60}}};
    const PowerState state = power_at(power, nullptr, zurich(), local("2023-10-30T09:00"));
    CHECK(state.on);
    CHECK(state.next_change == local("2023-10-30T18:00"));
  }

  TEST_CASE("automatic: on from before the day's first session until after its last") {
    auto f = nownext::testing::idm_screen("room-door-landscape");
    PowerConfig power;  // no windows: automatic, 60 min before, 30 after
    // IDM 2017's 18 July: registration from 09:00, the last panel until 18:00.
    PowerState state = power_at(power, &f->schedule, zurich(), local("2017-07-18T07:59"));
    CHECK_FALSE(state.on);
    CHECK(state.next_change == local("2017-07-18T08:00"));
    state = power_at(power, &f->schedule, zurich(), local("2017-07-18T08:00"));
    CHECK(state.on);
    CHECK(state.next_change == local("2017-07-18T18:30"));
    state = power_at(power, &f->schedule, zurich(), local("2017-07-18T18:30"));
    CHECK_FALSE(state.on);
    REQUIRE(state.next_change.has_value());
    CHECK(to_local(*state.next_change, zurich()).date == year_month_day{2017y / July / 19});
    // After the event it stays off.
    state = power_at(power, &f->schedule, zurich(), local("2017-07-20T12:00"));
    CHECK_FALSE(state.on);
    CHECK_FALSE(state.next_change.has_value());
    // Without an agenda it cannot know the day: on.
    CHECK(power_at(power, nullptr, zurich(), local("2017-07-20T12:00")).on);
  }

  TEST_CASE("a power member that cannot be used is refused with its place") {
    const auto errors_of = [](const char* json) {
      std::vector<std::string> out;
      for (const auto& e : parse_kiosk_config(json).errors) out.push_back(e.to_string());
      return out;
    };
    CHECK(errors_of(R"({"power": {}})") ==
          std::vector<std::string>{"power: needs either schedule or auto"});
    CHECK(errors_of(R"({"power": {"schedule": [{"days": "weekdays", "on": "7:30",
                                                "off": "19:30"}]}})") ==
          std::vector<std::string>{
              "power.schedule[0].days: 'weekdays' names no weekday (mon-fri, sat,sun, daily)",
              "power.schedule[0].on: '7:30' is not a time like 07:30"});
    CHECK(errors_of(R"({"power": {"schedule": [{"days": "sat,sun", "on": "20:00",
                                                "off": "08:00"}]}})") ==
          std::vector<std::string>{"power.schedule[0].off: must be after on"});
    const auto automatic =
        parse_kiosk_config(R"({"power": {"auto": {"before_minutes": 45, "after_minutes": 15}}})");
    REQUIRE(automatic.config.has_value());
    CHECK(automatic.config->power->schedule.empty());
    CHECK(automatic.config->power->before == minutes{45});
    CHECK(automatic.config->power->after == minutes{15});
  }

  TEST_CASE("weekday names and ranges, wrapping ones too") {
    CHECK(parse_weekdays("mon-fri")->size() == 5);
    CHECK(parse_weekdays("fri-mon") == std::vector<weekday>{Friday, Saturday, Sunday, Monday});
    CHECK(parse_weekdays("daily")->size() == 7);
    CHECK_FALSE(parse_weekdays("").has_value());
    CHECK(parse_time_of_day("24:00") == minutes{1440});
    CHECK_FALSE(parse_time_of_day("24:01").has_value());
  }
}

TEST_SUITE("burn-in") {
  TEST_CASE(
      "the picture walks around its place, a step each period, never further than the shift") {
    const BurnIn burn_in{3, seconds{120}};
    const Instant start = local("2023-10-30T00:00");
    std::vector<Offset> seen;
    Offset before = burn_in_offset(burn_in, start);
    for (int step = 0; step < 9; ++step) {
      const Offset now = burn_in_offset(burn_in, start + step * seconds{120});
      CHECK(std::abs(now.dx) <= 3);
      CHECK(std::abs(now.dy) <= 3);
      CHECK(std::abs(now.dx - before.dx) <= 3);
      CHECK(std::abs(now.dy - before.dy) <= 3);
      CHECK(burn_in_offset(burn_in, start + step * seconds{120} + seconds{119}) == now);
      if (std::find(seen.begin(), seen.end(), now) == seen.end()) seen.push_back(now);
      before = now;
    }
    CHECK(seen.size() == 9);  // every place in one cycle
  }

  TEST_CASE("a shifted frame moves every element and keeps its background") {
    Frame frame;
    frame.background = Color{1, 2, 3};
    frame.elements.emplace_back(FilledRect{{10, 20, 5, 5}, {}});
    TextBox text;
    text.rect = {0, 0, 100, 10};
    frame.elements.emplace_back(text);
    const Frame moved = shifted(frame, {-3, 3});
    CHECK(std::get<FilledRect>(moved.elements[0]).rect == Rect{7, 23, 5, 5});
    CHECK(std::get<TextBox>(moved.elements[1]).rect == Rect{-3, 3, 100, 10});
    CHECK(moved.background == frame.background);
  }

  TEST_CASE("burn-in care is on by default, and can be set or turned off") {
    CHECK(parse_kiosk_config("{}").config->burn_in == BurnIn{});
    CHECK_FALSE(parse_kiosk_config(R"({"burn_in": false})").config->burn_in.has_value());
    CHECK(parse_kiosk_config(R"({"burn_in": {"shift_px": 2, "period_seconds": 60}})")
              .config->burn_in == BurnIn{2, seconds{60}});
  }
}
