// What the kiosk says about itself to a monitoring system: one report, written as JSON (GET
// /status, status.json in the state directory) and in Prometheus' text exposition format (GET
// /metrics). Never holds the feed's token: fetch errors are the fetcher's, which leave it out.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>

namespace nownext::app {

struct StatusReport {
  using TimePoint = std::chrono::system_clock::time_point;
  std::string version;
  std::string screen;  // the screen's id (the fleet's, else the host name)
  std::string room;    // empty for a screen of every room
  std::string layout;
  // ok, stale (the agenda is old), waiting (no agenda yet), absent_room (the room left the
  // feed), unknown_screen (the fleet file has no entry for this screen)
  std::string state = "waiting";
  std::string state_words;  // the same for people, as systemd's STATUS=
  std::optional<std::chrono::seconds> agenda_age;
  std::optional<TimePoint> last_fetch;          // the last attempt
  std::optional<TimePoint> last_fetch_success;  // a good body or a 304
  std::string last_fetch_result = "none";       // ok, failed, none (not tried yet)
  std::string last_fetch_error;                 // empty when the last attempt went well
  bool stale = false;
  std::uint64_t frames = 0;  // frames presented
  std::optional<TimePoint> last_frame;
  std::chrono::seconds uptime{0};
  std::uint64_t rss_bytes = 0;
  bool screen_on = true;                        // false while the power schedule has it off
  std::pair<int, int> burn_in_offset_px{0, 0};  // x, y of the burn-in shift
  std::size_t alerts = 0;                       // alerts of the alerts source in force
};

// The states a report may be in, for the metrics' state label.
inline constexpr const char* status_states[] = {"ok", "stale", "waiting", "absent_room",
                                                "unknown_screen"};

[[nodiscard]] std::string status_json(const StatusReport& report);
[[nodiscard]] std::string status_metrics(const StatusReport& report);
// This process's resident set size, from /proc/self/statm; 0 when unknown.
[[nodiscard]] std::uint64_t resident_bytes();
// Writes `text` to `file` through the cache's atomic write (net::write_file_atomically), which
// creates its folder: a reader never sees half of it. Throws std::runtime_error naming the file.
void write_atomically(const std::filesystem::path& file, const std::string& text);

}  // namespace nownext::app
