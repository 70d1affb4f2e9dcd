// What a storyboard shows of one screen over a venue day: the instants at which it may change,
// and those instants merged while the screen stays the same apart from what the passing of time
// alone changes (its clock, countdowns, progress bars), each with the time it holds. Pure: the
// caller builds the frames.
#pragma once

#include "core/audit_plan.hpp"
#include "core/frame.hpp"
#include "core/schedule.hpp"

#include <chrono>
#include <functional>
#include <vector>

namespace nownext::core {

// The venue days on which a session of the agenda starts, in order, without repeats.
[[nodiscard]] std::vector<std::chrono::year_month_day> venue_days(const Schedule& schedule);

// A venue day from its start (inclusive) to the next day's start (exclusive).
struct TimeSpan {
  Instant from;
  Instant until;
  friend bool operator==(const TimeSpan&, const TimeSpan&) = default;
};
[[nodiscard]] TimeSpan day_span(const Schedule& schedule, std::chrono::year_month_day day);

// In time order, without repeats: the day's start, then every change of the schedule
// (Schedule::next_change) and every start and end of an announcement inside the day.
[[nodiscard]] std::vector<Instant> day_instants(const Schedule& schedule,
                                                std::chrono::year_month_day day);

// Whether `now` is the screen `before` shows, apart from what time alone changes on it. The
// elements time changes are those that differ between `minute_earlier` and `before`, the same
// screen a minute apart; they may differ in `now` too, as long as they stay the same kind of
// element. Every other element, the size and the background must be equal. Frames whose element
// counts differ are never the same.
[[nodiscard]] bool same_but_for_time(const Frame& minute_earlier, const Frame& before,
                                     const Frame& now);

// One frame of a storyboard row: the pages a screen shows from `held.from` until `held.until`.
struct HeldScreen {
  TimeSpan held;
  std::vector<AuditPage> pages;  // every page of the playlist at held.from, in order
};

// How a storyboard sees one screen: its pages at an instant, and a page's frame at an instant.
struct ScreenAtInstant {
  std::function<std::vector<AuditPage>(Instant)> pages;
  std::function<Frame(Instant, PagePosition)> build;
};

// The instants of `day` (in order, all inside it) merged into held screens: an instant starts a
// new one unless, on every page, the screen at it is the screen of a second before apart from
// time (same_but_for_time, with the minute before that: an instant less than 61 s after the one
// before it always starts a new one). The last holds until `day.until`.
[[nodiscard]] std::vector<HeldScreen> held_screens(const std::vector<Instant>& instants,
                                                   const TimeSpan& day,
                                                   const ScreenAtInstant& screen);

}  // namespace nownext::core
