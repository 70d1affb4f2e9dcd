// The cost of polling an unchanged feed (a 304) against a loopback server: client CPU per poll
// (budget: under 2 ms) and resident memory over 10,000 polls (budget: flat).
#include "net/feed_fetcher.hpp"
#include "net/test_server.hpp"
#include "support/resident_memory.hpp"
#include "support/test_files.hpp"

#include <benchmark/benchmark.h>

#include <unistd.h>
#include <fstream>
#include <stdexcept>

namespace {

using namespace nownext;

class NullLog final : public net::LogSink {
 public:
  void line(std::string_view) override {}
};

// A server that answers 304 to the ETag it gave with the IDM feed.
void serve_idm_with_etag(testing::TestServer& server) {
  static const std::string feed =
      testing::read_test_file(testing::source_path("feeds/idm2017.json"));
  server.on().Get("/feed.json", [](const httplib::Request& request, httplib::Response& r) {
    if (request.get_header_value("If-None-Match") == "\"idm\"") {
      r.status = 304;
      return;
    }
    r.set_header("ETag", "\"idm\"");
    r.set_content(feed, "application/json");
  });
  server.stop_recording();
  server.start();
}

// A fetcher holding the feed, so that its next polls are conditional.
std::unique_ptr<net::FeedFetcher> primed_fetcher(const testing::TestServer& server, NullLog& log) {
  net::FetchConfig config;
  config.source = server.url("/feed.json");
  auto fetcher = std::make_unique<net::FeedFetcher>(config, log);
  if (!fetcher->poll_once().agenda_replaced) throw std::runtime_error("the bench feed failed");
  return fetcher;
}

double resident_kib() {
  return static_cast<double>(testing::resident_kib());
}

void poll_or_throw(net::FeedFetcher& fetcher) {
  const net::PollReport report = fetcher.poll_once();
  if (!report.not_modified) throw std::runtime_error("expected a 304");
}

void BM_poll_not_modified(benchmark::State& state) {
  static const net::CurlGlobal curl;
  testing::TestServer server;
  serve_idm_with_etag(server);
  NullLog log;
  auto fetcher = primed_fetcher(server, log);
  for (auto _ : state) poll_or_throw(*fetcher);
  fetcher.reset();  // closes the connection before the server stops
}
// CPU time is the calling thread's: the client's cost, not the in-process server's.
BENCHMARK(BM_poll_not_modified)->Name("fetch/poll_304_client_cpu")->Unit(benchmark::kMicrosecond);

void BM_memory_over_polls(benchmark::State& state) {
  static const net::CurlGlobal curl;
  testing::TestServer server;
  serve_idm_with_etag(server);
  NullLog log;
  auto fetcher = primed_fetcher(server, log);
  for (int i = 0; i < 1000; ++i) poll_or_throw(*fetcher);  // warm up allocator and connection
  const double before = resident_kib();
  for (auto _ : state) {
    for (int i = 0; i < 10'000; ++i) poll_or_throw(*fetcher);
  }
  const double after = resident_kib();
  state.counters["rss_before_KiB"] = before;
  state.counters["rss_after_KiB"] = after;
  state.counters["rss_growth_KiB"] = after - before;
  fetcher.reset();
}
BENCHMARK(BM_memory_over_polls)
    ->Name("fetch/rss_over_10000_polls_304")
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

}  // namespace
