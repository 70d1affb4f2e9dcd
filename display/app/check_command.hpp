// `nownext check FEED`: validate a feed file and print a summary, or where and why it is wrong.
#pragma once

#include <filesystem>
#include <iosfwd>

namespace nownext::app {

// Exit codes of `check`, documented in the README.
enum CheckExit : int { check_valid = 0, check_invalid = 1, check_unreadable = 2 };

// Writes the report to `out` (summary, warnings, errors). Returns one of CheckExit.
int run_check(const std::filesystem::path& feed, std::ostream& out);

}  // namespace nownext::app
