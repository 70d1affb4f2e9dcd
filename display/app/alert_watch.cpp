// Following the alerts source from the screen loop.
#include "app/alert_watch.hpp"

#include "app/kiosk_settings.hpp"
#include "net/feed_source.hpp"

#include <stdexcept>

namespace nownext::app {

net::AlertConfig alert_config(const core::KioskConfig& config, const std::string& screen_id) {
  net::AlertConfig alerts = net::alert_config_defaults();
  alerts.source = config.alerts.value_or("");
  alerts.schedule.interval = config.alerts_poll_interval;
  if (config.ca_bundle) alerts.http.ca_bundle = *config.ca_bundle;
  alerts.filter.statuses = config.alerts_statuses;
  alerts.filter.screen = screen_id;
  return alerts;
}

namespace {
bool same(const net::AlertConfig& a, const net::AlertConfig& b) {
  return a.source == b.source && a.schedule.interval == b.schedule.interval &&
         a.http.ca_bundle == b.http.ca_bundle && a.filter.statuses == b.filter.statuses &&
         a.filter.screen == b.filter.screen;
}
}  // namespace

void AlertWatch::configure(const core::KioskConfig& config, const std::string& screen_id,
                           const std::function<void()>& wake) {
  const net::AlertConfig wanted = alert_config(config, screen_id);
  if (configured_ && same(*configured_, wanted)) return;
  const bool had = fetcher_ != nullptr;
  stop();
  configured_ = wanted;
  if (wanted.source.empty()) {
    if (had) log_.line("alerts: no source any more");
    return;
  }
  try {
    fetcher_ = std::make_unique<net::AlertFetcher>(wanted, log_);
    fetcher_->start(wake);
    log_.line("alerts: polling " + net::parse_source(wanted.source).for_log + " every " +
              std::to_string(wanted.schedule.interval.count() / 1000) + " s");
  } catch (const std::exception& e) {
    log_.line(std::string{"alerts: not polled: "} + e.what());
  }
}

void AlertWatch::refresh(ScreenState& state) {
  const auto alerts = fetcher_ ? fetcher_->snapshot().alerts : nullptr;
  if (alerts == shown_ && state.agenda.get() == shown_for_) return;
  shown_ = alerts;
  shown_for_ = state.agenda.get();
  state.alerts.clear();
  if (!alerts) return;
  for (const import::CapAlert& alert : *alerts) {
    state.alerts.push_back(import::to_announcement(alert, state.agenda.get()));
  }
}

void AlertWatch::stop() {
  if (fetcher_) fetcher_->stop();
  fetcher_.reset();
  shown_.reset();
}

}  // namespace nownext::app
