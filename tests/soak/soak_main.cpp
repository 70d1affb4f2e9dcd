// nownext-soak: the kiosk's screen loop over days of simulated time, with the feed changing
// every few simulated minutes, sampling the process's resident memory. Passes when memory after
// the first simulated day stays within the tolerance of its level at the end of that day.
// Needs a display (e.g. Xvfb); draws with SDL's software renderer.
#include "app/render_stack.hpp"
#include "app/screen_loop.hpp"
#include "app/screen_setup.hpp"
#include "net/feed_cache.hpp"
#include "net/feed_fetcher.hpp"
#include "render/font_config.hpp"
#include "render/fonts.hpp"
#include "render/sdl_library.hpp"
#include "render/text_shaper.hpp"
#include "soak/soak_feed.hpp"
#include "support/resident_memory.hpp"

#include <malloc.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace {

using namespace nownext;
using namespace std::chrono;

struct Options {
  int days = 7;
  int change_minutes = 5;
  int step_seconds = 60;  // simulated time between two frames
  int width = 1280;
  int height = 720;
  std::string layout = "hallway";
  double tolerance_mib = 2.0;
};

Options parse_options(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::invalid_argument(std::string{arg} + " needs a value");
      return argv[++i];
    };
    if (arg == "--days") {
      options.days = std::stoi(value());
    } else if (arg == "--change-minutes") {
      options.change_minutes = std::stoi(value());
    } else if (arg == "--step-seconds") {
      options.step_seconds = std::stoi(value());
    } else if (arg == "--layout") {
      options.layout = value();
    } else if (arg == "--tolerance-mib") {
      options.tolerance_mib = std::stod(value());
    } else if (arg == "--size") {
      const std::string size = value();
      const auto x = size.find('x');
      if (x == std::string::npos) throw std::invalid_argument("--size is WIDTHxHEIGHT");
      options.width = std::stoi(size.substr(0, x));
      options.height = std::stoi(size.substr(x + 1));
    } else {
      throw std::invalid_argument("unknown option " + std::string{arg} +
                                  " (--days, --change-minutes, --step-seconds, --layout, --size, "
                                  "--tolerance-mib)");
    }
  }
  if (options.days < 2 || options.change_minutes < 1 || options.step_seconds < 1 ||
      options.tolerance_mib < 0) {
    throw std::invalid_argument("--days at least 2; minutes, seconds and tolerance positive");
  }
  return options;
}

// Counts the fetcher's lines and keeps none, so the log itself does not grow.
class CountingLog final : public net::LogSink {
 public:
  void line(std::string_view) override { ++lines_; }
  [[nodiscard]] long lines() const { return lines_; }

 private:
  std::atomic<long> lines_{0};
};

// A temporary state folder and feed file, removed at the end.
class Scratch {
 public:
  Scratch() {
    std::string pattern = (std::filesystem::temp_directory_path() / "nownext-soak-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot make a temp dir");
    path_ = pattern;
  }
  ~Scratch() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

int soak(const Options& options) {
  const std::filesystem::path data = app::data_dir(std::nullopt);
  const Scratch scratch;
  const auto feed_path = scratch.path() / "feed.json";
  const sys_days first_day = floor<days>(system_clock::now());
  std::size_t version = 0;
  const auto write_version = [&] {
    if (auto problem =
            net::write_file_atomically(feed_path, testing::soak_feed(version, first_day))) {
      throw std::runtime_error(*problem);
    }
  };
  write_version();

  // The simulated clocks: the screens' present, the fetcher's wall and monotonic clocks.
  std::atomic<sys_seconds> simulated{first_day + hours{7}};
  const auto steady_origin = steady_clock::now();
  net::FetchConfig config;
  config.source = feed_path.string();
  config.state_dir = scratch.path() / "state";
  CountingLog log;
  net::FeedFetcher fetcher(
      config, log, [&] { return system_clock::time_point{simulated.load()}; }, net::seeded_random(),
      [&] { return steady_origin + (simulated.load() - (first_day + hours{7})); });
  if (fetcher.poll_once().error != net::ErrorKind::none) throw std::runtime_error("feed refused");

  // The render stack the kiosk builds (SDL, fonts, shaper, display), in a window.
  app::RenderStack stack{data,
                         {false, options.width, options.height, render::RendererChoice::software}};
  render::Display& display = stack.display();
  app::ScreenState state;
  state.setup = app::load_screen_setup(data, options.layout, "en");
  app::ScreenLoop loop{stack};

  const sys_seconds start = simulated.load();
  const sys_seconds end = start + days{options.days};
  sys_seconds next_change = start + minutes{options.change_minutes};
  sys_seconds next_sample = start;
  long baseline_kib = -1;
  long low_kib = 0;
  long high_kib = 0;
  // heap_used: bytes malloc handed out and not freed (a leak or a growing structure shows here);
  // heap_free: bytes malloc holds free (fragmentation shows here, and in RSS, not above).
  std::cout << "simulated_hour,rss_kib,heap_used_kib,heap_free_kib,text_lines,text_bytes,"
               "feed_versions\n";
  for (; simulated.load() < end; simulated = simulated.load() + seconds{options.step_seconds}) {
    const sys_seconds now = simulated.load();
    if (now >= next_change) {
      ++version;
      write_version();
      if (fetcher.poll_once().error != net::ErrorKind::none) {
        throw std::runtime_error("version " + std::to_string(version) + " was refused");
      }
      next_change += minutes{options.change_minutes};
    }
    const net::FeedSnapshot snapshot = fetcher.snapshot();
    state.agenda = snapshot.agenda;
    state.health.stale = snapshot.status.stale;
    loop.show(state, now);
    if (loop.wait(now, milliseconds{0}) == render::Wake::quit) break;
    if (now >= next_sample) {
      const long rss = testing::resident_kib();
      const auto hour = duration_cast<hours>(now - start).count();
      const auto& text = display.text_stats();
      const struct mallinfo2 heap = ::mallinfo2();
      std::cout << hour << "," << rss << "," << (heap.uordblks + heap.hblkhd) / 1024 << ","
                << heap.fordblks / 1024 << "," << text.entries << "," << text.bytes << ","
                << version << std::endl;
      if (now >= start + days{1}) {
        if (baseline_kib < 0) baseline_kib = low_kib = high_kib = rss;
        low_kib = std::min(low_kib, rss);
        high_kib = std::max(high_kib, rss);
      }
      next_sample += hours{1};
    }
  }
  const auto tolerance_kib = static_cast<long>(options.tolerance_mib * 1024);
  const auto mib = [](long kib) { return static_cast<double>(kib) / 1024; };
  const bool flat = baseline_kib >= 0 && high_kib - baseline_kib <= tolerance_kib &&
                    baseline_kib - low_kib <= tolerance_kib;
  std::cerr << "nownext-soak: " << options.days << " simulated days, " << version
            << " feed versions, " << log.lines()
            << " log lines; RSS after day 1: " << mib(baseline_kib) << " MiB, then between "
            << mib(low_kib) << " and " << mib(high_kib) << " MiB (tolerance +-"
            << options.tolerance_mib << " MiB): " << (flat ? "flat" : "NOT flat") << "\n";
  return flat ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return soak(parse_options(argc, argv));
  } catch (const std::exception& e) {
    std::cerr << "nownext-soak: " << e.what() << "\n";
    return 2;
  }
}
