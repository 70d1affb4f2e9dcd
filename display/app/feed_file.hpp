// Reading and parsing a feed file, shared by the commands that take one.
#pragma once

#include "core/feed_parser.hpp"

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

namespace nownext::app {

struct LoadedFeed {
  std::optional<core::FeedResult> parsed;  // unset when the file could not be read
  std::string read_error;                  // why, naming the file
};

[[nodiscard]] LoadedFeed load_feed_file(const std::filesystem::path& path);

// Prints every error of an invalid feed, one per line, after "PATH: invalid".
void print_feed_errors(const std::filesystem::path& path, const core::FeedResult& result,
                       std::ostream& out);

}  // namespace nownext::app
