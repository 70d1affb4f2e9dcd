// The screen's power transitions: each logged, and the configured command run for each (for
// example `cec-ctl --standby` for an HDMI-CEC TV, or `xset dpms force off`), its exit code
// logged. Commands run one after the other on a thread of their own, so that the screen loop
// never waits on a slow TV.
#pragma once

#include "core/power.hpp"
#include "net/log_sink.hpp"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace nownext::app {

// Runs `argv` (no shell, found on PATH) and waits for it, at most `timeout` (then kills it).
// Returns how it ended, for the log: "exited with 0", "killed by signal 9", "could not start:
// No such file or directory", "timed out after 20 s; killed".
[[nodiscard]] std::string run_program(const std::vector<std::string>& argv,
                                      std::chrono::seconds timeout = std::chrono::seconds{20});

class PowerSwitch {
 public:
  using Runner = std::function<std::string(const std::vector<std::string>& argv)>;
  explicit PowerSwitch(
      net::LogSink& log, Runner runner = [](const auto& argv) { return run_program(argv); });
  ~PowerSwitch();  // runs the commands already asked for, then joins
  PowerSwitch(const PowerSwitch&) = delete;
  PowerSwitch& operator=(const PowerSwitch&) = delete;

  // After each pass of the screen loop: whether the screen is on now, and the power config. A
  // change (the screen is taken to be on at start) is logged and its command run; `why` says
  // what the log adds ("until 07:30").
  void update(bool on, const std::optional<core::PowerConfig>& config, const std::string& why);

 private:
  void run();

  net::LogSink& log_;
  Runner runner_;
  bool on_ = true;
  std::mutex mutex_;
  std::condition_variable cv_;
  std::deque<std::vector<std::string>> queue_;
  bool stopping_ = false;
  std::thread worker_;  // last: it stops before the members it uses go
};

}  // namespace nownext::app
