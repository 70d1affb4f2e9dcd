// The screen's power transitions: logged once each, the configured command run for each, in
// order, its ending logged; the program runner's report of how a command ended.
#include "app/power_switch.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <mutex>
#include <string>
#include <vector>

using namespace nownext;

namespace {

class Lines final : public net::LogSink {
 public:
  void line(std::string_view text) override {
    const std::lock_guard lock(mutex_);
    lines_.emplace_back(text);
  }
  std::vector<std::string> get() {
    const std::lock_guard lock(mutex_);
    return lines_;
  }

 private:
  std::mutex mutex_;
  std::vector<std::string> lines_;
};

}  // namespace

TEST_SUITE("power switch") {
  TEST_CASE("each transition is logged and runs its command, in order; no change runs nothing") {
    Lines log;
    std::vector<std::vector<std::string>> ran;
    std::mutex ran_mutex;
    core::PowerConfig config;
    config.on_command = {"cec-ctl", "--image-view-on"};
    config.off_command = {"cec-ctl", "--standby"};
    {
      app::PowerSwitch power{log, [&](const std::vector<std::string>& argv) {
                               const std::lock_guard lock(ran_mutex);
                               ran.push_back(argv);
                               return std::string{"exited with 0"};
                             }};
      power.update(true, config, "");  // on at start, as the screen was: nothing to do
      power.update(false, config, "until 07:30");
      power.update(false, config, "until 07:30");
      power.update(true, config, "");
    }  // the commands asked for have run when it is gone
    CHECK(ran == std::vector<std::vector<std::string>>{config.off_command, config.on_command});
    const auto lines = log.get();
    CHECK(std::count(lines.begin(), lines.end(), "power: screen off until 07:30") == 1);
    CHECK(std::count(lines.begin(), lines.end(), "power: screen on") == 1);
    CHECK(std::count(lines.begin(), lines.end(), "power: 'cec-ctl --standby' exited with 0") == 1);
  }

  TEST_CASE("how a program ended: its exit code, a signal, or why it could not start") {
    CHECK(app::run_program({"true"}) == "exited with 0");
    CHECK(app::run_program({"sh", "-c", "exit 3"}) == "exited with 3");
    CHECK(app::run_program({"sh", "-c", "kill -9 $$"}) == "killed by signal 9");
    CHECK(app::run_program({"no-such-program-for-nownext"}) ==
          "could not start: No such file or directory");
    CHECK(app::run_program({"sleep", "30"}, std::chrono::seconds{1}) ==
          "timed out after 1 s; killed");
  }
}
