// The screen loop's clocks.
#include "app/clock.hpp"

#include "core/demo_clock.hpp"

#include <algorithm>

namespace nownext::app {

using std::chrono::steady_clock;

core::Instant WallClock::now(const core::Agenda* agenda) const {
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  if (!replay_day_ || agenda == nullptr) return now;
  return core::replay_on_day(now, *replay_day_, agenda->time_zone());
}

SimulatedClock::SimulatedClock(core::Instant start, double speed)
    : base_(start), since_(steady_clock::now()), speed_(speed) {}

core::Instant SimulatedClock::now(const core::Agenda* /*agenda*/) const {
  if (paused_) return base_;
  const std::chrono::duration<double> real = steady_clock::now() - since_;
  return base_ + std::chrono::seconds{static_cast<long>(real.count() * speed_)};
}

std::chrono::milliseconds SimulatedClock::wake_cap() const {
  // A simulated minute, but no busier than twenty wakes a second.
  return std::chrono::milliseconds{std::max(50L, static_cast<long>(1000 / speed_))};
}

void SimulatedClock::jump(core::Instant to) {
  base_ = to;
  since_ = steady_clock::now();
}

void SimulatedClock::toggle_pause() {
  jump(now());
  paused_ = !paused_;
}

}  // namespace nownext::app
