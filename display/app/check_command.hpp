// `nownext check FEED`: validate a feed (a file or a URL, in any supported format) and print a
// summary, or where and why it is wrong.
#pragma once

#include "import/read_feed.hpp"

#include <iosfwd>
#include <string>

namespace nownext::app {

// Exit codes of `check`, documented in the README.
enum CheckExit : int { check_valid = 0, check_invalid = 1, check_unreadable = 2 };

// Writes the report to `out` (summary, warnings, errors). Returns one of CheckExit.
int run_check(const std::string& feed, std::ostream& out,
              import::FeedFormat format = import::FeedFormat::automatic);

}  // namespace nownext::app
