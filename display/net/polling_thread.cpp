// The polling worker thread.
#include "net/polling_thread.hpp"

#include <cassert>

namespace nownext::net {

PollingThread::~PollingThread() {
  stop();
}

void PollingThread::start(Step step, std::chrono::milliseconds first_delay) {
  assert(!thread_.joinable());
  stopping_ = false;
  thread_ = std::thread([this, step = std::move(step), first_delay] { run(step, first_delay); });
}

void PollingThread::stop() {
  {
    // Under the mutex, so that the thread cannot miss it between its test and its wait.
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  woken_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void PollingThread::run(const Step& step, std::chrono::milliseconds first_delay) {
  if (first_delay.count() > 0 && wait(first_delay)) return;
  while (!stopping_) {
    if (wait(step())) return;
  }
}

bool PollingThread::wait(std::chrono::milliseconds delay) {
  std::unique_lock lock(mutex_);
  return woken_.wait_for(lock, delay, [this] { return stopping_.load(); });
}

}  // namespace nownext::net
