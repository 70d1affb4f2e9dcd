// The report of `nownext check`.
#include "app/check_command.hpp"

#include "app/feed_file.hpp"
#include "core/agenda_summary.hpp"

#include <ostream>

namespace nownext::app {
namespace {

std::string hh_mm(core::Instant instant, const date::time_zone& zone) {
  const auto local = core::to_local(instant, zone).time_of_day;
  const auto h = local.hours().count();
  const auto m = local.minutes().count();
  return (h < 10 ? "0" : "") + std::to_string(h) + ":" + (m < 10 ? "0" : "") + std::to_string(m);
}

void print_summary(const core::Agenda& agenda, std::ostream& out) {
  const auto& event = agenda.event();
  const auto& languages = event.languages;
  const core::AgendaSummary summary = core::summarize(agenda);
  out << "  event     " << event.title.in(languages) << " (" << event.id << ")\n";
  if (!event.venue.empty()) out << "  venue     " << event.venue.in(languages) << "\n";
  out << "  time zone " << event.time_zone_name << "\n";
  out << "  days      " << summary.days.size() << "\n";
  for (const auto& day : summary.days) {
    out << "            " << core::format_date(day.date) << "  "
        << hh_mm(day.first_start, agenda.time_zone()) << "-"
        << hh_mm(day.last_end, agenda.time_zone()) << "  " << day.sessions << " sessions\n";
  }
  out << "  rooms     " << summary.rooms;
  for (const auto& room : agenda.rooms())
    out << "\n            " << room.id << "  " << room.name.in(languages);
  out << "\n  sessions  " << summary.sessions << "\n";
  out << "  people    " << summary.people << "\n";
  if (summary.announcements > 0) out << "  announcements " << summary.announcements << "\n";
}

}  // namespace

int run_check(const std::filesystem::path& feed, std::ostream& out) {
  const LoadedFeed loaded = load_feed_file(feed);
  if (!loaded.parsed) {
    out << loaded.read_error << "\n";
    return check_unreadable;
  }
  const core::FeedResult& result = *loaded.parsed;
  if (result.ok()) {
    out << feed.string() << ": valid " << result.agenda->format() << "\n";
    print_summary(*result.agenda, out);
  }
  for (const auto& warning : result.warnings) out << "  warning: " << warning.to_string() << "\n";
  if (!result.ok()) print_feed_errors(feed, result, out);
  return result.ok() ? check_valid : check_invalid;
}

}  // namespace nownext::app
