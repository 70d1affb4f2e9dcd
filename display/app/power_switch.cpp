// Power transitions and their commands.
#include "app/power_switch.hpp"

#include <spawn.h>
#include <sys/wait.h>
#include <cerrno>
#include <csignal>
#include <cstring>

extern char** environ;

namespace nownext::app {
namespace {

std::string command_line(const std::vector<std::string>& argv) {
  std::string line;
  for (const auto& arg : argv) line += (line.empty() ? "" : " ") + arg;
  return line;
}

}  // namespace

std::string run_program(const std::vector<std::string>& argv, std::chrono::seconds timeout) {
  if (argv.empty()) return "nothing to run";
  std::vector<char*> args;
  for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ);
  if (spawned != 0) return std::string{"could not start: "} + std::strerror(spawned);
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  int status = 0;
  for (;;) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) return std::string{"lost: "} + std::strerror(errno);
    if (std::chrono::steady_clock::now() >= deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      return "timed out after " + std::to_string(timeout.count()) + " s; killed";
    }
    std::this_thread::sleep_for(std::chrono::milliseconds{20});
  }
  if (WIFEXITED(status)) return "exited with " + std::to_string(WEXITSTATUS(status));
  return "killed by signal " + std::to_string(WTERMSIG(status));
}

PowerSwitch::PowerSwitch(net::LogSink& log, Runner runner)
    : log_(log), runner_(std::move(runner)), worker_([this] { run(); }) {}

PowerSwitch::~PowerSwitch() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  cv_.notify_all();
  worker_.join();
}

void PowerSwitch::update(bool on, const std::optional<core::PowerConfig>& config,
                         const std::string& why) {
  if (on == on_) return;
  on_ = on;
  log_.line(std::string{"power: screen "} + (on ? "on" : "off") + (why.empty() ? "" : " " + why));
  if (!config) return;
  const auto& command = on ? config->on_command : config->off_command;
  if (command.empty()) return;
  {
    const std::lock_guard lock(mutex_);
    queue_.push_back(command);
  }
  cv_.notify_all();
}

void PowerSwitch::run() {
  std::unique_lock lock(mutex_);
  for (;;) {
    cv_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, nothing left to run
    const std::vector<std::string> command = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    const std::string ended = runner_(command);
    log_.line("power: '" + command_line(command) + "' " + ended);
    lock.lock();
  }
}

}  // namespace nownext::app
