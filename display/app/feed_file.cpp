// Feed files: bounded read, then the core parser.
#include "app/feed_file.hpp"

#include "app/file_io.hpp"

#include <ostream>
#include <stdexcept>

namespace nownext::app {

LoadedFeed load_feed_file(const std::filesystem::path& path) {
  LoadedFeed loaded;
  std::string bytes;
  try {
    // One byte past the limit, so that the parser reports the size in its own words.
    bytes = read_file(path, core::FeedLimits{}.max_bytes + 1);
  } catch (const std::runtime_error& e) {
    loaded.read_error = e.what();
    return loaded;
  }
  loaded.parsed = core::parse_feed(bytes);
  return loaded;
}

void print_feed_errors(const std::filesystem::path& path, const core::FeedResult& result,
                       std::ostream& out) {
  out << path.string() << ": invalid\n";
  for (const auto& error : result.errors) out << "  error: " << error.to_string() << "\n";
}

}  // namespace nownext::app
