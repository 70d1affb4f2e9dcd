// What a storyboard shows of a screen over a venue day: the day's instants, and instants merged
// while the screen only ages (its clock and countdowns), each with the time it holds.
#include "core/storyboard_plan.hpp"
#include "support/screen_fixture.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace nownext::core;
using nownext::testing::idm_screen;
using nownext::testing::ScreenFixture;

namespace {

// Two rooms whose sessions change at different times: room a at 09:00, 10:00, 11:00 and 12:00,
// room b at 09:30, 10:15, 10:45 and 11:30.
constexpr const char* two_rooms = R"({
  "format": "nownext/1",
  "event": {"id": "two", "title": "Two rooms", "time_zone": "Europe/Zurich"},
  "rooms": [{"id": "a", "name": "Room A"}, {"id": "b", "name": "Room B"}],
  "sessions": [
    {"id": "a1", "room": "a", "title": "Opening", "start": "2026-06-01T09:00:00+02:00",
     "end": "2026-06-01T10:00:00+02:00"},
    {"id": "a2", "room": "a", "title": "Data", "start": "2026-06-01T11:00:00+02:00",
     "end": "2026-06-01T12:00:00+02:00"},
    {"id": "b1", "room": "b", "title": "Maps", "start": "2026-06-01T09:30:00+02:00",
     "end": "2026-06-01T10:15:00+02:00"},
    {"id": "b2", "room": "b", "title": "Ports", "start": "2026-06-01T10:45:00+02:00",
     "end": "2026-06-01T11:30:00+02:00"}
  ]})";

ScreenAtInstant screen_of(const ScreenFixture& f, RoomIndex room) {
  return {[&f, room](Instant at) { return audit_pages(f.context, room, at); },
          [&f, room](Instant at, PagePosition page) {
            return build_screen(f.context, room, at, page);
          }};
}

// The held screens of room 0's screen on the fixture's first venue day.
std::vector<HeldScreen> first_day_of(const ScreenFixture& f) {
  const auto day = venue_days(f.schedule).at(0);
  return held_screens(day_instants(f.schedule, day), day_span(f.schedule, day), screen_of(f, 0));
}

std::vector<Instant> starts_of(const std::vector<HeldScreen>& held) {
  std::vector<Instant> starts;
  for (const HeldScreen& h : held) starts.push_back(h.held.from);
  return starts;
}

Frame frame_with(std::vector<std::string> texts) {
  Frame frame{1920, 1080, {}, {}, 29};
  int y = 0;
  for (std::string& text : texts) {
    TextBox box;
    box.rect = {0, y, 400, 40};
    box.text = std::move(text);
    frame.elements.emplace_back(std::move(box));
    y += 50;
  }
  return frame;
}

}  // namespace

TEST_SUITE("storyboard plan") {
  TEST_CASE("the venue days are those on which sessions start") {
    const auto f = idm_screen("room-door-landscape");
    const auto days = venue_days(f->schedule);
    REQUIRE(days.size() == 2);
    CHECK(format_date(days[0]) == "2017-07-18");
    CHECK(format_date(days[1]) == "2017-07-19");
  }

  TEST_CASE("a day's instants start with the day and hold every change inside it, in order") {
    const auto f = idm_screen("room-door-landscape");
    const auto day = venue_days(f->schedule).at(0);
    const TimeSpan span = day_span(f->schedule, day);
    CHECK(span.from == f->at("2017-07-18T04:00"));
    CHECK(span.until == f->at("2017-07-19T04:00"));
    const std::vector<Instant> instants = day_instants(f->schedule, day);
    REQUIRE(instants.size() > 3);
    CHECK(instants.front() == span.from);
    CHECK(std::is_sorted(instants.begin(), instants.end()));
    CHECK(std::adjacent_find(instants.begin(), instants.end()) == instants.end());
    CHECK(instants.back() < span.until);
    CHECK(std::find(instants.begin(), instants.end(), f->at("2017-07-18T09:00")) != instants.end());
    // Every change of the schedule inside the day is one of them.
    for (auto at = f->schedule.next_change(span.from); at && *at < span.until;
         at = f->schedule.next_change(*at)) {
      CHECK(std::find(instants.begin(), instants.end(), *at) != instants.end());
    }
  }

  TEST_CASE("an element that changed over the minute before may change again; no other") {
    const Frame earlier = frame_with({"Opening", "09:28", "32 min left"});
    const Frame before = frame_with({"Opening", "09:29", "31 min left"});
    CHECK(same_but_for_time(earlier, before, frame_with({"Opening", "09:30", "30 min left"})));
    CHECK_FALSE(same_but_for_time(earlier, before, frame_with({"Data", "09:30", "30 min left"})));
    CHECK_FALSE(same_but_for_time(earlier, before, frame_with({"Opening", "09:30"})));
    Frame moved = frame_with({"Opening", "09:30", "30 min left"});
    moved.elements[1] = FilledRect{{0, 0, 10, 10}, {}, 0};
    CHECK_FALSE(same_but_for_time(earlier, before, moved));
    Frame other_size = frame_with({"Opening", "09:29", "31 min left"});
    other_size.width_px = 1080;
    CHECK_FALSE(same_but_for_time(earlier, before, other_size));
  }

  TEST_CASE("a door holds its frame through another room's changes, not through its own") {
    const ScreenFixture f{two_rooms, "room-door-landscape", 1920, 1080, "en"};
    const std::vector<HeldScreen> held = first_day_of(f);
    CHECK(starts_of(held) ==
          std::vector<Instant>{f.at("2026-06-01T04:00"), f.at("2026-06-01T09:00"),
                               f.at("2026-06-01T10:00"), f.at("2026-06-01T11:00"),
                               f.at("2026-06-01T12:00")});
    // The held screens cover the day without a gap, each until the next one starts.
    for (std::size_t i = 0; i + 1 < held.size(); ++i) {
      CHECK(held[i].held.until == held[i + 1].held.from);
    }
    CHECK(held.back().held.until == f.at("2026-06-02T04:00"));
    // Each keeps the pages of its first instant: the door's playlist.
    for (const HeldScreen& h : held) CHECK_FALSE(h.pages.empty());
  }

  TEST_CASE("a hallway of both rooms changes at every change of either") {
    const ScreenFixture f{two_rooms, "hallway", 1920, 1080, "en"};
    CHECK(starts_of(first_day_of(f)) == day_instants(f.schedule, venue_days(f.schedule).at(0)));
  }

  TEST_CASE("instants closer than a minute and a second are never merged") {
    int builds = 0;
    const ScreenAtInstant same_always{[](Instant) {
                                        return std::vector<AuditPage>{{0, {}}};
                                      },
                                      [&builds](Instant, PagePosition) {
                                        ++builds;
                                        return frame_with({"Opening"});
                                      }};
    const Instant nine = Instant{std::chrono::hours{9}};
    const TimeSpan day{nine, nine + std::chrono::hours{12}};
    const auto held = held_screens(
        {nine, nine + std::chrono::seconds{60}, nine + std::chrono::hours{1}}, day, same_always);
    CHECK(starts_of(held) == std::vector<Instant>{nine, nine + std::chrono::seconds{60}});
    CHECK(held[1].held.until == day.until);
    CHECK(builds == 3);  // the third instant only: the second was too close to compare
  }
}
