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

// The agenda of a feed file or an http(s) URL (fetched once, not cached). Throws
// std::runtime_error saying where and why when there is no good agenda.
[[nodiscard]] core::Agenda load_agenda(const std::string& source);

// Prints every error of an invalid feed, one per line, after "PATH: invalid".
void print_feed_errors(const std::filesystem::path& path, const core::FeedResult& result,
                       std::ostream& out);

}  // namespace nownext::app
