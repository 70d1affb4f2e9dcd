// Which announcements a screen shows at an instant, and in which form: the feed's and those of an
// alerts source (CAP), ordered by precedence. Pure: the instant is an argument.
#pragma once

#include "core/agenda.hpp"

#include <optional>
#include <span>
#include <vector>

namespace nownext::core {

// Whether `a` goes before `b` on a screen: the more severe form first, then the higher rank
// (CAP's severity and urgency), then the one in force first, then by id.
[[nodiscard]] bool takes_precedence(const Announcement& a, const Announcement& b);

// Whether `a` is in force at `at`: from inclusive, until exclusive.
[[nodiscard]] bool in_force(const Announcement& a, Instant at);

// Whether `a` is for a screen of `rooms` (a door's one room, a hallway's rows): it names none
// (every room) or one of them.
[[nodiscard]] bool targets(const Announcement& a, std::span<const RoomIndex> rooms);

// What one screen shows at an instant. The pointers are into the announcements given.
struct ScreenAnnouncements {
  // The emergency that takes the whole screen over; the others wait their turn.
  const Announcement* takeover = nullptr;
  // The strip above the footer: the first info or warning in precedence.
  const Announcement* strip = nullptr;
  // The warning with a card of its own in the page rotation.
  const Announcement* card = nullptr;
};

// Of `feed` and `alerts`, those in force at `at` for a screen of `rooms`, by precedence.
[[nodiscard]] ScreenAnnouncements announcements_at(std::span<const Announcement> feed,
                                                   std::span<const Announcement> alerts,
                                                   std::span<const RoomIndex> rooms, Instant at);

// The first instant after `at` at which one of `announcements` begins or ends; nullopt when
// none does any more.
[[nodiscard]] std::optional<Instant> next_announcement_change(
    std::span<const Announcement> announcements, Instant at);

}  // namespace nownext::core
