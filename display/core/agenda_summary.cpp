// Counts per venue day, for the `check` command's report.
#include "core/agenda_summary.hpp"

#include <algorithm>

namespace nownext::core {

AgendaSummary summarize(const Agenda& agenda, const ScheduleOptions& options) {
  AgendaSummary summary;
  summary.rooms = agenda.rooms().size();
  summary.sessions = agenda.sessions().size();
  summary.people = agenda.people().size();
  summary.announcements = agenda.announcements().size();
  for (const Session& session : agenda.sessions()) {
    const auto date =
        venue_day(session.effective_start(), agenda.time_zone(), day_change_hour(agenda, options));
    auto day = std::find_if(summary.days.begin(), summary.days.end(),
                            [&](const AgendaSummary::Day& d) { return d.date == date; });
    if (day == summary.days.end()) {
      summary.days.push_back({date, 0, session.effective_start(), session.effective_end()});
      day = summary.days.end() - 1;
    }
    ++day->sessions;
    day->first_start = std::min(day->first_start, session.effective_start());
    day->last_end = std::max(day->last_end, session.effective_end());
  }
  std::sort(summary.days.begin(), summary.days.end(),
            [](const auto& a, const auto& b) { return a.date < b.date; });
  return summary;
}

}  // namespace nownext::core
