// The frame audit: one layout, size and language of `nownext audit`'s matrix (every instant and
// page of IDM 2017 in one room-door layout at 1920x1080), built, fitted from an empty cache,
// reported and checked, as one worker process does it.
#include "bench_screen.hpp"
#include "core/audit_plan.hpp"
#include "core/frame_audit.hpp"
#include "render/font_config.hpp"
#include "render/fonts.hpp"
#include "render/painter.hpp"
#include "render/sdl_library.hpp"
#include "render/text_shaper.hpp"
#include "support/test_files.hpp"

#include <benchmark/benchmark.h>

namespace {

using namespace nownext;

void BM_audit_layout(benchmark::State& state) {
  const render::SdlLibrary sdl;
  render::Fonts fonts{
      render::resolve_fonts(render::load_font_config(testing::source_path("fonts/roles.txt")))};
  render::TextShaper shaper{fonts};
  const testing::BenchScreen screen{"room-door-landscape", 1920, 1080};
  const std::vector<core::Instant> instants = core::audit_instants(screen.schedule);
  long screens = 0, findings = 0;
  for (auto _ : state) {
    render::FitCache fits{50000};
    for (const core::Instant at : instants) {
      for (const core::AuditPage& page : core::audit_pages(screen.context, 0, at)) {
        const core::Frame frame = core::build_screen(screen.context, 0, at, page.position);
        const auto found = core::audit_frame(frame, render::report_frame(frame, shaper, fits));
        ++screens;
        findings += static_cast<long>(found.size());
      }
    }
  }
  state.counters["screens_per_second"] =
      benchmark::Counter(static_cast<double>(screens), benchmark::Counter::kIsRate);
  state.counters["screens"] =
      static_cast<double>(screens) / static_cast<double>(state.iterations());
  state.counters["findings"] =
      static_cast<double>(findings) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_audit_layout)
    ->Name("audit/idm2017_room_door_1920x1080")
    ->Unit(benchmark::kMillisecond);

}  // namespace
