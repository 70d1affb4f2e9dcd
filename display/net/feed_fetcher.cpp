// Polling, accepting a body only when it validates, and the status and log that follow.
#include "net/feed_fetcher.hpp"

#include "core/agenda_diff.hpp"
#include "core/feed_parser.hpp"
#include "core/log_text.hpp"
#include "net/source_get.hpp"

#include <utility>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace nownext::net {
namespace {

using Clock = std::chrono::system_clock;
using Steady = std::chrono::steady_clock;

core::FeedLimits feed_limits(const FetchConfig& config) {
  core::FeedLimits limits;
  limits.max_bytes = config.http.max_bytes;
  return limits;
}

std::string sessions_text(const core::Agenda& agenda) {
  return std::to_string(agenda.sessions().size()) + " sessions";
}

// Hands the memory freed since the last new agenda back to the system. Each new agenda brings
// new text, whose line textures replace others of other sizes in the screens' cache; glibc keeps
// the freed blocks, so resident memory wandered up by 5-9 MiB over days with the memory in use
// flat (nownext-soak, room-door layout). Trimming once per new agenda keeps it within 2 MiB.
void release_free_memory() {
#if defined(__GLIBC__)
  ::malloc_trim(0);
#endif
}

std::string describe(ErrorKind kind, const std::string& detail) {
  return std::string(to_string(kind)) + (detail.empty() ? "" : ": " + detail);
}

}  // namespace

FeedFetcher::FeedFetcher(FetchConfig config, LogSink& log, WallClock clock, UniformRandom random,
                         MonotonicClock monotonic)
    : config_(std::move(config)),
      source_(parse_source(config_.source)),
      log_(log),
      clock_(std::move(clock)),
      monotonic_(std::move(monotonic)),
      schedule_(config_.schedule, std::move(random)),
      client_(config_.http) {
  if (!config_.state_dir.empty()) {
    cache_.emplace(config_.state_dir);
    if (const std::size_t removed = cache_->remove_temporaries()) {
      say("cache: removed " + std::to_string(removed) + " unfinished temporary file" +
          (removed == 1 ? "" : "s") + " beside " + cache_->feed_path().string());
    }
  }
  load_cache();
}

void FeedFetcher::say(const std::string& text) const {
  log_.line(core::log_text(text));
}

FeedFetcher::~FeedFetcher() {
  stop();
}

std::filesystem::path FeedFetcher::cache_path() const {
  return cache_ ? cache_->feed_path() : std::filesystem::path{};
}

void FeedFetcher::load_cache() {
  if (!cache_) return;
  CacheLoad loaded = cache_->load(config_.http.max_bytes);
  if (!loaded.problem.empty()) say("cache: " + loaded.problem + "; starting without it");
  if (!loaded.feed) return;
  core::FeedResult result =
      import::read_feed(loaded.feed->body, config_.format, feed_limits(config_));
  if (!result.ok()) {
    say("cache: " + cache_->feed_path().string() + " is not a valid feed; ignored");
    return;
  }
  auto agenda = std::make_shared<const core::Agenda>(std::move(*result.agenda));
  say("cache: showing the agenda saved in " + cache_->feed_path().string() + " (" +
      sessions_text(*agenda) + ")");
  body_held_ = std::move(loaded.feed->body);
  validators_ = loaded.feed->validators;
  const Clock::time_point wall_now = clock_();
  const Steady::time_point now = monotonic_();
  const Clock::time_point received = loaded.feed->received;
  const std::lock_guard lock(state_mutex_);
  agenda_ = std::move(agenda);
  status_.etag = validators_.etag;
  status_.agenda_since = std::min(received, wall_now);
  status_.agenda_from_cache = true;
  // Received "in the future": the clock was ahead then or is behind now, so the age is unknown
  // and the agenda is treated as older than any threshold until the feed confirms it.
  confirmed_ = received > wall_now
                   ? now - config_.stale_after - std::chrono::seconds{1}
                   : now - std::chrono::duration_cast<Steady::duration>(wall_now - received);
  status_.stale = is_stale(now);
}

PollReport FeedFetcher::poll_once() {
  const Clock::time_point now = clock_();
  PollReport report;
  SourceGet got = get_source(source_, client_, body_held_.empty() ? Validators{} : validators_,
                             config_.http.max_bytes, &worker_.stopping(), "feed",
                             [this](const std::string& line) { say(line); });
  if (got.validators_refused) {
    validators_ = {};
    store_in_cache(report, body_held_, validators_, false);
  }
  report.http_code = got.http_code;
  report.bytes = got.bytes;
  report.not_modified = got.not_modified;
  report.error = got.error;
  report.error_detail = std::move(got.error_detail);
  report.retry_after = got.retry_after;
  if (report.error == ErrorKind::none && !report.not_modified) {
    accept_body(report, std::move(got.body), got.validators);
  }
  record(report, now);
  return report;
}

void FeedFetcher::accept_body(PollReport& report, std::string body, const Validators& validators) {
  if (body == body_held_) {
    report.not_modified = true;
    if (validators != validators_) {
      validators_ = validators;
      store_in_cache(report, body_held_, validators_, false);
    }
    return;
  }
  core::FeedResult result = import::read_feed(body, config_.format, feed_limits(config_));
  report.feed_errors = std::move(result.errors);
  report.feed_warnings = std::move(result.warnings);
  if (!result.ok()) {
    report.error = ErrorKind::invalid_feed;
    report.error_detail = report.feed_errors.front().to_string();
    if (report.feed_errors.size() > 1) {
      report.error_detail += " (and " + std::to_string(report.feed_errors.size() - 1) + " more)";
    }
    return;
  }
  auto agenda = std::make_shared<const core::Agenda>(std::move(*result.agenda));
  std::shared_ptr<const core::Agenda> previous;
  {
    const std::lock_guard lock(state_mutex_);
    previous = std::exchange(agenda_, agenda);
  }
  if (!previous) {
    say("feed: agenda loaded from " + source_.for_log + " (" + sessions_text(*agenda) + ")");
  } else {
    // Rooms, people or the event may have changed even when no session did.
    say("feed: agenda updated (" + core::describe(core::diff_agendas(*previous, *agenda)) + "; " +
        sessions_text(*agenda) + ")");
  }
  report.agenda_replaced = true;
  previous.reset();
  release_free_memory();
  body_held_ = std::move(body);
  validators_ = validators;
  store_in_cache(report, body_held_, validators_, true);
}

void FeedFetcher::store_in_cache(PollReport& report, std::string_view body,
                                 const Validators& validators, bool body_changed) {
  if (!cache_) return;
  const Clock::time_point received = clock_();
  const auto problem = body_changed ? cache_->store(body, validators, received)
                                    : cache_->store_validators(validators, received);
  report.cache_written = !problem && body_changed;
  report.cache_problem = problem.value_or("");
  // A full or read-only disk is reported once, not at every poll; the program goes on.
  if (report.cache_problem == cache_problem_logged_) return;
  say(problem ? "cache: not saved: " + *problem
              : "cache: saving works again in " + cache_->feed_path().string());
  cache_problem_logged_ = report.cache_problem;
}

void FeedFetcher::record(PollReport& report, Clock::time_point now) {
  const bool ok = report.error == ErrorKind::none;
  const int failures = schedule_.consecutive_failures();
  report.next_delay = ok ? schedule_.after_success() : schedule_.after_failure(report.retry_after);
  if (report.error == ErrorKind::cancelled) return;  // stopping: nothing was learned
  const Steady::time_point steady_now = monotonic_();
  FetchStatus before;
  FetchStatus after;
  {
    const std::lock_guard lock(state_mutex_);
    before = status_;
    status_.last_attempt = now;
    status_.http_code = report.http_code;
    status_.error = report.error;
    status_.error_detail = report.error_detail;
    if (ok) {
      status_.last_success = now;
      status_.agenda_since = now;
      status_.agenda_from_cache = false;
      status_.etag = validators_.etag;
      confirmed_ = steady_now;
    }
    status_.stale = is_stale(steady_now);
    after = status_;
  }
  log_transition(before, after, failures);
}

void FeedFetcher::log_transition(const FetchStatus& before, const FetchStatus& after,
                                 int failures) {
  const std::string feed = "feed " + source_.for_log + ": ";
  if (after.failing()) {
    if (!before.failing() || before.error != after.error) {
      say(feed + "failing (" + describe(after.error, after.error_detail) + "); " +
          (agenda_ ? "keeping the last good agenda" : "no agenda yet"));
    }
  } else if (before.failing()) {
    say(feed + "ok again after " + std::to_string(failures) + " failed attempts");
  } else if (!before.last_attempt) {
    say(feed + "ok");
  }
  if (after.stale && !before.stale) {
    const auto seconds = config_.stale_after.count();
    say(feed + "the agenda is stale (not confirmed for over " +
        (seconds % 60 == 0 ? std::to_string(seconds / 60) + " min)"
                           : std::to_string(seconds) + " s)"));
  } else if (before.stale && !after.stale) {
    say(feed + "the agenda is current again");
  }
}

bool FeedFetcher::is_stale(Steady::time_point now) const {
  return confirmed_ && now - *confirmed_ > config_.stale_after;
}

FeedSnapshot FeedFetcher::snapshot() const {
  const std::lock_guard lock(state_mutex_);
  FeedSnapshot snapshot{agenda_, status_};
  snapshot.status.stale = is_stale(monotonic_());
  return snapshot;
}

void FeedFetcher::start(WakeUp wake) {
  worker_.start([this, wake = std::move(wake)] {
    const PollReport report = poll_once();
    if (wake) wake();
    return report.next_delay;
  });
}

void FeedFetcher::stop() {
  worker_.stop();
}

}  // namespace nownext::net
