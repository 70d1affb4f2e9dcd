// Fuzzes the whole feed pipeline: parse, validate, build the agenda, then ask the schedule
// engine and the change tracker what a display would ask, so a crash anywhere on that path is
// found. The raw bytes also go through the log escaper, which must leave no control character.
#include "core/agenda_diff.hpp"
#include "core/agenda_summary.hpp"
#include "core/feed_parser.hpp"
#include "core/log_text.hpp"
#include "core/schedule.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

std::size_t walk(const nownext::core::Schedule& schedule, nownext::core::Instant at) {
  std::size_t total = 0;
  for (const auto& room : schedule.all_rooms_at(at)) {
    for (const auto& chain : room.now) total += chain.size();
    total += room.later.size() + room.moved_away.size() + (room.next ? 1U : 0U);
  }
  if (const auto next = schedule.next_change(at)) total += next->time_since_epoch().count() & 1;
  return total;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes{reinterpret_cast<const char*>(data), size};
  const std::string logged = nownext::core::log_text(bytes, 512);
  for (const char c : logged) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) std::abort();
  }
  if (logged.size() > 512 + 64) std::abort();
  const nownext::core::FeedResult result = nownext::core::parse_feed(bytes);
  for (const auto& diagnostic : result.errors) (void)diagnostic.to_string();
  if (!result.ok()) return 0;
  const auto& agenda = *result.agenda;
  (void)nownext::core::summarize(agenda);
  (void)nownext::core::describe(nownext::core::diff_agendas(agenda, agenda));
  const nownext::core::Schedule schedule{agenda};
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
