// The report of `nownext fetch`.
#include "app/fetch_command.hpp"

#include "app/feed_file.hpp"
#include "core/log_text.hpp"
#include "net/feed_fetcher.hpp"
#include "net/state_dir.hpp"

#include <ostream>
#include <stdexcept>

namespace nownext::app {
namespace {

std::string http_line(const net::PollReport& report, const net::FeedSource& source) {
  if (!source.is_url()) return "(local file)";
  if (report.http_code == 0) return "no answer";
  return std::to_string(report.http_code) + (report.not_modified ? " not modified" : "");
}

std::string feed_line(const net::PollReport& report, const net::FeedSnapshot& snapshot) {
  const auto sessions = [&snapshot] {
    return std::to_string(snapshot.agenda->sessions().size()) + " sessions";
  };
  if (report.agenda_replaced) return "valid " + snapshot.agenda->format() + ", " + sessions();
  if (report.not_modified) return "unchanged: the saved agenda stays (" + sessions() + ")";
  if (report.error == net::ErrorKind::invalid_feed) return "invalid";
  return "not received";
}

std::string cache_line(const net::PollReport& report, const std::filesystem::path& path) {
  if (path.empty()) return "off (no state directory)";
  if (!report.cache_problem.empty())
    return path.string() + " (not saved: " + report.cache_problem + ")";
  return path.string() + (report.cache_written ? " (saved)" : " (unchanged)");
}

net::FetchConfig make_config(const FetchOptions& options) {
  const net::Environment env = net::process_environment();
  net::FetchConfig config;
  config.source = options.source;
  config.state_dir = options.state_dir.empty() ? net::default_state_dir(env) : options.state_dir;
  config.http.ca_bundle = options.ca_bundle;
  config.format = feed_format_named(options.format);
  config.http.bearer_token = env("NOWNEXT_FEED_TOKEN").value_or("");
  return config;
}

}  // namespace

int run_fetch(const FetchOptions& options, std::ostream& out, std::ostream& log) {
  net::StreamLog log_sink(log);
  std::optional<net::FeedFetcher> fetcher;
  try {
    fetcher.emplace(make_config(options), log_sink);
  } catch (const std::exception& e) {
    out << "cannot fetch: " << e.what() << "\n";
    return fetch_unusable;
  }
  const net::PollReport report = fetcher->poll_once();
  const net::FeedSnapshot snapshot = fetcher->snapshot();
  out << "source  " << fetcher->source().for_log << "\n";
  out << "http    " << http_line(report, fetcher->source()) << "\n";
  out << "bytes   " << report.bytes << "\n";
  out << "feed    " << feed_line(report, snapshot) << "\n";
  // What the feed or the server said reaches the terminal escaped, one line each.
  for (const auto& warning : report.feed_warnings)
    out << "  warning: " << core::log_text(warning.to_string()) << "\n";
  for (const auto& error : report.feed_errors)
    out << "  error: " << core::log_text(error.to_string()) << "\n";
  if (report.error != net::ErrorKind::none && report.error != net::ErrorKind::invalid_feed) {
    out << "error   " << net::to_string(report.error) << ": " << core::log_text(report.error_detail)
        << "\n";
  }
  out << "cache   " << cache_line(report, fetcher->cache_path()) << "\n";
  const bool good = report.error == net::ErrorKind::none && snapshot.agenda != nullptr;
  out << "result  " << (good ? "good" : "failed") << "\n";
  return good ? fetch_good : fetch_failed;
}

}  // namespace nownext::app
