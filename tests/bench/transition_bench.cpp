// Page transitions with the software renderer: one frame of a slide between two IDM 2017
// screens, painted and flushed, at 1920x1080 and 3840x2160; whole, or as the display draws it,
// only where it differs from the frame before (core::changed_area). Budget: at least 50 frames a
// second (under 20 ms) at 1920x1080, 60 (under 16 ms) at 3840x2160.
#include "bench_screen.hpp"
#include "core/frame_diff.hpp"
#include "core/screen.hpp"
#include "render/canvas.hpp"
#include "render/font_config.hpp"
#include "render/fonts.hpp"
#include "render/sdl_library.hpp"
#include "render/text_shaper.hpp"
#include "support/test_files.hpp"

#include <benchmark/benchmark.h>

namespace {

// Arguments: width, height, and 1 to draw only what changed since the frame before.
void BM_slide_frame(benchmark::State& state) {
  const int width = static_cast<int>(state.range(0));
  const int height = static_cast<int>(state.range(1));
  const bool changes_only = state.range(2) != 0;
  const nownext::render::SdlLibrary sdl;
  nownext::render::Fonts fonts{nownext::render::resolve_fonts(
      nownext::render::load_font_config(nownext::testing::source_path("fonts/roles.txt")))};
  nownext::render::TextShaper shaper{fonts};
  const nownext::testing::BenchScreen screen{"room-door-landscape", width, height};
  const nownext::core::ScreenContext& context = screen.context;
  const auto at = *nownext::core::parse_instant("2017-07-18T11:40:00+02:00");
  const auto from = nownext::core::build_screen(context, 0, at, {0, 0});
  const auto to = nownext::core::build_screen(context, 0, at, {1, 0});
  nownext::render::SoftwareCanvas canvas{width, height, shaper,
                                         nownext::testing::source_path("assets")};
  constexpr int steps = 36;  // a 600 ms slide at 60 frames a second
  int step = 0;
  nownext::core::Frame shown = from;
  canvas.draw(shown);
  for (auto _ : state) {
    nownext::core::Frame frame = nownext::core::slide_between(from, to, double(step) / steps);
    const auto changed = changes_only ? nownext::core::changed_area(shown, frame) : std::nullopt;
    if (changed) {
      canvas.draw(frame, *changed);
    } else {
      canvas.draw(frame);
    }
    shown = std::move(frame);
    step = (step + 1) % (steps + 1);
  }
  state.counters["frames_per_second"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_slide_frame)
    ->Name("display/slide_frame_1920x1080")
    ->Args({1920, 1080, 0})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_slide_frame)
    ->Name("display/slide_frame_3840x2160")
    ->Args({3840, 2160, 0})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_slide_frame)
    ->Name("display/slide_frame_3840x2160_changes_only")
    ->Args({3840, 2160, 1})
    ->Unit(benchmark::kMillisecond);

}  // namespace
