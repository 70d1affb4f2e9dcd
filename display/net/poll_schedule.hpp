// When to poll next: the interval with jitter after a success, exponential backoff with jitter
// after failures, never sooner than a server's Retry-After. Pure: randomness is injected.
#pragma once

#include <chrono>
#include <functional>
#include <optional>

namespace nownext::net {

// Returns a number uniformly distributed in [0, 1). Called on the fetcher's thread only.
using UniformRandom = std::function<double()>;
// A generator seeded from std::random_device, so that a hall of screens that boot together
// do not poll in lockstep.
[[nodiscard]] UniformRandom seeded_random();

struct ScheduleConfig {
  std::chrono::milliseconds interval{30'000};
  double interval_jitter = 0.1;  // the interval varies by up to this fraction either way
  std::chrono::milliseconds backoff_base{2'000};
  std::chrono::milliseconds backoff_cap{300'000};
  std::chrono::seconds max_retry_after{3600};  // a longer Retry-After is cut to this
};

class PollSchedule {
 public:
  PollSchedule(ScheduleConfig config, UniformRandom random);

  // interval * (1 +- jitter); resets the failure count.
  [[nodiscard]] std::chrono::milliseconds after_success();
  // With c = min(cap, base * 2^(failures so far)), a delay in [c/2, c) ("equal jitter", AWS
  // Architecture Blog, "Exponential Backoff And Jitter"), so retries spread out but never come
  // in a tight loop; at least `retry_after` (bounded by max_retry_after) when given.
  [[nodiscard]] std::chrono::milliseconds after_failure(
      std::optional<std::chrono::seconds> retry_after = std::nullopt);

  [[nodiscard]] int consecutive_failures() const { return failures_; }

 private:
  ScheduleConfig config_;
  UniformRandom random_;
  int failures_ = 0;
};

}  // namespace nownext::net
