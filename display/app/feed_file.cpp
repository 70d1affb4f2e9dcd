// Feed files: bounded read, then the core parser.
#include "app/feed_file.hpp"

#include "app/file_io.hpp"
#include "net/feed_fetcher.hpp"

#include <ostream>
#include <sstream>
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

core::Agenda load_agenda(const std::string& source) {
  if (source.starts_with("http://") || source.starts_with("https://")) {
    std::ostringstream log_text;
    net::StreamLog log{log_text};
    net::FeedFetcher fetcher{net::FetchConfig{source, {}, {}, {}, {}}, log};
    const net::PollReport report = fetcher.poll_once();
    const auto snapshot = fetcher.snapshot();
    if (!snapshot.agenda) {
      throw std::runtime_error(
          source +
          ": no agenda: " + (report.error_detail.empty() ? log_text.str() : report.error_detail));
    }
    return *snapshot.agenda;
  }
  LoadedFeed loaded = load_feed_file(source);
  if (!loaded.parsed) throw std::runtime_error(loaded.read_error);
  if (!loaded.parsed->ok()) {
    std::ostringstream errors;
    print_feed_errors(source, *loaded.parsed, errors);
    throw std::runtime_error(errors.str());
  }
  return std::move(*loaded.parsed->agenda);
}

void print_feed_errors(const std::filesystem::path& path, const core::FeedResult& result,
                       std::ostream& out) {
  out << path.string() << ": invalid\n";
  for (const auto& error : result.errors) out << "  error: " << error.to_string() << "\n";
}

}  // namespace nownext::app
