// The schedule engine on the generated 5,000-session, 60-room feed. Budgets: one room under
// 5 us, all 60 rooms under 200 us, the next-change instant under 5 us.
#include "core/feed_parser.hpp"
#include "core/schedule.hpp"
#include "support/generated_feed.hpp"

#include <benchmark/benchmark.h>

#include <stdexcept>

namespace {

using namespace nownext::core;

const Agenda& generated_agenda() {
  static const Agenda agenda = [] {
    auto result = parse_feed(nownext::testing::generate_feed());
    if (!result.ok()) throw std::runtime_error("generated feed does not parse");
    return std::move(*result.agenda);
  }();
  return agenda;
}

// Instants spread over the event's days, busy hours and gaps alike.
std::vector<Instant> probe_instants() {
  std::vector<Instant> instants;
  const Instant first = *parse_instant("2026-03-02T07:00:00+01:00");
  for (int i = 0; i < 997; ++i) instants.push_back(first + std::chrono::minutes{i * 7});
  return instants;
}

void BM_one_room(benchmark::State& state) {
  const Schedule schedule{generated_agenda()};
  const auto instants = probe_instants();
  std::size_t i = 0;
  for (auto _ : state) {
    const auto at = instants[i++ % instants.size()];
    benchmark::DoNotOptimize(schedule.room_at(static_cast<RoomIndex>(i % 60), at));
  }
}
BENCHMARK(BM_one_room)->Name("schedule/one_room")->Unit(benchmark::kMicrosecond);

void BM_all_rooms(benchmark::State& state) {
  const Schedule schedule{generated_agenda()};
  const auto instants = probe_instants();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(schedule.all_rooms_at(instants[i++ % instants.size()]));
  }
}
BENCHMARK(BM_all_rooms)->Name("schedule/all_60_rooms")->Unit(benchmark::kMicrosecond);

void BM_next_change(benchmark::State& state) {
  const Schedule schedule{generated_agenda()};
  const auto instants = probe_instants();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(schedule.next_change(instants[i++ % instants.size()]));
  }
}
BENCHMARK(BM_next_change)->Name("schedule/next_change")->Unit(benchmark::kMicrosecond);

void BM_build(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Schedule{generated_agenda()});
}
BENCHMARK(BM_build)->Name("schedule/build_index")->Unit(benchmark::kMillisecond);

}  // namespace
