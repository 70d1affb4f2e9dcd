// Poll delays: jittered interval and capped exponential backoff.
#include "net/poll_schedule.hpp"

#include <algorithm>
#include <cassert>
#include <random>

namespace nownext::net {

using std::chrono::milliseconds;

UniformRandom seeded_random() {
  return
      [engine = std::mt19937_64{std::random_device{}()},
       dist = std::uniform_real_distribution<double>(0.0, 1.0)]() mutable { return dist(engine); };
}

PollSchedule::PollSchedule(ScheduleConfig config, UniformRandom random)
    : config_(config), random_(std::move(random)) {
  assert(random_);
  assert(config_.interval_jitter >= 0.0 && config_.interval_jitter < 1.0);
}

milliseconds PollSchedule::after_success() {
  failures_ = 0;
  const double factor = 1.0 + config_.interval_jitter * (2.0 * random_() - 1.0);
  const double delay = static_cast<double>(config_.interval.count()) * factor;
  return milliseconds(static_cast<milliseconds::rep>(delay));
}

milliseconds PollSchedule::after_failure(std::optional<std::chrono::seconds> retry_after) {
  // Doubling stops once past the cap, so the shift never overflows.
  milliseconds ceiling = config_.backoff_base;
  for (int i = 0; i < failures_ && ceiling < config_.backoff_cap; ++i) ceiling *= 2;
  ceiling = std::min(ceiling, config_.backoff_cap);
  ++failures_;
  const double half = static_cast<double>(ceiling.count()) / 2.0;
  milliseconds delay(static_cast<milliseconds::rep>(half + half * random_()));
  if (retry_after) {
    delay = std::max<milliseconds>(delay, std::min(*retry_after, config_.max_retry_after));
  }
  return delay;
}

}  // namespace nownext::net
