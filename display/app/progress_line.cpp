// The terminal progress line.
#include "app/progress_line.hpp"

#include <ostream>

namespace nownext::app {

std::string progress_text(const std::string& what, std::size_t done, std::size_t total,
                          std::chrono::milliseconds elapsed) {
  std::string text = what + " " + std::to_string(done) + "/" + std::to_string(total);
  if (done > 0 && done < total) {
    const auto left_ms =
        elapsed.count() * static_cast<long long>(total - done) / static_cast<long long>(done);
    text += ", about " + std::to_string((left_ms + 999) / 1000) + " s left";
  }
  return text;
}

ProgressLine::ProgressLine(std::ostream& out, bool terminal, std::string what, std::size_t total)
    : out_(&out), terminal_(terminal), what_(std::move(what)), total_(total) {}

void ProgressLine::update(std::size_t done) {
  if (!terminal_) return;
  const auto now = std::chrono::steady_clock::now();
  if (done < total_ && now - shown_ < std::chrono::milliseconds{100}) return;
  shown_ = now;
  const std::string text = progress_text(
      what_, done, total_, std::chrono::duration_cast<std::chrono::milliseconds>(now - start_));
  *out_ << '\r' << text << std::string(width_ > text.size() ? width_ - text.size() : 0, ' ')
        << std::flush;
  width_ = text.size();
}

void ProgressLine::finish() {
  if (!terminal_ || width_ == 0) return;
  *out_ << '\r' << std::string(width_, ' ') << '\r' << std::flush;
  width_ = 0;
}

}  // namespace nownext::app
