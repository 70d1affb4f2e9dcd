// nownext-bench: Google Benchmark's main; see README "Benchmarks" for the budgets.
#include <benchmark/benchmark.h>

BENCHMARK_MAIN();
