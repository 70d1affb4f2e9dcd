// The alerts source: polls a CAP document or an Atom/RSS feed of CAP alerts (http, https or a
// file) on a worker thread, on its own short interval, with the feed's conditional GET, size cap
// and backoff; keeps the alerts in force. A source that fails or sends something unreadable
// never clears an alert: the last good alerts stay, each until its own expiry, and the failure
// is logged. Depends on core and import; libcurl underneath.
#pragma once

#include "import/cap.hpp"
#include "net/feed_source.hpp"
#include "net/fetch_status.hpp"
#include "net/http_client.hpp"
#include "net/log_sink.hpp"
#include "net/poll_schedule.hpp"
#include "net/polling_thread.hpp"
#include "net/source_get.hpp"

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace nownext::net {

struct AlertConfig {
  std::string source;       // http:// or https:// URL, or a file path
  ScheduleConfig schedule;  // interval 10 s by default (see alert_config_defaults)
  HttpOptions http;
  import::CapFilter filter;
};

// The defaults of the alerts source: polled every 10 s, bodies up to 1 MiB, a short timeout.
[[nodiscard]] AlertConfig alert_config_defaults();

struct AlertSnapshot {
  // The alerts in force at the last good read (Updates and Cancels applied); never null. A new
  // vector, at a new address, each time they change.
  std::shared_ptr<const std::vector<import::CapAlert>> alerts;
  FetchStatus status;
};

class AlertFetcher {
 public:
  using WallClock = std::function<std::chrono::system_clock::time_point()>;
  // Throws std::invalid_argument when the source is not http(s) or a path.
  AlertFetcher(AlertConfig config, LogSink& log, WallClock clock = std::chrono::system_clock::now,
               UniformRandom random = seeded_random());
  ~AlertFetcher();  // stops the worker
  AlertFetcher(const AlertFetcher&) = delete;
  AlertFetcher& operator=(const AlertFetcher&) = delete;

  // One attempt on the calling thread; returns the delay until the next. Not while the worker
  // runs.
  std::chrono::milliseconds poll_once();
  // Polls on a worker thread until stop(), at once and then at the interval (backing off after
  // failures); `wake` is called when the alerts in force change.
  void start(std::function<void()> wake = {});
  void stop();  // idempotent

  [[nodiscard]] AlertSnapshot snapshot() const;  // thread-safe

 private:
  // Reads a new body; false (with the reason in `got`) when it is no CAP document.
  bool accept(SourceGet& got);
  void log_failure(const FetchStatus& status, std::size_t kept);
  void say(const std::string& text) const;

  AlertConfig config_;
  FeedSource source_;
  LogSink& log_;
  WallClock clock_;
  PollSchedule schedule_;
  HttpClient client_;

  // Used by the polling thread only.
  std::string body_held_;
  Validators validators_;
  std::string failure_logged_;

  mutable std::mutex state_mutex_;  // guards alerts_ and status_
  std::shared_ptr<const std::vector<import::CapAlert>> alerts_;
  FetchStatus status_;

  PollingThread worker_;  // last: it stops before the members it uses go
};

}  // namespace nownext::net
