// A worker thread that polls: runs a step, waits as long as the step asks (or until stopped),
// and again. The one loop of the feed fetcher, the alert fetcher and the fleet poller.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace nownext::net {

class PollingThread {
 public:
  // One poll; returns how long to wait before the next one.
  using Step = std::function<std::chrono::milliseconds()>;

  PollingThread() = default;
  ~PollingThread();  // stop()
  PollingThread(const PollingThread&) = delete;
  PollingThread& operator=(const PollingThread&) = delete;

  // Starts the thread: waits `first_delay` (none when zero), then runs `step` and waits the
  // delay it returns, until stop(). Not while the thread runs. An owner whose members `step`
  // uses declares its PollingThread after them, so that it stops before they go.
  void start(Step step, std::chrono::milliseconds first_delay = {});
  // Ends the wait at once and joins the thread; a step in progress finishes first (a transfer
  // that watches stopping() is abandoned). Idempotent; nothing to do before start().
  void stop();
  // True from stop() until the next start(): HttpClient::get's `cancel`.
  [[nodiscard]] const std::atomic<bool>& stopping() const { return stopping_; }

 private:
  void run(const Step& step, std::chrono::milliseconds first_delay);
  // Waits `delay` or until stop(); returns whether stop() came.
  bool wait(std::chrono::milliseconds delay);

  std::mutex mutex_;
  std::condition_variable woken_;
  std::atomic<bool> stopping_{false};
  std::thread thread_;  // last: it stops before the members it uses go
};

}  // namespace nownext::net
