// Poll delays with an injected random source: jitter bounds, exponential growth, the cap, the
// reset after success and Retry-After. No sleeping.
#include "net/poll_schedule.hpp"

#include <doctest/doctest.h>

using namespace nownext::net;
using namespace std::chrono_literals;

namespace {

ScheduleConfig config() {
  ScheduleConfig c;
  c.interval = 30s;
  c.interval_jitter = 0.1;
  c.backoff_base = 2s;
  c.backoff_cap = 300s;
  c.max_retry_after = 3600s;
  return c;
}

PollSchedule schedule_with(double random) {
  return PollSchedule(config(), [random] { return random; });
}

}  // namespace

TEST_SUITE("poll schedule") {
  TEST_CASE("after a success the interval varies by the jitter either way") {
    CHECK(schedule_with(0.0).after_success() == 27s);
    CHECK(schedule_with(0.5).after_success() == 30s);
    CHECK(schedule_with(0.999999).after_success() >= 32'999ms);
    CHECK(schedule_with(0.999999).after_success() < 33s);
  }

  TEST_CASE("failures back off exponentially, with jitter in the upper half, up to the cap") {
    PollSchedule low = schedule_with(0.0);
    PollSchedule high = schedule_with(0.999999);
    const std::chrono::milliseconds ceilings[] = {2s,  4s,   8s,   16s,  32s,
                                                  64s, 128s, 256s, 300s, 300s};
    for (const auto ceiling : ceilings) {
      CAPTURE(ceiling.count());
      CHECK(low.after_failure() == ceiling / 2);
      const auto delay = high.after_failure();
      CHECK(delay < ceiling);
      CHECK(delay > ceiling - 1ms - ceiling / 1000);
    }
    CHECK(low.consecutive_failures() == 10);
  }

  TEST_CASE("a long run of failures neither overflows nor passes the cap") {
    PollSchedule schedule = schedule_with(0.5);
    for (int i = 0; i < 10'000; ++i) {
      const auto delay = schedule.after_failure();
      REQUIRE(delay > 0ms);
      REQUIRE(delay <= 300s);
    }
  }

  TEST_CASE("a success resets the backoff") {
    PollSchedule schedule = schedule_with(0.0);
    for (int i = 0; i < 5; ++i) (void)schedule.after_failure();
    CHECK(schedule.after_success() == 27s);
    CHECK(schedule.consecutive_failures() == 0);
    CHECK(schedule.after_failure() == 1s);
  }

  TEST_CASE("Retry-After sets a floor, cut to the configured maximum") {
    PollSchedule schedule = schedule_with(0.0);
    CHECK(schedule.after_failure(120s) == 120s);
    CHECK(schedule.after_failure(1s) == 2s);  // the backoff is longer than the server asks
    CHECK(schedule.after_failure(86'400s) == 3600s);
  }

  TEST_CASE("the seeded random source stays between 0 and 1 and varies") {
    UniformRandom random = seeded_random();
    double low = 1.0;
    double high = 0.0;
    for (int i = 0; i < 1000; ++i) {
      const double value = random();
      REQUIRE(value >= 0.0);
      REQUIRE(value < 1.0);
      low = std::min(low, value);
      high = std::max(high, value);
    }
    CHECK(high - low > 0.5);
  }
}
