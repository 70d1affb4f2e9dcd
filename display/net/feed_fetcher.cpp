// Polling, accepting a body only when it validates, and the status and log that follow.
#include "net/feed_fetcher.hpp"

#include "core/agenda_diff.hpp"
#include "core/feed_parser.hpp"

#include <cassert>
#include <fstream>
#include <sstream>
#include <utility>

namespace nownext::net {
namespace {

using Clock = std::chrono::system_clock;

core::FeedLimits feed_limits(const FetchConfig& config) {
  core::FeedLimits limits;
  limits.max_bytes = config.http.max_bytes;
  return limits;
}

std::string sessions_text(const core::Agenda& agenda) {
  return std::to_string(agenda.sessions().size()) + " sessions";
}

std::string describe(ErrorKind kind, const std::string& detail) {
  return std::string(to_string(kind)) + (detail.empty() ? "" : ": " + detail);
}

}  // namespace

FeedFetcher::FeedFetcher(FetchConfig config, LogSink& log, WallClock clock, UniformRandom random)
    : config_(std::move(config)),
      source_(parse_source(config_.source)),
      log_(log),
      clock_(std::move(clock)),
      schedule_(config_.schedule, std::move(random)),
      client_(config_.http) {
  if (!config_.state_dir.empty()) cache_.emplace(config_.state_dir);
  load_cache();
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
  if (!loaded.problem.empty()) log_.line("cache: " + loaded.problem);
  if (!loaded.feed) return;
  core::FeedResult result =
      import::read_feed(loaded.feed->body, config_.format, feed_limits(config_));
  if (!result.ok()) {
    log_.line("cache: " + cache_->feed_path().string() + " is not a valid feed; ignored");
    return;
  }
  auto agenda = std::make_shared<const core::Agenda>(std::move(*result.agenda));
  log_.line("cache: showing the agenda saved in " + cache_->feed_path().string() + " (" +
            sessions_text(*agenda) + ")");
  body_held_ = std::move(loaded.feed->body);
  validators_ = loaded.feed->validators;
  const std::lock_guard lock(state_mutex_);
  agenda_ = std::move(agenda);
  status_.etag = validators_.etag;
  status_.agenda_since = loaded.feed->written;
  status_.agenda_from_cache = true;
  status_.stale = is_stale(status_, clock_());
}

PollReport FeedFetcher::poll_once() {
  const Clock::time_point now = clock_();
  PollReport report;
  std::string body;
  Validators validators;
  if (source_.is_url()) {
    fetch_url(report, body, validators);
  } else {
    fetch_file(report, body);
  }
  if (report.error == ErrorKind::none && !report.not_modified) {
    accept_body(report, std::move(body), validators);
  }
  record(report, now);
  return report;
}

void FeedFetcher::fetch_url(PollReport& report, std::string& body, Validators& validators) {
  HttpRequest request{source_.url, source_.kind == FeedSource::Kind::https, {}, {}};
  const bool holding = !body_held_.empty();
  if (holding) {
    request.if_none_match = validators_.etag;
    request.if_modified_since = validators_.last_modified;
  }
  HttpResponse response = client_.get(request, &stopping_);
  report.http_code = response.http_code;
  report.bytes = response.body.size();
  report.error = response.error;
  report.error_detail = std::move(response.error_detail);
  if (report.error != ErrorKind::none) return;
  if (response.http_code == 304 && holding) {
    report.not_modified = true;
  } else if (response.http_code != 200) {
    report.error = ErrorKind::http_status;
    report.error_detail = "HTTP " + std::to_string(response.http_code);
    if (response.http_code == 429 || response.http_code == 503) {
      report.retry_after = response.retry_after;
    }
  } else {
    body = std::move(response.body);
    validators = {std::move(response.etag), std::move(response.last_modified)};
  }
}

void FeedFetcher::fetch_file(PollReport& report, std::string& body) {
  std::error_code error;
  const auto size = std::filesystem::file_size(source_.path, error);
  if (error) {
    report.error = ErrorKind::unreadable_file;
    report.error_detail = error.message();
    return;
  }
  if (size > config_.http.max_bytes) {
    report.error = ErrorKind::too_large;
    report.error_detail = "larger than " + std::to_string(config_.http.max_bytes) + " bytes";
    return;
  }
  std::ifstream in(source_.path, std::ios::binary);
  std::ostringstream bytes;
  if (!(in && bytes << in.rdbuf())) {
    report.error = ErrorKind::unreadable_file;
    report.error_detail = "cannot read";
    return;
  }
  body = bytes.str();
  report.bytes = body.size();
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
    log_.line("feed: agenda loaded from " + source_.for_log + " (" + sessions_text(*agenda) + ")");
  } else {
    // Rooms, people or the event may have changed even when no session did.
    log_.line("feed: agenda updated (" + core::describe(core::diff_agendas(*previous, *agenda)) +
              "; " + sessions_text(*agenda) + ")");
  }
  report.agenda_replaced = true;
  body_held_ = std::move(body);
  validators_ = validators;
  store_in_cache(report, body_held_, validators_, true);
}

void FeedFetcher::store_in_cache(PollReport& report, std::string_view body,
                                 const Validators& validators, bool body_changed) {
  if (!cache_) return;
  const auto problem =
      body_changed ? cache_->store(body, validators) : cache_->store_validators(validators);
  report.cache_written = !problem && body_changed;
  report.cache_problem = problem.value_or("");
  // A full or read-only disk is reported once, not at every poll; the program goes on.
  if (report.cache_problem == cache_problem_logged_) return;
  log_.line(problem ? "cache: not saved: " + *problem
                    : "cache: saving works again in " + cache_->feed_path().string());
  cache_problem_logged_ = report.cache_problem;
}

void FeedFetcher::record(PollReport& report, Clock::time_point now) {
  const bool ok = report.error == ErrorKind::none;
  const int failures = schedule_.consecutive_failures();
  report.next_delay = ok ? schedule_.after_success() : schedule_.after_failure(report.retry_after);
  if (report.error == ErrorKind::cancelled) return;  // stopping: nothing was learned
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
    }
    status_.stale = is_stale(status_, now);
    after = status_;
  }
  log_transition(before, after, failures);
}

void FeedFetcher::log_transition(const FetchStatus& before, const FetchStatus& after,
                                 int failures) {
  const std::string feed = "feed " + source_.for_log + ": ";
  if (after.failing()) {
    if (!before.failing() || before.error != after.error) {
      log_.line(feed + "failing (" + describe(after.error, after.error_detail) + "); " +
                (agenda_ ? "keeping the last good agenda" : "no agenda yet"));
    }
  } else if (before.failing()) {
    log_.line(feed + "ok again after " + std::to_string(failures) + " failed attempts");
  } else if (!before.last_attempt) {
    log_.line(feed + "ok");
  }
  if (after.stale && !before.stale) {
    const auto seconds = config_.stale_after.count();
    log_.line(feed + "the agenda is stale (not confirmed for over " +
              (seconds % 60 == 0 ? std::to_string(seconds / 60) + " min)"
                                 : std::to_string(seconds) + " s)"));
  } else if (before.stale && !after.stale) {
    log_.line(feed + "the agenda is current again");
  }
}

bool FeedFetcher::is_stale(const FetchStatus& status, Clock::time_point now) const {
  const auto age = status.agenda_age(now);
  return age && *age > config_.stale_after;
}

FeedSnapshot FeedFetcher::snapshot() const {
  const std::lock_guard lock(state_mutex_);
  FeedSnapshot snapshot{agenda_, status_};
  snapshot.status.stale = is_stale(status_, clock_());
  return snapshot;
}

void FeedFetcher::start(WakeUp wake) {
  assert(!worker_.joinable());
  stopping_ = false;
  worker_ = std::thread([this, wake = std::move(wake)] { run(wake); });
}

void FeedFetcher::stop() {
  {
    const std::lock_guard lock(wake_mutex_);
    stopping_ = true;
  }
  wake_cv_.notify_all();
  if (worker_.joinable()) worker_.join();
}

void FeedFetcher::run(const WakeUp& wake) {
  while (!stopping_) {
    const PollReport report = poll_once();
    if (wake) wake();
    std::unique_lock lock(wake_mutex_);
    wake_cv_.wait_for(lock, report.next_delay, [this] { return stopping_.load(); });
  }
}

}  // namespace nownext::net
