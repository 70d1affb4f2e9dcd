// Page transitions at 1920x1080 with the software renderer: one frame of a slide between two
// IDM 2017 screens, painted and flushed. Budget: at least 50 frames a second (under 20 ms).
#include "bench_screen.hpp"
#include "core/screen.hpp"
#include "render/canvas.hpp"
#include "render/font_config.hpp"
#include "render/fonts.hpp"
#include "render/sdl_library.hpp"
#include "render/text_shaper.hpp"
#include "support/test_files.hpp"

#include <benchmark/benchmark.h>

namespace {

void BM_slide_frame(benchmark::State& state) {
  const nownext::render::SdlLibrary sdl;
  nownext::render::Fonts fonts{nownext::render::resolve_fonts(
      nownext::render::load_font_config(nownext::testing::source_path("fonts/roles.txt")))};
  nownext::render::TextShaper shaper{fonts};
  const nownext::testing::BenchScreen screen{"room-door-landscape", 1920, 1080};
  const nownext::core::ScreenContext& context = screen.context;
  const auto at = *nownext::core::parse_instant("2017-07-18T11:40:00+02:00");
  const auto from = nownext::core::build_screen(context, 0, at, {0, 0});
  const auto to = nownext::core::build_screen(context, 0, at, {1, 0});
  nownext::render::SoftwareCanvas canvas{1920, 1080, shaper,
                                         nownext::testing::source_path("assets")};
  constexpr int steps = 36;  // a 600 ms slide at 60 frames a second
  int step = 0;
  for (auto _ : state) {
    canvas.draw(nownext::core::slide_between(from, to, double(step) / steps));
    step = (step + 1) % (steps + 1);
  }
  state.counters["frames_per_second"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_slide_frame)->Name("display/slide_frame_1920x1080")->Unit(benchmark::kMillisecond);

}  // namespace
