// What the rest of the program may know about feed fetching: when it last tried and succeeded,
// what went wrong, and how old the agenda on screen is. Plain data; standard library only.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace nownext::net {

enum class ErrorKind {
  none,
  refused_protocol,  // a redirect to something other than http(s), or https downgraded
  too_many_redirects,
  connect,  // name resolution or TCP connection failed
  timeout,  // connect, total or stalled transfer
  tls,      // certificate rejected or handshake failed
  too_large,
  truncated,  // the body ended before its announced length
  transfer,   // another network error
  http_status,
  unreadable_file,
  invalid_feed,  // the body does not parse or validate
  cancelled,     // the fetcher was stopped during the transfer
};
[[nodiscard]] std::string_view to_string(ErrorKind kind);

struct FetchStatus {
  using TimePoint = std::chrono::system_clock::time_point;

  std::optional<TimePoint> last_attempt;
  std::optional<TimePoint> last_success;  // the feed answered with a good body or 304
  long http_code = 0;                     // of the last attempt; 0 for files and no answer
  ErrorKind error = ErrorKind::none;      // of the last attempt
  std::string error_detail;               // for people; never holds the bearer token
  std::string etag;                       // the validator of the agenda held; may be empty
  std::optional<TimePoint> agenda_since;  // when the agenda held was last known current
  bool agenda_from_cache = false;         // loaded from disk and not yet confirmed by the feed
  bool stale = false;                     // agenda_since older than the configured threshold

  [[nodiscard]] bool failing() const { return error != ErrorKind::none; }
  // How long ago (on the wall clock, for people) the agenda held was known current, never
  // negative; nullopt when there is no agenda. Staleness is measured on a monotonic clock.
  [[nodiscard]] std::optional<std::chrono::seconds> agenda_age(TimePoint now) const;
};

}  // namespace nownext::net
