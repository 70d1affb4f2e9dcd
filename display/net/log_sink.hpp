// Where the fetcher's log lines go: a one-method interface, so tests can capture the lines and
// the program can send them to stderr (and so to the journal). Standard library only.
#pragma once

#include <iosfwd>
#include <mutex>
#include <string_view>

namespace nownext::net {

class LogSink {
 public:
  virtual ~LogSink() = default;
  // One complete line, without the trailing newline. May be called from the fetcher's worker
  // thread; implementations must be thread-safe.
  virtual void line(std::string_view text) = 0;
};

// Writes each line to a stream, prefixed with "nownext: ", under a mutex; control characters
// are escaped and a long line is cut (core/log_text.hpp).
class StreamLog final : public LogSink {
 public:
  explicit StreamLog(std::ostream& out) : out_(out) {}
  void line(std::string_view text) override;

 private:
  std::mutex mutex_;
  std::ostream& out_;
};

}  // namespace nownext::net
