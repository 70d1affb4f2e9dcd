// Fuzzes the whole feed pipeline: parse, validate, build the agenda, and walk what was built
// (the parts a display reads), so a crash anywhere on that path is found.
#include "core/agenda_summary.hpp"
#include "core/feed_parser.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes{reinterpret_cast<const char*>(data), size};
  const nownext::core::FeedResult result = nownext::core::parse_feed(bytes);
  if (!result.ok()) return 0;
  const auto& agenda = *result.agenda;
  (void)nownext::core::summarize(agenda);
  std::size_t total = 0;
  for (nownext::core::RoomIndex r = 0; r < agenda.rooms().size(); ++r) {
    for (const auto index : agenda.sessions_in_room(r)) {
      const auto& session = agenda.sessions()[index];
      total += session.title.in(agenda.event().languages).size();
      for (const auto& speaker : session.speakers) total += agenda.role_of(speaker).any().size();
      total += agenda.children_of(index).size();
    }
  }
  return total == SIZE_MAX ? 1 : 0;
}
