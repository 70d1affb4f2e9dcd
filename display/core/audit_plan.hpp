// What an audit renders of a feed: the instants at which screens change (and one just after each,
// so running states and countdowns are seen) and every page of a screen's playlist at an instant.
// Pure.
#pragma once

#include "core/screen.hpp"

#include <vector>

namespace nownext::core {

// In time order, without repeats: an hour before the first change of the schedule; every change
// (Schedule::next_change from there: starts, ends, venue days) and every start and end of an
// announcement; and one minute after each of those when that is before the next one. Empty for an
// agenda without sessions.
[[nodiscard]] std::vector<Instant> audit_instants(const Schedule& schedule);

struct AuditPage {
  int step = 0;  // next_page steps from the first page (what `nownext shot --page` takes)
  PagePosition position;
};

// Every page the playlist goes through at `at`, from the first, each once, in playlist order.
[[nodiscard]] std::vector<AuditPage> audit_pages(const ScreenContext& context, RoomIndex room,
                                                 Instant at);

}  // namespace nownext::core
