// What a display asks of an agenda, for the fuzzers: summary, change description and the
// schedule at every session's boundaries, so that a crash anywhere on that path is found.
#pragma once

#include "core/agenda_diff.hpp"
#include "core/agenda_summary.hpp"
#include "core/feed_parser.hpp"
#include "core/schedule.hpp"

#include <cstddef>
#include <cstdint>

namespace nownext::fuzz {

inline std::size_t walk(const core::Schedule& schedule, core::Instant at) {
  std::size_t total = 0;
  for (const auto& room : schedule.all_rooms_at(at)) {
    for (const auto& chain : room.now) total += chain.size();
    total += room.later.size() + room.moved_away.size() + (room.next ? 1U : 0U);
  }
  if (const auto next = schedule.next_change(at)) total += next->time_since_epoch().count() & 1;
  return total;
}

// Returns 0, as libFuzzer wants; the work cannot be optimized away.
inline int exercise(const core::FeedResult& result) {
  if (!result.ok()) return 0;
  const auto& agenda = *result.agenda;
  (void)core::summarize(agenda);
  (void)core::describe(core::diff_agendas(agenda, agenda));
  const core::Schedule schedule{agenda};
  std::size_t total = 0;
  for (const auto& session : agenda.sessions()) {
    // At each start, a second before it, and at its end: the boundaries that matter.
    total += walk(schedule, session.effective_start());
    total += walk(schedule, session.effective_start() - std::chrono::seconds{1});
    total += walk(schedule, session.effective_end());
    if (total > 1'000'000) break;  // keep one input cheap
  }
  return total == SIZE_MAX ? 1 : 0;
}

}  // namespace nownext::fuzz
