// Instants and pages for the audit, from the schedule's changes and the playlist.
#include "core/audit_plan.hpp"

#include <algorithm>
#include <chrono>

namespace nownext::core {

std::vector<Instant> audit_instants(const Schedule& schedule) {
  const Agenda& agenda = schedule.agenda();
  if (agenda.sessions().empty()) return {};
  Instant first = agenda.sessions().front().effective_start();
  for (const Session& s : agenda.sessions()) first = std::min(first, s.effective_start());
  // The first change is at the latest the first start; the day's start may come before it.
  if (const auto before = schedule.previous_change(first)) first = std::min(first, *before);

  std::vector<Instant> changes{first};
  while (const auto next = schedule.next_change(changes.back())) changes.push_back(*next);
  for (const Announcement& a : agenda.announcements()) {
    if (a.from) changes.push_back(*a.from);
    if (a.until) changes.push_back(*a.until);
  }
  std::sort(changes.begin(), changes.end());
  changes.erase(std::unique(changes.begin(), changes.end()), changes.end());

  std::vector<Instant> instants{changes.front() - std::chrono::hours{1}};
  for (std::size_t i = 0; i < changes.size(); ++i) {
    instants.push_back(changes[i]);
    const Instant after = changes[i] + std::chrono::minutes{1};
    if (i + 1 == changes.size() || after < changes[i + 1]) instants.push_back(after);
  }
  return instants;
}

std::vector<AuditPage> audit_pages(const ScreenContext& context, RoomIndex room, Instant at) {
  std::vector<AuditPage> pages{{0, {}}};
  // A playlist cycles back to a page already seen; the bound only guards a broken cycle.
  for (int step = 1; step < 1000; ++step) {
    const PagePosition next = next_page(context, room, at, pages.back().position);
    const bool seen = std::any_of(pages.begin(), pages.end(),
                                  [&](const AuditPage& p) { return p.position == next; });
    if (seen) break;
    pages.push_back({step, next});
  }
  return pages;
}

}  // namespace nownext::core
