// What the kiosk tells systemd (Type=notify): ready once the first frame is on screen, alive
// while the screen loop produces frames (the watchdog), and its state in words. Does nothing
// when not started by systemd (no $NOTIFY_SOCKET). Uses libsystemd's sd_notify.
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace nownext::app {

class ServiceNotifier {
 public:
  // Reads $NOTIFY_SOCKET and the watchdog's interval ($WATCHDOG_USEC, $WATCHDOG_PID) once.
  ServiceNotifier();
  // Whether systemd listens; the watchdog interval if it watches.
  [[nodiscard]] bool active() const { return active_; }
  [[nodiscard]] std::optional<std::chrono::microseconds> watchdog() const { return watchdog_; }

  // From the screen loop after each pass that showed the present: READY=1 the first time, then
  // WATCHDOG=1 at most twice per watchdog interval, and STATUS= when `status` changed.
  void frame_shown(const std::string& status);
  // STOPPING=1, before the program ends on request.
  void stopping();

 private:
  void send(const std::string& message);

  bool active_ = false;
  std::optional<std::chrono::microseconds> watchdog_;
  bool ready_ = false;
  std::chrono::steady_clock::time_point last_ping_{};
  std::string status_;
};

}  // namespace nownext::app
