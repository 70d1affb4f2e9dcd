// Venue days, their change instants, and the merging of instants whose screen only ages.
#include "core/storyboard_plan.hpp"

#include "core/time.hpp"

#include <algorithm>
#include <set>

namespace nownext::core {
namespace {

using std::chrono::seconds;

}  // namespace

std::vector<std::chrono::year_month_day> venue_days(const Schedule& schedule) {
  std::set<std::chrono::sys_days> days;
  for (const Session& s : schedule.agenda().sessions()) {
    days.insert(std::chrono::sys_days{schedule.day_of(s.effective_start())});
  }
  return {days.begin(), days.end()};
}

TimeSpan day_span(const Schedule& schedule, std::chrono::year_month_day day) {
  const Agenda& agenda = schedule.agenda();
  const std::chrono::hours change = day_change_hour(agenda, schedule.options());
  const auto next = std::chrono::year_month_day{std::chrono::sys_days{day} + std::chrono::days{1}};
  return {venue_day_start(day, agenda.time_zone(), change),
          venue_day_start(next, agenda.time_zone(), change)};
}

std::vector<Instant> day_instants(const Schedule& schedule, std::chrono::year_month_day day) {
  const TimeSpan span = day_span(schedule, day);
  std::vector<Instant> instants{span.from};
  for (auto at = schedule.next_change(span.from); at && *at < span.until;
       at = schedule.next_change(*at)) {
    instants.push_back(*at);
  }
  for (const Announcement& a : schedule.agenda().announcements()) {
    for (const auto& edge : {a.from, a.until}) {
      if (edge && *edge > span.from && *edge < span.until) instants.push_back(*edge);
    }
  }
  std::sort(instants.begin(), instants.end());
  instants.erase(std::unique(instants.begin(), instants.end()), instants.end());
  return instants;
}

bool same_but_for_time(const Frame& minute_earlier, const Frame& before, const Frame& now) {
  const auto same_canvas = [](const Frame& a, const Frame& b) {
    return a.width_px == b.width_px && a.height_px == b.height_px && a.background == b.background &&
           a.min_text_px == b.min_text_px && a.elements.size() == b.elements.size();
  };
  if (!same_canvas(before, now) || !same_canvas(minute_earlier, before)) return false;
  for (std::size_t i = 0; i < now.elements.size(); ++i) {
    if (before.elements[i] == now.elements[i]) continue;
    const bool aged = minute_earlier.elements[i] != before.elements[i];
    if (!aged || before.elements[i].index() != now.elements[i].index()) return false;
  }
  return true;
}

std::vector<HeldScreen> held_screens(const std::vector<Instant>& instants, const TimeSpan& day,
                                     const ScreenAtInstant& screen) {
  std::vector<HeldScreen> held;
  // `previous`: the instant before `at`, whose screen holds until `at`.
  const auto unchanged_at = [&](Instant previous, Instant at, const std::vector<AuditPage>& pages) {
    const Instant before = at - seconds{1};
    const Instant minute_earlier = before - seconds{60};
    if (minute_earlier < previous) return false;
    const std::vector<AuditPage> pages_before = screen.pages(before);
    if (pages_before.size() != pages.size()) return false;
    for (std::size_t p = 0; p < pages.size(); ++p) {
      if (!(pages_before[p].position == pages[p].position)) return false;
      const PagePosition position = pages[p].position;
      if (!same_but_for_time(screen.build(minute_earlier, position), screen.build(before, position),
                             screen.build(at, position))) {
        return false;
      }
    }
    return true;
  };
  for (std::size_t i = 0; i < instants.size(); ++i) {
    const Instant at = instants[i];
    std::vector<AuditPage> pages = screen.pages(at);
    if (i > 0 && unchanged_at(instants[i - 1], at, pages)) continue;
    if (!held.empty()) held.back().held.until = at;
    held.push_back({{at, day.until}, std::move(pages)});
  }
  return held;
}

}  // namespace nownext::core
