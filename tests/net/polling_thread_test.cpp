// The polling worker thread: steps at the delays they ask for, a first delay, and a stop that
// does not wait for the delay to pass.
#include "net/polling_thread.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace std::chrono_literals;
using nownext::net::PollingThread;

namespace {

// Waits up to 10 s for `condition` (a noisy machine is slow, never this slow).
template <typename Condition>
bool within_ten_seconds(Condition condition) {
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (!condition()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(1ms);
  }
  return true;
}

}  // namespace

TEST_SUITE("polling thread") {
  TEST_CASE("steps run again after the delay each one asks for") {
    std::atomic<int> steps{0};
    PollingThread thread;
    thread.start([&] {
      ++steps;
      return 1ms;
    });
    CHECK(within_ten_seconds([&] { return steps >= 3; }));
    thread.stop();
  }

  TEST_CASE("stop ends an hour's wait at once, says so to the step, and can be repeated") {
    std::atomic<int> steps{0};
    PollingThread thread;
    thread.start([&] {
      ++steps;
      return std::chrono::milliseconds{1h};
    });
    CHECK(within_ten_seconds([&] { return steps == 1; }));
    CHECK_FALSE(thread.stopping());
    thread.stop();  // returns without the hour passing: the test would time out otherwise
    CHECK(thread.stopping());
    CHECK(steps == 1);
    thread.stop();
  }

  TEST_CASE("a first delay comes before the first step, and stop cuts it short") {
    std::atomic<int> steps{0};
    PollingThread thread;
    thread.start(
        [&] {
          ++steps;
          return 1ms;
        },
        std::chrono::milliseconds{1h});
    std::this_thread::sleep_for(50ms);
    thread.stop();
    CHECK(steps == 0);
  }

  TEST_CASE("a thread that never started stops, and one can start again after a stop") {
    PollingThread idle;
    idle.stop();
    std::atomic<int> steps{0};
    PollingThread thread;
    const auto step = [&] {
      ++steps;
      return std::chrono::milliseconds{1h};
    };
    thread.start(step);
    CHECK(within_ten_seconds([&] { return steps == 1; }));
    thread.stop();
    thread.start(step);
    CHECK_FALSE(thread.stopping());
    CHECK(within_ten_seconds([&] { return steps == 2; }));
  }
}
