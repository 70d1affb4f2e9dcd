// StreamLog: log lines to a stream.
#include "net/log_sink.hpp"

#include "core/log_text.hpp"

#include <ostream>

namespace nownext::net {

void StreamLog::line(std::string_view text) {
  const std::lock_guard lock(mutex_);
  // Escaped here too, so that no caller can forge a line or reach the terminal raw.
  out_ << "nownext: " << core::log_text(text) << std::endl;
}

}  // namespace nownext::net
