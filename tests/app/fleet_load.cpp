// Many kiosks in one process, for the fleet-scale load test (tests/tools/fleet_load.py): N of the
// project's fetchers poll one feed URL at an interval, and the moment each has each new agenda is
// recorded. Prints one line per change: when the first and the last fetcher had it (Unix seconds).
// Usage: nownext_fleet_load URL KIOSKS INTERVAL_MS SECONDS STATE_DIR
#include "net/feed_fetcher.hpp"
#include "net/http_client.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace {

class QuietLog final : public nownext::net::LogSink {
 public:
  void line(std::string_view /*text*/) override {}
};

double unix_now() {
  return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 6) {
    std::fprintf(stderr, "usage: nownext_fleet_load URL KIOSKS INTERVAL_MS SECONDS STATE_DIR\n");
    return 2;
  }
  const std::string url = argv[1];
  const int kiosks = std::atoi(argv[2]);
  const std::chrono::milliseconds interval{std::atol(argv[3])};
  const std::chrono::seconds duration{std::atol(argv[4])};
  const std::filesystem::path state = argv[5];
  const nownext::net::CurlGlobal curl;
  QuietLog log;

  std::vector<std::unique_ptr<nownext::net::FeedFetcher>> fetchers;
  for (int i = 0; i < kiosks; ++i) {
    nownext::net::FetchConfig config;
    config.source = url;
    config.state_dir = state / std::to_string(i);
    config.schedule.interval = interval;
    fetchers.push_back(std::make_unique<nownext::net::FeedFetcher>(config, log));
  }
  for (auto& fetcher : fetchers) fetcher->start();

  // The agenda each kiosk holds, and how many different ones it has had.
  std::vector<std::shared_ptr<const nownext::core::Agenda>> held(fetchers.size());
  std::vector<int> versions(fetchers.size(), 0);
  std::map<int, std::pair<double, double>> reached;  // version: first, last time all had it
  std::map<int, int> holders;
  const auto end = std::chrono::steady_clock::now() + duration;
  while (std::chrono::steady_clock::now() < end) {
    for (std::size_t i = 0; i < fetchers.size(); ++i) {
      const auto agenda = fetchers[i]->snapshot().agenda;
      if (!agenda || agenda == held[i]) continue;
      held[i] = agenda;
      const int version = ++versions[i];
      const double now = unix_now();
      if (holders[version]++ == 0) reached[version].first = now;
      if (holders[version] == kiosks) reached[version].second = now;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds{50});
  }
  for (auto& fetcher : fetchers) fetcher->stop();
  for (const auto& [version, times] : reached) {
    std::printf("version %d: %d of %d kiosks, first %.3f, all %.3f\n", version, holders[version],
                kiosks, times.first, holders[version] == kiosks ? times.second : 0.0);
  }
  return 0;
}
