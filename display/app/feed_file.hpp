// Reading a feed, in any supported format, from a file or an http(s) URL: shared by every
// command that takes one.
#pragma once

#include "core/feed_parser.hpp"
#include "import/read_feed.hpp"

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

namespace nownext::app {

struct LoadedFeed {
  std::optional<core::FeedResult> parsed;  // unset when the source could not be read
  std::string read_error;                  // why, naming the file or URL
};

// A file (bounded read) or an http(s) URL (fetched once with the fetcher's logic, not cached),
// read in `format` (detected from the content by default).
[[nodiscard]] LoadedFeed load_feed(const std::string& source,
                                   import::FeedFormat format = import::FeedFormat::automatic);
[[nodiscard]] LoadedFeed load_feed_file(const std::filesystem::path& path,
                                        import::FeedFormat format = import::FeedFormat::automatic);

// The agenda of a feed file or URL. Throws std::runtime_error saying where and why when there
// is no good agenda.
[[nodiscard]] core::Agenda load_agenda(const std::string& source,
                                       import::FeedFormat format = import::FeedFormat::automatic);

// The format a --format option or a configuration's "format" names; automatic when unset.
// Throws std::invalid_argument listing the names when it names none.
[[nodiscard]] import::FeedFormat feed_format_named(const std::optional<std::string>& name);

// Prints every error of an invalid feed, one per line, after "PATH: invalid".
void print_feed_errors(const std::filesystem::path& path, const core::FeedResult& result,
                       std::ostream& out);

}  // namespace nownext::app
