// `nownext fetch URL [--state-dir DIR] [--ca-bundle FILE]`: one poll of a feed with the fetcher's
// full logic (conditional GET, validation, cache), reported for staff testing a feed URL on a
// kiosk.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

namespace nownext::app {

// Exit codes of `fetch`, documented in the README.
enum FetchExit : int { fetch_good = 0, fetch_failed = 1, fetch_unusable = 2 };

struct FetchOptions {
  std::string source;                 // http(s) URL or file path
  std::filesystem::path state_dir;    // empty = the default state directory
  std::filesystem::path ca_bundle;    // empty = the system's CA certificates
  std::optional<std::string> format;  // a format name; none = detected from the content
};

// Prints the report to `out` and the fetcher's log lines to `log`. The bearer token, when
// NOWNEXT_FEED_TOKEN is set, is sent to the feed's host and printed nowhere.
int run_fetch(const FetchOptions& options, std::ostream& out, std::ostream& log);

}  // namespace nownext::app
