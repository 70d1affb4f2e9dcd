// The clocks the screen loop reads: the real one, a past venue day replayed at today's time of
// day, and the preview's simulated one (a speed, pauses, jumps). May depend on core.
#pragma once

#include "core/agenda.hpp"
#include "core/time.hpp"

#include <chrono>
#include <optional>

namespace nownext::app {

class Clock {
 public:
  Clock() = default;
  Clock(const Clock&) = delete;
  Clock& operator=(const Clock&) = delete;
  virtual ~Clock() = default;
  // The present, to the second. `agenda` (null while there is none) gives a replayed day its
  // venue's zone.
  [[nodiscard]] virtual core::Instant now(const core::Agenda* agenda) const = 0;
  // The longest the loop may sleep before reading the clock again: a stepped wall clock, or a
  // simulated minute, is noticed within it.
  [[nodiscard]] virtual std::chrono::milliseconds wake_cap() const = 0;
  // Whether the time shown is the real one, to be checked against the program's build time.
  [[nodiscard]] virtual bool real() const = 0;
};

// The system clock, or with `replay_day` that venue day at the real time of day.
class WallClock final : public Clock {
 public:
  explicit WallClock(std::optional<std::chrono::year_month_day> replay_day = std::nullopt)
      : replay_day_(replay_day) {}
  void replay(std::optional<std::chrono::year_month_day> day) { replay_day_ = day; }
  [[nodiscard]] core::Instant now(const core::Agenda* agenda) const override;
  [[nodiscard]] std::chrono::milliseconds wake_cap() const override {
    return std::chrono::seconds{1};
  }
  [[nodiscard]] bool real() const override { return !replay_day_; }

 private:
  std::optional<std::chrono::year_month_day> replay_day_;
};

// Runs at `speed` simulated seconds per second from `start`, or stands still when paused.
class SimulatedClock final : public Clock {
 public:
  SimulatedClock(core::Instant start, double speed);
  [[nodiscard]] core::Instant now(const core::Agenda* agenda = nullptr) const override;
  [[nodiscard]] std::chrono::milliseconds wake_cap() const override;
  [[nodiscard]] bool real() const override { return false; }
  void jump(core::Instant to);
  void toggle_pause();
  [[nodiscard]] bool paused() const { return paused_; }
  [[nodiscard]] double speed() const { return speed_; }

 private:
  core::Instant base_;
  std::chrono::steady_clock::time_point since_;
  double speed_;
  bool paused_ = false;
};

}  // namespace nownext::app
