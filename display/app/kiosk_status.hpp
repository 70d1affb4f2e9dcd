// The kiosk's health for a monitoring system and systemd: the state in words, the status
// endpoint when configured, and status.json in the state directory, written every minute.
#pragma once

#include "app/screen_loop.hpp"
#include "app/status_server.hpp"
#include "net/fetch_status.hpp"
#include "net/log_sink.hpp"

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace nownext::app {

// The state in words ("showing room-door-landscape for salle-xviii"), as systemd's STATUS=.
[[nodiscard]] std::string state_words(const ScreenState& state);
// ok, stale, waiting, absent_room or unknown_screen (see StatusReport::state).
[[nodiscard]] std::string state_name(const ScreenState& state);

class KioskStatus {
 public:
  // Starts the endpoint when `listen` is set (NOWNEXT_STATUS_TOKEN protects it); throws
  // std::runtime_error when it cannot. status.json goes to `state_dir`.
  KioskStatus(std::string screen, const std::optional<std::string>& listen,
              std::filesystem::path state_dir);
  // After each pass of the screen loop: the report served and, once a minute, written.
  void shown(const ScreenState& state, const net::FetchStatus& fetch, std::uint64_t frames,
             render::Display& display, net::LogSink& log);
  [[nodiscard]] std::optional<int> port() const;
  // What the screen showed at the last pass, for the next report: whether it is on (power
  // schedule), the burn-in shift, the alerts in force.
  void screen_shown(bool on, core::Offset burn_in_offset, std::size_t alerts) {
    screen_on_ = on;
    burn_in_offset_ = burn_in_offset;
    alerts_ = alerts;
  }

 private:
  std::string screen_;
  std::filesystem::path state_dir_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  std::optional<std::chrono::steady_clock::time_point> written_;
  std::uint64_t frames_ = 0;
  std::optional<StatusReport::TimePoint> last_frame_;
  bool write_failed_ = false;
  bool screen_on_ = true;
  core::Offset burn_in_offset_;
  std::size_t alerts_ = 0;
  std::unique_ptr<StatusServer> server_;
};

}  // namespace nownext::app
