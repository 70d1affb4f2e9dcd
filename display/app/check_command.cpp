// The report of `nownext check`.
#include "app/check_command.hpp"

#include "app/feed_file.hpp"
#include "core/agenda_summary.hpp"
#include "core/log_text.hpp"
#include "core/utf8.hpp"

#include <algorithm>

#include <ostream>

namespace nownext::app {
namespace {

std::string hh_mm(core::Instant instant, const date::time_zone& zone) {
  const auto local = core::to_local(instant, zone).time_of_day;
  const auto h = local.hours().count();
  const auto m = local.minutes().count();
  return (h < 10 ? "0" : "") + std::to_string(h) + ":" + (m < 10 ? "0" : "") + std::to_string(m);
}

// "a-long-name…" padded to `width` characters (code points, which is near enough for a
// terminal), so that a congress's ninety rooms read as a table.
std::string column(std::string_view text, std::size_t width) {
  std::string out;
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size() && count < width; ++count) {
    const std::size_t start = pos;
    core::next_code_point(text, pos);
    if (count + 1 == width && pos < text.size()) {
      out += "\u2026";
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  out.append(width - count, ' ');
  return out;
}

// One line per room: id (whole: it is what --room takes), name, how many sessions take place
// there. Ids are padded to a common width unless one is very long.
void print_rooms(const core::Agenda& agenda, std::ostream& out) {
  const auto& languages = agenda.event().languages;
  std::size_t id_width = 4;
  for (const auto& room : agenda.rooms()) id_width = std::max(id_width, room.id.size());
  id_width = std::min<std::size_t>(id_width, 32);
  for (core::RoomIndex r = 0; r < agenda.rooms().size(); ++r) {
    const core::Room& room = agenda.rooms()[r];
    const std::size_t sessions = agenda.sessions_in_room(r).size();
    const std::string padding(id_width > room.id.size() ? id_width - room.id.size() : 0, ' ');
    out << "            " << room.id << padding << "  " << column(room.name.in(languages), 36)
        << "  " << sessions << (sessions == 1 ? " session" : " sessions") << "\n";
  }
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
  out << "  rooms     " << summary.rooms << "\n";
  print_rooms(agenda, out);
  out << "  sessions  " << summary.sessions << "\n";
  out << "  people    " << summary.people << "\n";
  if (summary.announcements > 0) out << "  announcements " << summary.announcements << "\n";
}

}  // namespace

int run_check(const std::string& feed, std::ostream& out, import::FeedFormat format) {
  const LoadedFeed loaded = load_feed(feed, format);
  if (!loaded.parsed) {
    out << loaded.read_error << "\n";
    return check_unreadable;
  }
  const core::FeedResult& result = *loaded.parsed;
  if (result.ok()) {
    out << feed << ": valid " << result.agenda->format() << "\n";
    print_summary(*result.agenda, out);
  }
  for (const auto& warning : result.warnings) {
    out << "  warning: " << core::log_text(warning.to_string()) << "\n";
  }
  if (!result.ok()) print_feed_errors(feed, result, out);
  return result.ok() ? check_valid : check_invalid;
}

}  // namespace nownext::app
