// Feeds from files and URLs: bounded read or one fetch, then the reader of their format.
#include "app/feed_file.hpp"

#include "app/file_io.hpp"
#include "core/log_text.hpp"
#include "net/feed_fetcher.hpp"

#include <ostream>
#include <sstream>
#include <stdexcept>

namespace nownext::app {
namespace {

bool is_url(const std::string& source) {
  return source.starts_with("http://") || source.starts_with("https://");
}

LoadedFeed fetch_once(const std::string& source, import::FeedFormat format) {
  std::ostringstream log_text;
  net::StreamLog log{log_text};
  net::FetchConfig config;
  config.source = source;
  config.format = format;
  LoadedFeed loaded;
  try {
    net::FeedFetcher fetcher{config, log};
    net::PollReport report = fetcher.poll_once();
    if (report.error != net::ErrorKind::none && report.error != net::ErrorKind::invalid_feed) {
      loaded.read_error = source + ": " + std::string{net::to_string(report.error)} + ": " +
                          (report.error_detail.empty() ? log_text.str() : report.error_detail);
      return loaded;
    }
    core::FeedResult result;
    result.errors = std::move(report.feed_errors);
    result.warnings = std::move(report.feed_warnings);
    if (const auto snapshot = fetcher.snapshot(); snapshot.agenda && result.errors.empty()) {
      result.agenda.emplace(*snapshot.agenda);
    }
    loaded.parsed = std::move(result);
  } catch (const std::exception& e) {
    loaded.read_error = source + ": " + e.what();
  }
  return loaded;
}

}  // namespace

LoadedFeed load_feed_file(const std::filesystem::path& path, import::FeedFormat format) {
  LoadedFeed loaded;
  std::string bytes;
  try {
    // One byte past the limit, so that the parser reports the size in its own words.
    bytes = read_file(path, core::FeedLimits{}.max_bytes + 1);
  } catch (const std::runtime_error& e) {
    loaded.read_error = e.what();
    return loaded;
  }
  loaded.parsed = import::read_feed(bytes, format);
  return loaded;
}

LoadedFeed load_feed(const std::string& source, import::FeedFormat format) {
  return is_url(source) ? fetch_once(source, format) : load_feed_file(source, format);
}

core::Agenda load_agenda(const std::string& source, import::FeedFormat format) {
  LoadedFeed loaded = load_feed(source, format);
  if (!loaded.parsed) throw std::runtime_error(loaded.read_error);
  if (!loaded.parsed->ok()) {
    std::ostringstream errors;
    print_feed_errors(source, *loaded.parsed, errors);
    throw std::runtime_error(errors.str());
  }
  return std::move(*loaded.parsed->agenda);
}

import::FeedFormat feed_format_named(const std::optional<std::string>& name){
    if (!name) return import::FeedFormat::automatic;
const auto format = import::feed_format_from_string(*name);
if (!format) {
  throw std::invalid_argument("format '" + *name + "' is not one of " +
                              import::feed_format_names());
}
return *format;
}  // namespace nownext::app

void print_feed_errors(const std::filesystem::path& path, const core::FeedResult& result,
                       std::ostream& out) {
  out << path.string() << ": invalid\n";
  // What a feed says reaches the operator's terminal escaped (no escape codes, no forged lines).
  for (const auto& error : result.errors) {
    out << "  error: " << core::log_text(error.to_string()) << "\n";
  }
}

}  // namespace nownext::app
