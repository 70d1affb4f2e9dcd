// Announcements in force and their precedence.
#include "core/announcements.hpp"

#include <algorithm>
#include <tuple>

namespace nownext::core {

bool takes_precedence(const Announcement& a, const Announcement& b) {
  const Instant a_from = a.from.value_or(Instant::min());
  const Instant b_from = b.from.value_or(Instant::min());
  // Earlier first among equals: the one shown first keeps its place until it ends.
  return std::tuple{b.severity, b.rank, a_from, std::string_view{a.id}} <
         std::tuple{a.severity, a.rank, b_from, std::string_view{b.id}};
}

bool in_force(const Announcement& a, Instant at) {
  return (!a.from || *a.from <= at) && (!a.until || at < *a.until);
}

bool targets(const Announcement& a, std::span<const RoomIndex> rooms) {
  if (a.rooms.empty()) return true;
  return std::any_of(rooms.begin(), rooms.end(), [&](RoomIndex room) {
    return std::find(a.rooms.begin(), a.rooms.end(), room) != a.rooms.end();
  });
}

ScreenAnnouncements announcements_at(std::span<const Announcement> feed,
                                     std::span<const Announcement> alerts,
                                     std::span<const RoomIndex> rooms, Instant at) {
  ScreenAnnouncements shown;
  const auto consider = [&](const Announcement& a) {
    if (!in_force(a, at) || !targets(a, rooms)) return;
    const auto keep = [&](const Announcement*& slot) {
      if (slot == nullptr || takes_precedence(a, *slot)) slot = &a;
    };
    switch (a.severity) {
      case Announcement::Severity::emergency: keep(shown.takeover); break;
      case Announcement::Severity::warning:
        keep(shown.card);
        keep(shown.strip);
        break;
      case Announcement::Severity::info: keep(shown.strip); break;
    }
  };
  std::for_each(feed.begin(), feed.end(), consider);
  std::for_each(alerts.begin(), alerts.end(), consider);
  return shown;
}

std::optional<Instant> next_announcement_change(std::span<const Announcement> announcements,
                                                Instant at) {
  std::optional<Instant> next;
  const auto candidate = [&](const std::optional<Instant>& bound) {
    if (bound && *bound > at && (!next || *bound < *next)) next = *bound;
  };
  for (const Announcement& a : announcements) {
    candidate(a.from);
    candidate(a.until);
  }
  return next;
}

}  // namespace nownext::core
