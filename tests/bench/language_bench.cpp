// A whole-screen language switch of an alternating bilingual screen at 1920x1080, software
// renderer, from cached text: the other language's frame built (French and a mirrored Arabic, in
// turn) with the first frame of the cross-fade painted; and one frame of the cross-fade.
// Budget: under 16 ms (60 frames/s).
#include "bench_screen.hpp"
#include "core/screen.hpp"
#include "render/canvas.hpp"
#include "render/font_config.hpp"
#include "render/fonts.hpp"
#include "render/sdl_library.hpp"
#include "render/text_shaper.hpp"
#include "support/test_files.hpp"

#include <benchmark/benchmark.h>

#include <array>
#include <stdexcept>

namespace {

using namespace nownext;

core::UiStrings words(const std::string& language) {
  return *testing::must(core::parse_ui_strings(testing::read_test_file(
                            testing::source_path("layouts/strings/" + language + ".json"))),
                        language)
              .strings;
}

core::Agenda complete_agenda() {
  auto feed = core::parse_feed(
      testing::read_test_file(testing::source_path("feeds/examples/complete.json")));
  if (!feed.ok()) throw std::runtime_error("complete.json does not load");
  return std::move(*feed.agenda);
}

// A door of the six-language example in French and in Arabic, both shown once (cached).
struct Switch {
  render::SdlLibrary sdl;
  render::Fonts fonts{
      render::resolve_fonts(render::load_font_config(testing::source_path("fonts/roles.txt")))};
  render::TextShaper shaper{fonts};
  core::Agenda agenda = complete_agenda();
  core::Schedule schedule{agenda};
  testing::BenchScreen screen{"room-door-landscape", 1920, 1080};
  std::array<core::UiStrings, 2> strings{words("fr"), words("ar")};
  core::Instant at = *core::parse_instant("2026-07-14T11:20:00+02:00");
  render::SoftwareCanvas canvas{1920, 1080, shaper, testing::source_path("assets")};
  std::array<core::Frame, 2> frames{build(0), build(1)};

  Switch() {
    canvas.draw(frames[0]);
    canvas.draw(frames[1]);
    canvas.draw(core::fade_between(frames[0], frames[1], 0.5));
  }
  [[nodiscard]] core::Frame build(std::size_t language) {
    const core::ScreenContext context{schedule,
                                      screen.layout,
                                      screen.theme,
                                      strings[language],
                                      {strings[language].language(), "fr", "en"},
                                      1920,
                                      1080,
                                      {},
                                      "",
                                      {},
                                      {},
                                      "",
                                      &shaper};
    return core::build_screen(context, 0, at, {});
  }
};

void BM_language_switch(benchmark::State& state) {
  Switch bench;
  std::size_t shown = 0;
  for (auto _ : state) {
    const std::size_t next = 1 - shown;
    bench.frames[next] = bench.build(next);
    bench.canvas.draw(core::fade_between(bench.frames[shown], bench.frames[next], 1.0 / 48));
    shown = next;
  }
  state.counters["switches_per_second"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_language_switch)
    ->Name("display/language_switch_1920x1080")
    ->Unit(benchmark::kMillisecond);

void BM_language_fade_frame(benchmark::State& state) {
  Switch bench;
  constexpr int steps = 48;  // an 800 ms cross-fade at 60 frames a second
  int step = 0;
  for (auto _ : state) {
    bench.canvas.draw(core::fade_between(bench.frames[0], bench.frames[1], double(step) / steps));
    step = (step + 1) % (steps + 1);
  }
  state.counters["frames_per_second"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_language_fade_frame)
    ->Name("display/language_fade_frame_1920x1080")
    ->Unit(benchmark::kMillisecond);

}  // namespace
