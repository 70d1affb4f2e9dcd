// Polling the alerts source, and the log lines that say what is in force.
#include "net/alert_fetcher.hpp"

#include "core/log_text.hpp"

namespace nownext::net {
namespace {

// "evac-1 (Extreme, Immediate: Leave the building now)"
std::string describe(const import::CapAlert& alert) {
  std::string text = alert.identifier;
  if (!alert.infos.empty()) {
    const import::CapInfo& info = alert.infos.front();
    text += " (" + info.severity + ", " + info.urgency + ": " +
            (info.headline.empty() ? info.event : info.headline) + ")";
  }
  if (alert.status != "Actual") text += " [" + alert.status + "]";
  return text;
}

bool same_alerts(const std::vector<import::CapAlert>& a, const std::vector<import::CapAlert>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].key() != b[i].key() || a[i].sent != b[i].sent) return false;
  }
  return true;
}

}  // namespace

AlertConfig alert_config_defaults() {
  AlertConfig config;
  config.schedule.interval = std::chrono::seconds{10};
  config.schedule.backoff_cap = std::chrono::seconds{60};  // an alert source must come back soon
  config.http.connect_timeout = std::chrono::seconds{3};
  config.http.total_timeout = std::chrono::seconds{8};
  config.http.max_bytes = 1024 * 1024;
  return config;
}

AlertFetcher::AlertFetcher(AlertConfig config, LogSink& log, WallClock clock, UniformRandom random)
    : config_(std::move(config)),
      source_(parse_source(config_.source)),
      log_(log),
      clock_(std::move(clock)),
      schedule_(config_.schedule, std::move(random)),
      client_(config_.http),
      alerts_(std::make_shared<const std::vector<import::CapAlert>>()) {}

AlertFetcher::~AlertFetcher() {
  stop();
}

void AlertFetcher::say(const std::string& text) const {
  log_.line(core::log_text(text));
}

std::chrono::milliseconds AlertFetcher::poll_once() {
  const auto now = clock_();
  SourceGet got = get_source(source_, client_, body_held_.empty() ? Validators{} : validators_,
                             config_.http.max_bytes, &worker_.stopping(), "alerts",
                             [this](const std::string& line) { say(line); });
  if (got.validators_refused) validators_ = {};
  if (got.error == ErrorKind::cancelled) return std::chrono::milliseconds{0};
  if (got.error == ErrorKind::none && !got.not_modified && got.body != body_held_) {
    if (!accept(got)) got.error = ErrorKind::invalid_feed;
  }
  FetchStatus status;
  std::size_t kept = 0;
  {
    const std::lock_guard lock(state_mutex_);
    status_.last_attempt = now;
    status_.http_code = got.http_code;
    status_.error = got.error;
    status_.error_detail = got.error_detail;
    if (got.error == ErrorKind::none) status_.last_success = now;
    status = status_;
    kept = alerts_->size();
  }
  log_failure(status, kept);
  // Backoff spares a server; a file costs nothing to read, and an alert written to it must show
  // within the interval even after it was missing for a while.
  return got.error == ErrorKind::none || !source_.is_url()
             ? schedule_.after_success()
             : schedule_.after_failure(got.retry_after);
}

bool AlertFetcher::accept(SourceGet& got) {
  const import::CapRead read = import::read_cap(got.body);
  if (!read.ok()) {
    got.error_detail = read.errors.front().to_string();
    return false;
  }
  const std::string prefix = "alerts " + source_.for_log + ": ";
  for (const core::Diagnostic& warning : read.warnings)
    say(prefix + "warning: " + warning.to_string());
  core::Diagnostics notes;
  auto current = std::make_shared<const std::vector<import::CapAlert>>(
      import::current_alerts(read.alerts, config_.filter, notes));
  for (const core::Diagnostic& note : notes) say(prefix + note.to_string());
  body_held_ = std::move(got.body);
  validators_ = got.validators;
  std::shared_ptr<const std::vector<import::CapAlert>> previous;
  {
    const std::lock_guard lock(state_mutex_);
    if (same_alerts(*alerts_, *current)) return true;
    previous = std::exchange(alerts_, current);
  }
  if (current->empty()) {
    say(prefix + "no alert in force" + (previous->empty() ? "" : " (all clear)"));
  } else {
    std::string line = prefix + std::to_string(current->size()) + " in force:";
    for (const import::CapAlert& alert : *current) line += " " + describe(alert) + ";";
    line.pop_back();
    say(line);
  }
  return true;
}

void AlertFetcher::log_failure(const FetchStatus& status, std::size_t kept) {
  const std::string prefix = "alerts " + source_.for_log + ": ";
  const std::string failure =
      status.failing()
          ? (status.error == ErrorKind::invalid_feed ? std::string{"not a CAP document"}
                                                     : std::string{to_string(status.error)}) +
                (status.error_detail.empty() ? "" : ": " + status.error_detail)
          : "";
  if (failure == failure_logged_) return;
  if (!failure.empty()) {
    say(prefix + "failing (" + failure + "); " +
        (kept == 0 ? "no alert in force"
                   : "keeping the " + std::to_string(kept) + " alert" + (kept == 1 ? "" : "s") +
                         " in force until they expire or are cancelled"));
  } else if (!failure_logged_.empty()) {
    say(prefix + "ok again");
  }
  failure_logged_ = failure;
}

AlertSnapshot AlertFetcher::snapshot() const {
  const std::lock_guard lock(state_mutex_);
  return {alerts_, status_};
}

void AlertFetcher::start(std::function<void()> wake) {
  worker_.start([this, wake = std::move(wake)] {
    const auto before = snapshot().alerts;
    const std::chrono::milliseconds delay = poll_once();
    if (wake && snapshot().alerts != before) wake();
    return delay;
  });
}

void AlertFetcher::stop() {
  worker_.stop();
}

}  // namespace nownext::net
