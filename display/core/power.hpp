// The power schedule: when a screen is on, by on and off times per weekday in the venue's zone,
// or automatically around each venue day's sessions; and the commands run when it turns on or
// off. Pure: the instant, the zone and the agenda are arguments. Documented in the README
// ("Power schedule").
#pragma once

#include "core/diagnostic.hpp"
#include "core/schedule.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace nownext::core {

// On from `on` to `off` (local wall times, off after on) on the weekdays of `days`.
struct PowerWindow {
  std::vector<std::chrono::weekday> days;
  std::chrono::minutes on{0};
  std::chrono::minutes off{0};
  friend bool operator==(const PowerWindow&, const PowerWindow&) = default;
};

struct PowerConfig {
  // Either windows (non-empty) or, when empty, automatic: on from `before` the venue day's
  // first session until `after` its last end; off on days without sessions.
  std::vector<PowerWindow> schedule;
  std::chrono::minutes before{60};
  std::chrono::minutes after{30};
  // Programs run (argv, no shell) when the screen turns on or off; none when empty.
  std::vector<std::string> on_command;
  std::vector<std::string> off_command;
  friend bool operator==(const PowerConfig&, const PowerConfig&) = default;
};

struct PowerState {
  bool on = true;
  // When that changes next (within the coming 8 days); nullopt when it does not.
  std::optional<Instant> next_change;
  friend bool operator==(const PowerState&, const PowerState&) = default;
};

// Whether the screen is on at `at` by `config`: its windows in `zone`, or (automatic) around
// the sessions of `schedule`'s agenda, in its zone. Automatic without an agenda: on.
[[nodiscard]] PowerState power_at(const PowerConfig& config, const Schedule* schedule,
                                  const date::time_zone& zone, Instant at);

// "mon-fri", "sat,sun", "mon", "daily": the weekdays named; nullopt when it names none.
[[nodiscard]] std::optional<std::vector<std::chrono::weekday>> parse_weekdays(
    std::string_view text);
// "07:30": minutes after midnight; "24:00" is the end of the day. nullopt otherwise.
[[nodiscard]] std::optional<std::chrono::minutes> parse_time_of_day(std::string_view text);

}  // namespace nownext::core
