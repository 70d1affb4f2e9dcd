// systemd notifications through libsystemd.
#include "app/service_notify.hpp"

#include <systemd/sd-daemon.h>

#include <cstdint>
#include <cstdlib>

namespace nownext::app {

ServiceNotifier::ServiceNotifier() {
  const char* socket = std::getenv("NOTIFY_SOCKET");
  active_ = socket != nullptr && *socket != '\0';
  std::uint64_t usec = 0;
  if (active_ && sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
    watchdog_ = std::chrono::microseconds{static_cast<std::int64_t>(usec)};
  }
}

void ServiceNotifier::send(const std::string& message) {
  if (active_) (void)sd_notify(0, message.c_str());
}

void ServiceNotifier::frame_shown(const std::string& status) {
  std::string message;
  if (!ready_) {
    ready_ = true;
    message += "READY=1\n";
  }
  const auto now = std::chrono::steady_clock::now();
  if (watchdog_ && now - last_ping_ >= *watchdog_ / 4) {
    last_ping_ = now;
    message += "WATCHDOG=1\n";
  }
  if (status != status_) {
    status_ = status;
    message += "STATUS=" + status + "\n";
  }
  if (!message.empty()) send(message);
}

void ServiceNotifier::stopping() {
  send("STOPPING=1\nSTATUS=stopping");
}

}  // namespace nownext::app
