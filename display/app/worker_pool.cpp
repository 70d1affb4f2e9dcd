// Forked workers, each writing its tasks' outputs to a pipe as records: task, length, bytes.
#include "app/worker_pool.hpp"

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <exception>
#include <limits>
#include <stdexcept>

namespace nownext::app {
namespace {

// A record whose task is this carries the message of a task that threw.
constexpr std::uint64_t failure = std::numeric_limits<std::uint64_t>::max();

bool write_all(int fd, const void* data, std::size_t size) {
  const auto* bytes = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t written = ::write(fd, bytes, size);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    bytes += written;
    size -= static_cast<std::size_t>(written);
  }
  return true;
}

bool write_record(int fd, std::uint64_t task, const std::string& text) {
  const std::uint64_t header[2] = {task, text.size()};
  return write_all(fd, header, sizeof header) && write_all(fd, text.data(), text.size());
}

// In the child: never returns.
[[noreturn]] void work(int fd, std::size_t first, std::size_t step, std::size_t count,
                       const std::function<TaskRunner()>& make_runner) {
  int status = 0;
  try {
    const TaskRunner runner = make_runner();
    for (std::size_t task = first; task < count && status == 0; task += step) {
      if (!write_record(fd, task, runner(task))) status = 1;
    }
  } catch (const std::exception& e) {
    (void)write_record(fd, failure, e.what());
    status = 1;
  }
  ::close(fd);
  // No exit handlers or destructors of the parent's objects run in the child.
  ::_exit(status);
}

struct Child {
  pid_t pid = -1;
  int fd = -1;
  std::string data;  // received, not yet taken apart into records
  bool open = true;  // until its pipe's end
};

// Takes the whole records at the start of `data` out of it: an output into `outputs` (marking
// it done and telling `on_done`), a failure's message into `error`.
void take_records(std::string& data, std::vector<std::string>& outputs, std::vector<bool>& done,
                  std::string& error, const std::function<void(std::size_t)>& on_done) {
  std::size_t at = 0;
  std::uint64_t header[2];
  while (at + sizeof header <= data.size()) {
    std::memcpy(header, data.data() + at, sizeof header);
    if (data.size() - at - sizeof header < header[1]) break;
    const std::string text = data.substr(at + sizeof header, header[1]);
    at += sizeof header + header[1];
    if (header[0] == failure) {
      error = text;
    } else if (header[0] < outputs.size()) {
      outputs[header[0]] = text;
      done[header[0]] = true;
      if (on_done) on_done(header[0]);
    }
  }
  data.erase(0, at);
}

// Reads every child's pipe as data comes, until all are at their end.
void read_children(std::vector<Child>& children, std::vector<std::string>& outputs,
                   std::vector<bool>& done, std::string& error,
                   const std::function<void(std::size_t)>& on_done) {
  char buffer[65536];
  for (;;) {
    std::vector<pollfd> fds;
    for (const Child& child : children) {
      if (child.open) fds.push_back({child.fd, POLLIN, 0});
    }
    if (fds.empty()) return;
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error(std::string{"poll: "} + std::strerror(errno));
    }
    for (Child& child : children) {
      const auto polled =
          std::find_if(fds.begin(), fds.end(), [&](const pollfd& p) { return p.fd == child.fd; });
      if (!child.open || polled == fds.end() || polled->revents == 0) continue;
      const ssize_t got = ::read(child.fd, buffer, sizeof buffer);
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0) {
        child.open = false;
        continue;
      }
      child.data.append(buffer, static_cast<std::size_t>(got));
      take_records(child.data, outputs, done, error, on_done);
    }
  }
}

}  // namespace

std::vector<std::string> run_in_workers(std::size_t count, int workers,
                                        const std::function<TaskRunner()>& make_runner,
                                        const std::function<void(std::size_t)>& on_done) {
  std::vector<std::string> outputs(count);
  const auto processes = static_cast<std::size_t>(std::max(1, workers));
  if (processes == 1 || count <= 1) {
    const TaskRunner runner = make_runner();
    for (std::size_t task = 0; task < count; ++task) {
      outputs[task] = runner(task);
      if (on_done) on_done(task);
    }
    return outputs;
  }
  std::vector<Child> children;
  for (std::size_t w = 0; w < std::min(processes, count); ++w) {
    int fds[2];
    if (::pipe(fds) != 0) throw std::runtime_error(std::string{"pipe: "} + std::strerror(errno));
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error(std::string{"fork: "} + std::strerror(errno));
    if (pid == 0) {
      ::close(fds[0]);
      for (const Child& earlier : children) ::close(earlier.fd);
      work(fds[1], w, processes, count, make_runner);
    }
    ::close(fds[1]);
    children.push_back({pid, fds[0], {}, true});
  }
  // Every pipe is read as its worker writes, so no worker waits on a full pipe for long.
  std::string error;
  std::vector<bool> done(count, false);
  read_children(children, outputs, done, error, on_done);
  for (const Child& child : children) {
    ::close(child.fd);
    int status = 0;
    while (::waitpid(child.pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (error.empty() && !(WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
      error = "a worker process stopped before its end (status " + std::to_string(status) + ")";
    }
  }
  if (!error.empty()) throw std::runtime_error(error);
  for (std::size_t task = 0; task < count; ++task) {
    if (!done[task]) throw std::runtime_error("a worker process left a task undone");
  }
  return outputs;
}

}  // namespace nownext::app
