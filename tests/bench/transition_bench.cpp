// Page transitions at 1920x1080 with the software renderer: one frame of a slide between two
// IDM 2017 screens, painted and flushed. Budget: at least 50 frames a second (under 20 ms).
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

namespace {

using nownext::testing::read_test_file;
using nownext::testing::source_path;

template <typename Result>
auto must(Result result, const char* what) {
  if (!result.errors.empty()) throw std::runtime_error(std::string{what} + " does not load");
  return result;
}

void BM_slide_frame(benchmark::State& state) {
  const nownext::render::SdlLibrary sdl;
  nownext::render::Fonts fonts{nownext::render::resolve_fonts(
      nownext::render::load_font_config(nownext::testing::source_path("fonts/roles.txt")))};
  nownext::render::TextShaper shaper{fonts};
  const auto feed = nownext::core::parse_feed(read_test_file(source_path("feeds/idm2017.json")));
  if (!feed.ok()) throw std::runtime_error("the IDM feed does not load");
  const nownext::core::Schedule schedule{*feed.agenda};
  const auto layout = *must(nownext::core::parse_layout(
                                read_test_file(source_path("layouts/room-door-landscape.json"))),
                            "layout")
                           .layout;
  const auto theme =
      *must(nownext::core::parse_theme(read_test_file(source_path("layouts/themes/default.json"))),
            "theme")
           .theme;
  const auto strings =
      *must(nownext::core::parse_ui_strings(read_test_file(source_path("layouts/strings/fr.json"))),
            "strings")
           .strings;
  const nownext::core::ScreenContext context{schedule, layout, theme, strings, {"fr"},
                                             1920,     1080,   {},    "",      {}};
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
