// Fuzzes the CAP alerts reader, and what the kiosk does with what it gives: the messages applied,
// each alert as an announcement, the screen's choice among them and their next change.
#include "core/announcements.hpp"
#include "import/cap.hpp"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes{reinterpret_cast<const char*>(data), size};
  const nownext::import::CapRead read = nownext::import::read_cap(bytes);
  nownext::core::Diagnostics notes;
  nownext::import::CapFilter filter;
  filter.statuses = {"Actual", "Exercise", "Test"};
  std::vector<nownext::core::Announcement> alerts;
  for (const auto& alert : nownext::import::current_alerts(read.alerts, filter, notes)) {
    alerts.push_back(nownext::import::to_announcement(alert, nullptr));
  }
  const std::vector<nownext::core::RoomIndex> rooms{0};
  for (const auto& a : alerts) {
    if (a.from) (void)nownext::core::announcements_at({}, alerts, rooms, *a.from);
  }
  (void)nownext::core::next_announcement_change(alerts, nownext::core::Instant{});
  return 0;
}
