// Power windows as instants around `at`, and the first boundary where the state changes.
#include "core/power.hpp"

#include <date/tz.h>

#include <algorithm>
#include <array>
#include <charconv>

namespace nownext::core {
namespace {

using std::chrono::days;
using std::chrono::minutes;

struct Interval {
  Instant from;
  Instant until;
};

Instant local_instant(std::chrono::sys_days day, minutes time, const date::time_zone& zone) {
  const date::local_seconds local{(day + time).time_since_epoch()};
  return Instant{zone.to_sys(local, date::choose::earliest)};
}

// The windows' intervals on the local days from the day before `at` to 8 days after it.
std::vector<Interval> window_intervals(const std::vector<PowerWindow>& windows,
                                       const date::time_zone& zone, Instant at) {
  std::vector<Interval> intervals;
  const std::chrono::sys_days today{to_local(at, zone).date};
  for (auto day = today - days{1}; day <= today + days{8}; day += days{1}) {
    const std::chrono::weekday weekday{day};
    for (const PowerWindow& w : windows) {
      if (std::find(w.days.begin(), w.days.end(), weekday) == w.days.end()) continue;
      intervals.push_back({local_instant(day, w.on, zone), local_instant(day, w.off, zone)});
    }
  }
  return intervals;
}

// Around each venue day's sessions (cancelled ones aside).
std::vector<Interval> session_intervals(const PowerConfig& config, const Schedule& schedule) {
  std::vector<std::pair<std::chrono::year_month_day, Interval>> by_day;
  for (const Session& s : schedule.agenda().sessions()) {
    if (s.cancelled()) continue;
    const auto day = schedule.day_of(s.effective_start());
    auto found = std::find_if(by_day.begin(), by_day.end(),
                              [&](const auto& entry) { return entry.first == day; });
    if (found == by_day.end()) {
      by_day.push_back({day, {s.effective_start(), s.effective_end()}});
    } else {
      found->second.from = std::min(found->second.from, s.effective_start());
      found->second.until = std::max(found->second.until, s.effective_end());
    }
  }
  std::vector<Interval> intervals;
  for (const auto& [day, span] : by_day) {
    intervals.push_back({span.from - config.before, span.until + config.after});
  }
  return intervals;
}

bool on_at(const std::vector<Interval>& intervals, Instant at) {
  return std::any_of(intervals.begin(), intervals.end(),
                     [&](const Interval& i) { return i.from <= at && at < i.until; });
}

}  // namespace

PowerState power_at(const PowerConfig& config, const Schedule* schedule,
                    const date::time_zone& zone, Instant at) {
  if (config.schedule.empty() && schedule == nullptr) return {true, std::nullopt};
  const std::vector<Interval> intervals = config.schedule.empty()
                                              ? session_intervals(config, *schedule)
                                              : window_intervals(config.schedule, zone, at);
  PowerState state;
  state.on = on_at(intervals, at);
  std::vector<Instant> bounds;
  for (const Interval& i : intervals) {
    if (i.from > at) bounds.push_back(i.from);
    if (i.until > at) bounds.push_back(i.until);
  }
  std::sort(bounds.begin(), bounds.end());
  // A bound inside another window is no change; the first that flips the state is.
  for (const Instant bound : bounds) {
    if (on_at(intervals, bound) != state.on) {
      state.next_change = bound;
      break;
    }
  }
  return state;
}

std::optional<std::vector<std::chrono::weekday>> parse_weekdays(std::string_view text) {
  using std::chrono::weekday;
  static constexpr std::array<std::string_view, 7> names{"sun", "mon", "tue", "wed",
                                                         "thu", "fri", "sat"};
  const auto index = [](std::string_view name) -> std::optional<unsigned> {
    for (unsigned i = 0; i < names.size(); ++i) {
      if (names[i] == name) return i;
    }
    return std::nullopt;
  };
  std::vector<weekday> out;
  const auto add = [&](weekday d) {
    if (std::find(out.begin(), out.end(), d) == out.end()) out.push_back(d);
  };
  if (text == "daily") text = "mon-sun";
  while (!text.empty()) {
    const auto comma = text.find(',');
    const std::string_view part = text.substr(0, comma);
    text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
    const auto dash = part.find('-');
    const auto first = index(part.substr(0, dash));
    const auto last = dash == std::string_view::npos ? first : index(part.substr(dash + 1));
    if (!first || !last) return std::nullopt;
    // "mon-fri", and ranges that wrap: "fri-mon".
    for (unsigned d = *first;; d = (d + 1) % 7) {
      add(weekday{d});
      if (d == *last) break;
    }
  }
  if (out.empty()) return std::nullopt;
  return out;
}

std::optional<minutes> parse_time_of_day(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  int hours = 0;
  int mins = 0;
  if (std::from_chars(text.data(), text.data() + 2, hours).ptr != text.data() + 2 ||
      std::from_chars(text.data() + 3, text.data() + 5, mins).ptr != text.data() + 5) {
    return std::nullopt;
  }
  if (hours < 0 || mins < 0 || mins > 59 || hours > 24 || (hours == 24 && mins != 0)) {
    return std::nullopt;
  }
  return minutes{hours * 60 + mins};
}

}  // namespace nownext::core
