// The kiosk's alerts source: its fetcher, made (again) when the configuration names a source or
// changes it, and its alerts as announcements for the agenda on screen.
#pragma once

#include "app/screen_loop.hpp"
#include "core/kiosk_config.hpp"
#include "net/alert_fetcher.hpp"
#include "net/log_sink.hpp"

#include <memory>
#include <string>
#include <vector>

namespace nownext::app {

// What the fetcher is made from, from the configuration.
[[nodiscard]] net::AlertConfig alert_config(const core::KioskConfig& config,
                                            const std::string& screen_id);

class AlertWatch {
 public:
  explicit AlertWatch(net::LogSink& log) : log_(log) {}
  ~AlertWatch() { stop(); }
  AlertWatch(const AlertWatch&) = delete;
  AlertWatch& operator=(const AlertWatch&) = delete;

  // Starts, restarts or stops the fetcher when the configuration's alerts members change. A
  // source that cannot be used is logged, and none is polled. `wake` is called when the
  // alerts in force change.
  void configure(const core::KioskConfig& config, const std::string& screen_id,
                 const std::function<void()>& wake);
  // Sets state.alerts: the alerts in force, for state.agenda's rooms, when either changed.
  void refresh(ScreenState& state);
  void stop();

 private:
  net::LogSink& log_;
  std::optional<net::AlertConfig> configured_;
  std::unique_ptr<net::AlertFetcher> fetcher_;
  std::shared_ptr<const std::vector<import::CapAlert>> shown_;
  const core::Agenda* shown_for_ = nullptr;
};

}  // namespace nownext::app
