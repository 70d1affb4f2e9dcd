// Names of error kinds and the agenda's age.
#include "net/fetch_status.hpp"

#include <algorithm>

namespace nownext::net {

std::string_view to_string(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::none: return "none";
    case ErrorKind::refused_protocol: return "refused protocol";
    case ErrorKind::too_many_redirects: return "too many redirects";
    case ErrorKind::connect: return "cannot connect";
    case ErrorKind::timeout: return "timeout";
    case ErrorKind::tls: return "TLS";
    case ErrorKind::too_large: return "too large";
    case ErrorKind::truncated: return "truncated";
    case ErrorKind::transfer: return "transfer";
    case ErrorKind::http_status: return "HTTP status";
    case ErrorKind::unreadable_file: return "unreadable file";
    case ErrorKind::invalid_feed: return "invalid feed";
    case ErrorKind::cancelled: return "cancelled";
  }
  return "unknown";
}

std::optional<std::chrono::seconds> FetchStatus::agenda_age(TimePoint now) const {
  if (!agenda_since) return std::nullopt;
  // Never negative: a wall clock set back makes the agenda look new, not from the future.
  return std::max(std::chrono::seconds{0},
                  std::chrono::duration_cast<std::chrono::seconds>(now - *agenda_since));
}

}  // namespace nownext::net
