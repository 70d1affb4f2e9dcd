// Rendering at 1920x1080 with the software renderer: a card redrawn from cached textures
// (budget 3 ms), a card whose text is all new (30 ms), fitting a 150-character title (1 ms),
// and resident memory with the Latin and Arabic fonts loaded (60 MB).
#include "bench_renderer.hpp"
#include "core/text_fit.hpp"
#include "render/canvas.hpp"
#include "render/font_config.hpp"
#include "render/fonts.hpp"
#include "render/sdl_library.hpp"
#include "render/text_shaper.hpp"
#include "support/sample_frames.hpp"
#include "support/test_files.hpp"

#include <benchmark/benchmark.h>

#include <string>

namespace {

using namespace nownext;

// One SDL and font set-up for all render benchmarks.
testing::BenchRenderer& renderer() {
  static testing::BenchRenderer instance;
  return instance;
}

void report_cache(benchmark::State& state) {
  const render::CacheStats& stats = renderer().canvas.painter().text_stats();
  state.counters["cache_hits"] = static_cast<double>(stats.hits);
  state.counters["cache_misses"] = static_cast<double>(stats.misses);
  state.counters["cache_mb"] = static_cast<double>(stats.bytes) / (1024.0 * 1024.0);
}

void BM_redraw_cached(benchmark::State& state) {
  const core::Frame frame = testing::card_frame(1920, 1080, testing::english_card());
  renderer().canvas.draw(frame);
  for (auto _ : state) renderer().canvas.draw(frame);
  report_cache(state);
}
BENCHMARK(BM_redraw_cached)->Name("render/card_1920x1080_cached")->Unit(benchmark::kMillisecond);

void BM_redraw_new_text(benchmark::State& state) {
  testing::CardText text = testing::english_card();
  long round = 0;
  for (auto _ : state) {
    // Every text differs from all earlier ones, so every line is shaped and rasterised anew.
    std::string mark = " ";
    mark += std::to_string(++round);
    testing::CardText fresh = text;
    for (std::string* s : {&fresh.room, &fresh.clock, &fresh.now_label, &fresh.title,
                           &fresh.speakers, &fresh.next_label, &fresh.next_title}) {
      *s += mark;
    }
    renderer().canvas.draw(testing::card_frame(1920, 1080, fresh));
  }
  report_cache(state);
}
BENCHMARK(BM_redraw_new_text)
    ->Name("render/card_1920x1080_new_text")
    ->Unit(benchmark::kMillisecond);

void BM_fit_title(benchmark::State& state) {
  const core::Frame frame = testing::card_frame(1920, 1080, testing::long_title_card());
  core::TextBox box = std::get<core::TextBox>(frame.elements[5]);  // the title box
  box.text = box.text.substr(0, 150);
  state.counters["chars"] = static_cast<double>(box.text.size());
  for (auto _ : state) benchmark::DoNotOptimize(core::fit_text(box, renderer().shaper));
}
BENCHMARK(BM_fit_title)->Name("render/fit_150_char_title")->Unit(benchmark::kMicrosecond);

// Run alone (--benchmark_filter=memory) for a figure not inflated by the other benchmarks.
void BM_memory(benchmark::State& state) {
  (void)renderer();  // SDL started
  // Fresh fonts that are never closed, so that every face and size drawn stays loaded.
  render::Fonts fonts{
      render::resolve_fonts(render::load_font_config(testing::source_path("fonts/roles.txt"))),
      1000};
  render::TextShaper shaper{fonts};
  render::SoftwareCanvas canvas{1920, 1080, shaper, testing::source_path("assets")};
  for (auto _ : state) {
    canvas.draw(testing::card_frame(1920, 1080, testing::english_card()));
    canvas.draw(testing::card_frame(1920, 1080, testing::arabic_card()));
  }
  bool cjk = false;
  for (const auto& face : fonts.open_faces())
    cjk = cjk || face.family.find("CJK") != std::string::npos;
  state.counters["rss_mb"] = testing::resident_mb();
  state.counters["cjk_loaded"] = cjk ? 1 : 0;
  state.counters["fonts_open"] = static_cast<double>(fonts.open_count());
}
BENCHMARK(BM_memory)
    ->Name("render/memory_latin_arabic")
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

}  // namespace
