// Now and next by plain search, compared with the schedule engine (see reference_schedule.hpp).
#include "import/reference_schedule.hpp"

#include "core/schedule.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

namespace nownext::testing {
namespace {

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string{text.substr(first, last - first + 1)};
}

struct Expected {
  std::set<std::string> running;
  std::set<std::string> next;  // every title starting first after the instant
};

Expected search(const std::vector<ReferenceEvent>& events, const std::string& room,
                core::Instant at) {
  Expected expected;
  std::optional<core::Instant> first_start;
  for (const ReferenceEvent& e : events) {
    if (e.room != room) continue;
    if (e.start <= at && at < e.end) expected.running.insert(trimmed(e.title));
    if (e.start > at && e.end > e.start && (!first_start || e.start < *first_start))
      first_start = e.start;
  }
  for (const ReferenceEvent& e : events) {
    if (e.room == room && first_start && e.start == *first_start && e.end > e.start)
      expected.next.insert(trimmed(e.title));
  }
  return expected;
}

}  // namespace

std::size_t check_now_next_against(const core::Agenda& agenda,
                                   const std::vector<ReferenceEvent>& events, std::size_t samples) {
  REQUIRE(events.size() >= samples);
  std::vector<ReferenceEvent> sorted = events;
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return a.start < b.start; });
  const core::Schedule schedule{agenda};
  std::size_t checked = 0;
  for (std::size_t k = 0; k < samples; ++k) {
    const ReferenceEvent& e =
        sorted[k * (sorted.size() - 1) / std::max<std::size_t>(samples - 1, 1)];
    if (e.end <= e.start) continue;
    const auto room =
        std::find_if(agenda.rooms().begin(), agenda.rooms().end(),
                     [&](const core::Room& r) { return r.name.any() == trimmed(e.room); });
    REQUIRE(room != agenda.rooms().end());
    const auto index = static_cast<core::RoomIndex>(room - agenda.rooms().begin());
    for (const core::Instant at :
         {e.start + (e.end - e.start) / 2, e.start - std::chrono::minutes{1}}) {
      const Expected expected = search(events, e.room, at);
      const core::RoomNow answer = schedule.room_at(index, at);
      std::set<std::string> running;
      for (const auto& chain : answer.now) {
        for (const core::SessionIndex s : chain)
          running.insert(std::string{agenda.sessions()[s].title.any()});
      }
      const std::string next =
          answer.next ? std::string{agenda.sessions()[*answer.next].title.any()} : std::string{};
      CAPTURE(e.room);
      CAPTURE(core::format_local_iso(at, agenda.time_zone()));
      CHECK(running == expected.running);
      CAPTURE(next);
      CHECK((expected.next.empty() ? next.empty() : expected.next.contains(next)));
      ++checked;
    }
  }
  return checked;
}

}  // namespace nownext::testing
