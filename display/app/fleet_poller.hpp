// The kiosk's fleet file, watched like its feed: a URL polled with conditional GETs (the
// fetcher's timeouts, size cap, interval with jitter and backoff after failures), a file read at
// the same interval. A new text that parses as a fleet is handed to the screen loop, which
// applies this screen's entry without a restart; a URL's is also kept in the state directory.
#pragma once

#include "net/feed_cache.hpp"
#include "net/feed_source.hpp"
#include "net/http_client.hpp"
#include "net/log_sink.hpp"
#include "net/poll_schedule.hpp"
#include "net/polling_thread.hpp"

#include <chrono>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>

namespace nownext::app {

struct FleetPollConfig {
  std::string source;            // http(s) URL or file path, as configured
  std::string held;              // the fleet text in use
  std::filesystem::path saved;   // where a URL's copy is kept; empty = nowhere
  net::HttpOptions http;         // the feed's: timeouts, CA bundle (no bearer token: not its host)
  net::ScheduleConfig schedule;  // the feed's poll interval
};

// What one poll found.
struct FleetPoll {
  bool changed = false;       // a new, valid fleet text was taken
  bool not_modified = false;  // 304, or the same text again
  std::string error;          // why the poll failed (or the new text was refused); empty if fine
  std::chrono::milliseconds next_delay{0};
};

class FleetPoller {
 public:
  // Throws std::invalid_argument when the source is neither http(s) nor a path.
  FleetPoller(FleetPollConfig config, net::LogSink& log,
              net::UniformRandom random = net::seeded_random());
  ~FleetPoller();  // stops the worker
  FleetPoller(const FleetPoller&) = delete;
  FleetPoller& operator=(const FleetPoller&) = delete;

  // One poll on the calling thread; not while the worker runs.
  FleetPoll poll_once();
  // Polls on a worker thread until destroyed, first after one interval; `wake` is called
  // (thread-safe, cheap) when a change was taken.
  void start(std::function<void()> wake);
  // The new fleet text, once, after a poll took it; nullopt otherwise. Thread-safe.
  [[nodiscard]] std::optional<std::string> take_change();

 private:
  void fetch(FleetPoll& poll, std::optional<std::string>& body);
  void accept(FleetPoll& poll, std::string body);

  FleetPollConfig config_;
  net::FeedSource source_;
  net::LogSink& log_;
  net::PollSchedule schedule_;
  net::HttpClient client_;
  net::Validators validators_;  // of the last 200, for the next conditional GET
  std::string said_;            // the last error logged, so that a failure is logged once

  std::mutex mutex_;  // guards change_
  std::optional<std::string> change_;
  net::PollingThread worker_;  // last: it stops before the members it uses go
};

}  // namespace nownext::app
