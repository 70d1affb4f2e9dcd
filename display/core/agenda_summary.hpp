// A short description of an agenda for people: what `nownext check` prints.
#pragma once

#include "core/agenda.hpp"
#include "core/schedule.hpp"

#include <chrono>
#include <cstddef>
#include <vector>

namespace nownext::core {

struct AgendaSummary {
  struct Day {
    std::chrono::year_month_day date;  // the venue day (see ScheduleOptions::day_change)
    std::size_t sessions = 0;          // sessions starting that day
    Instant first_start;
    Instant last_end;
  };
  std::vector<Day> days;  // in order
  std::size_t rooms = 0;
  std::size_t sessions = 0;
  std::size_t people = 0;
  std::size_t announcements = 0;
};

[[nodiscard]] AgendaSummary summarize(const Agenda& agenda, const ScheduleOptions& options = {});

}  // namespace nownext::core
