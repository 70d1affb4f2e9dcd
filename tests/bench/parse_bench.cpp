// Feed parsing, validation and indexing: the bundled IDM feed and the generated 5,000-session,
// 60-room, 5-day feed (budget: under 50 ms for the generated one).
#include "core/feed_parser.hpp"
#include "support/generated_feed.hpp"
#include "support/test_files.hpp"

#include <benchmark/benchmark.h>

#include <stdexcept>

namespace {

void parse_and_index(benchmark::State& state, const std::string& bytes) {
  for (auto _ : state) {
    auto result = nownext::core::parse_feed(bytes);
    if (!result.ok()) throw std::runtime_error("benchmark feed does not parse");
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(bytes.size()));
}

void BM_parse_idm2017(benchmark::State& state) {
  static const std::string bytes =
      nownext::testing::read_test_file(nownext::testing::source_path("feeds/idm2017.json"));
  parse_and_index(state, bytes);
}
BENCHMARK(BM_parse_idm2017)->Name("parse/idm2017")->Unit(benchmark::kMicrosecond);

void BM_parse_generated(benchmark::State& state) {
  static const std::string bytes = nownext::testing::generate_feed();
  state.counters["feed_bytes"] = static_cast<double>(bytes.size());
  parse_and_index(state, bytes);
}
BENCHMARK(BM_parse_generated)
    ->Name("parse/generated_5000_sessions_60_rooms")
    ->Unit(benchmark::kMillisecond);

}  // namespace
