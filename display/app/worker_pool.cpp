// Forked workers, each writing its tasks' outputs to a pipe as records: task, length, bytes.
#include "app/worker_pool.hpp"

#include <sys/wait.h>
#include <unistd.h>

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

std::string read_all(int fd) {
  std::string data;
  char buffer[65536];
  for (;;) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    data.append(buffer, static_cast<std::size_t>(got));
  }
  return data;
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
};

}  // namespace

std::vector<std::string> run_in_workers(std::size_t count, int workers,
                                        const std::function<TaskRunner()>& make_runner) {
  std::vector<std::string> outputs(count);
  const auto processes = static_cast<std::size_t>(std::max(1, workers));
  if (processes == 1 || count <= 1) {
    const TaskRunner runner = make_runner();
    for (std::size_t task = 0; task < count; ++task) outputs[task] = runner(task);
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
    children.push_back({pid, fds[0]});
  }
  // Reading one pipe to its end while another worker waits on a full pipe cannot deadlock: no
  // worker waits for another.
  std::string error;
  std::vector<bool> done(count, false);
  for (const Child& child : children) {
    const std::string data = read_all(child.fd);
    ::close(child.fd);
    int status = 0;
    while (::waitpid(child.pid, &status, 0) < 0 && errno == EINTR) {
    }
    for (std::size_t at = 0; at + 16 <= data.size();) {
      std::uint64_t header[2];
      std::memcpy(header, data.data() + at, sizeof header);
      at += sizeof header;
      const std::size_t size = std::min<std::size_t>(header[1], data.size() - at);
      if (header[0] == failure) {
        error = data.substr(at, size);
      } else if (header[0] < count) {
        outputs[header[0]] = data.substr(at, size);
        done[header[0]] = true;
      }
      at += size;
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
