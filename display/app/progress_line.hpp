// A progress line for long commands on a terminal: "frames 120/456, about 12 s left", rewritten
// in place; nothing at all when the output is not a terminal (a log, a pipe, a venue's checks).
#pragma once

#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <string>

namespace nownext::app {

// "storyboard: frames 120/456, about 12 s left": the time left assumes the rest goes at the pace
// so far; none before anything is done.
[[nodiscard]] std::string progress_text(const std::string& what, std::size_t done,
                                        std::size_t total, std::chrono::milliseconds elapsed);

class ProgressLine {
 public:
  // Writes to `out` only when `terminal`.
  ProgressLine(std::ostream& out, bool terminal, std::string what, std::size_t total);
  // Shows `done` of the total, at most ten times a second (and always the last).
  void update(std::size_t done);
  // Clears the line.
  void finish();

 private:
  std::ostream* out_;
  bool terminal_;
  std::string what_;
  std::size_t total_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point shown_{};
  std::size_t width_ = 0;  // of the line shown, to clear it
};

}  // namespace nownext::app
