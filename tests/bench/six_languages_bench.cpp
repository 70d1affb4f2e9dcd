// The six UN languages on screen, software renderer at 1920x1080: resident memory once the door
// and the hallway of every language have been drawn, fonts and text cache kept as the kiosk
// keeps them, the Chinese face loaded (budget 60 MB); and a whole-screen switch between two
// languages drawn from cached text (16 ms).
#include "bench_renderer.hpp"
#include "core/feed_parser.hpp"
#include "core/screen.hpp"
#include "render/canvas.hpp"
#include "render/font_config.hpp"
#include "render/fonts.hpp"
#include "render/sdl_library.hpp"
#include "render/text_shaper.hpp"
#include "support/test_files.hpp"

#include <benchmark/benchmark.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace {

using namespace nownext;

constexpr const char* languages[] = {"ar", "zh", "en", "fr", "ru", "es"};

template <typename Result>
auto loaded(Result result, const std::string& what) {
  if (!result.errors.empty()) throw std::runtime_error(what + " does not load");
  return result;
}

// The complete example feed (every text in six languages) at 11:20 on its first day, as one
// layout in one language shows it, fitted with `measurer`.
core::Frame screen(const std::string& layout_name, const std::string& language,
                   core::TextMeasurer& measurer) {
  auto feed = core::parse_feed(
      testing::read_test_file(testing::source_path("feeds/examples/complete.json")));
  if (!feed.ok()) throw std::runtime_error("the complete example does not load");
  const core::Agenda agenda = std::move(*feed.agenda);
  const core::Schedule schedule{agenda};
  const core::Layout layout =
      *loaded(core::parse_layout(testing::read_test_file(
                  testing::source_path("layouts/" + layout_name + ".json"))),
              layout_name)
           .layout;
  const core::Theme theme = *loaded(core::parse_theme(testing::read_test_file(
                                        testing::source_path("layouts/themes/default.json"))),
                                    "theme")
                                 .theme;
  const core::UiStrings strings =
      *loaded(core::parse_ui_strings(testing::read_test_file(
                  testing::source_path("layouts/strings/" + language + ".json"))),
              language)
           .strings;
  core::ScreenContext context{schedule, layout, theme, strings, {language}, 1920, 1080, {}, "", {}};
  context.measurer = &measurer;
  const auto at = core::parse_instant_or_local("2026-07-14T11:20", agenda.time_zone());
  return core::build_screen(context, 0, *at, {});
}

// Run alone (--benchmark_filter=six_languages) for a figure not inflated by other benchmarks.
void BM_memory_six_languages(benchmark::State& state) {
  testing::BenchRenderer r;
  state.counters["rss_mb_before"] = testing::resident_mb();
  bool cjk = false;  // the Chinese face was open after some language's screens
  for (auto _ : state) {
    for (const char* language : languages) {
      r.canvas.draw(screen("room-door-landscape", language, r.shaper));
      r.canvas.draw(screen("hallway", language, r.shaper));
      // Cumulative: what each language adds to those drawn before it.
      state.counters[std::string{"rss_mb_after_"} + language] = testing::resident_mb();
      for (const auto& face : r.fonts.open_faces())
        cjk = cjk || face.family.find("CJK") != std::string::npos;
    }
  }
  state.counters["rss_mb"] = testing::resident_mb();
  state.counters["cjk_loaded"] = cjk ? 1 : 0;
  state.counters["fonts_open"] = static_cast<double>(r.fonts.open_count());
}
BENCHMARK(BM_memory_six_languages)
    ->Name("render/memory_six_languages")
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

// The door in French, then in Arabic, and back: each draw a whole screen in the other language,
// its text already shaped and cached.
void BM_switch_language_cached(benchmark::State& state) {
  testing::BenchRenderer r;
  const std::vector<core::Frame> frames{screen("room-door-landscape", "fr", r.shaper),
                                        screen("room-door-landscape", "ar", r.shaper)};
  for (const core::Frame& frame : frames) r.canvas.draw(frame);
  std::size_t next = 0;
  for (auto _ : state) {
    r.canvas.draw(frames[next]);
    next = 1 - next;
  }
}
BENCHMARK(BM_switch_language_cached)
    ->Name("render/switch_language_1920x1080_cached")
    ->Unit(benchmark::kMillisecond);

}  // namespace
