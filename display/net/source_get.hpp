// One poll of a source, http(s) or file, as the feed and the alerts fetchers make it: a
// conditional GET with the validators of the body held (asked again without them when the
// server refuses them), HTTP statuses checked, bodies capped; or a bounded read of a file.
#pragma once

#include "net/feed_cache.hpp"
#include "net/feed_source.hpp"
#include "net/fetch_status.hpp"
#include "net/http_client.hpp"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>

namespace nownext::net {

struct SourceGet {
  long http_code = 0;         // 0 for files and when nothing came back
  std::size_t bytes = 0;      // of the body received
  bool not_modified = false;  // a 304 to a request that sent validators
  ErrorKind error = ErrorKind::none;
  std::string error_detail;
  std::optional<std::chrono::seconds> retry_after;  // only from a 429 or 503
  std::string body;       // what came: a 200's body or the file; empty otherwise
  Validators validators;  // of `body`, the usable ones
  // The server refused the validators sent (a 4xx other than 429): the caller forgets them.
  bool validators_refused = false;
};

// `held`: the validators of the body the caller holds; empty when it holds none (a 304 then
// confirms nothing, so none are sent). `say` logs a line; `label` names the source in it
// ("feed", "alerts"). Reads a file at most `max_bytes` long.
[[nodiscard]] SourceGet get_source(const FeedSource& source, HttpClient& client,
                                   const Validators& held, std::size_t max_bytes,
                                   const std::atomic<bool>* cancel, const std::string& label,
                                   const std::function<void(const std::string&)>& say);

}  // namespace nownext::net
