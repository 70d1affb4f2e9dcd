// The feed fetcher: polls a feed (http, https or a file) on a worker thread, keeps the last good
// agenda in memory and on disk, and reports its status. Depends on core; libcurl underneath.
#pragma once

#include "core/agenda.hpp"
#include "core/diagnostic.hpp"
#include "import/read_feed.hpp"
#include "net/feed_cache.hpp"
#include "net/feed_source.hpp"
#include "net/fetch_status.hpp"
#include "net/http_client.hpp"
#include "net/log_sink.hpp"
#include "net/poll_schedule.hpp"
#include "net/polling_thread.hpp"

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace nownext::net {

struct FetchConfig {
  std::string source;                     // http:// or https:// URL, or a file path
  std::filesystem::path state_dir;        // where the last good feed is kept; empty = nowhere
  std::chrono::seconds stale_after{900};  // an agenda not confirmed for longer is stale
  ScheduleConfig schedule;
  HttpOptions http;  // also bounds file sources (max_bytes)
  import::FeedFormat format = import::FeedFormat::automatic;  // of the feed; detected by default
};

// The wall clock, for the status's times and the receive time stored with the cache. Must be
// thread-safe.
using WallClock = std::function<std::chrono::system_clock::time_point()>;
// A clock that never steps, for the agenda's age (and so the stale marker): a wall clock set
// back or forward does not make an agenda look fresh. Must be thread-safe.
using MonotonicClock = std::function<std::chrono::steady_clock::time_point()>;
// Called on the worker thread after every poll, whether anything changed or not. Must be cheap
// and thread-safe and must not call back into the fetcher (e.g. it pushes an SDL event).
using WakeUp = std::function<void()>;

struct FeedSnapshot {
  std::shared_ptr<const core::Agenda> agenda;  // null until a good feed was read or loaded
  FetchStatus status;
};

// What one poll did, in detail: for the fetch command and the tests.
struct PollReport {
  long http_code = 0;         // 0 for files and when nothing came back
  std::size_t bytes = 0;      // of the body received
  bool not_modified = false;  // 304, or the same bytes as the agenda held
  ErrorKind error = ErrorKind::none;
  std::string error_detail;
  std::optional<std::chrono::seconds> retry_after;  // only from a 429 or 503
  core::Diagnostics feed_errors;                    // when a new body did not validate
  core::Diagnostics feed_warnings;
  bool agenda_replaced = false;
  bool cache_written = false;
  std::string cache_problem;  // why the cache could not be written; empty when fine
  std::chrono::milliseconds next_delay{0};
};

class FeedFetcher {
 public:
  // Removes the temporary files a killed write left in the state directory, then loads the
  // cached feed, if any, so that snapshot() has an agenda at once. A cached feed's age is the
  // time since the receive time stored with it; one received in the future (a clock that was
  // ahead) is stale at once. Throws std::invalid_argument when the source is not http(s) or a
  // path.
  FeedFetcher(FetchConfig config, LogSink& log, WallClock clock = std::chrono::system_clock::now,
              UniformRandom random = seeded_random(),
              MonotonicClock monotonic = std::chrono::steady_clock::now);
  ~FeedFetcher();  // stops the worker
  FeedFetcher(const FeedFetcher&) = delete;
  FeedFetcher& operator=(const FeedFetcher&) = delete;

  // One attempt on the calling thread. Not while the worker runs.
  PollReport poll_once();

  // Polls on a worker thread until stop(): at once, then after each report's next_delay.
  void start(WakeUp wake = {});
  // Abandons a transfer in progress and joins the worker. Idempotent.
  void stop();

  // Thread-safe; `stale` is computed for the clock's present.
  [[nodiscard]] FeedSnapshot snapshot() const;
  [[nodiscard]] const FeedSource& source() const { return source_; }
  // The cache file; empty when there is no state directory.
  [[nodiscard]] std::filesystem::path cache_path() const;

 private:
  void load_cache();
  void accept_body(PollReport& report, std::string body, const Validators& validators);
  void store_in_cache(PollReport& report, std::string_view body, const Validators& validators,
                      bool body_changed);
  void record(PollReport& report, std::chrono::system_clock::time_point now);
  void log_transition(const FetchStatus& before, const FetchStatus& after, int failures);
  // Every log line goes through here: text from the feed or the server is escaped and capped.
  void say(const std::string& text) const;
  // Whether the agenda held was last confirmed longer ago than stale_after. Under state_mutex_.
  [[nodiscard]] bool is_stale(std::chrono::steady_clock::time_point now) const;

  FetchConfig config_;
  FeedSource source_;
  LogSink& log_;
  WallClock clock_;
  MonotonicClock monotonic_;
  PollSchedule schedule_;
  HttpClient client_;
  std::optional<FeedCache> cache_;

  // Used by the polling thread only.
  std::string body_held_;  // the bytes of the agenda held
  Validators validators_;  // of body_held_
  std::string cache_problem_logged_;

  mutable std::mutex state_mutex_;  // guards agenda_ and status_
  std::shared_ptr<const core::Agenda> agenda_;
  FetchStatus status_;
  // When the agenda held was last known current, on the monotonic clock; nullopt without one.
  std::optional<std::chrono::steady_clock::time_point> confirmed_;

  PollingThread worker_;  // last: it stops before the members it uses go
};

}  // namespace nownext::net
