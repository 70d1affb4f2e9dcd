// StreamLog: log lines to a stream.
#include "net/log_sink.hpp"

#include <ostream>

namespace nownext::net {

void StreamLog::line(std::string_view text) {
  const std::lock_guard lock(mutex_);
  out_ << "nownext: " << text << std::endl;
}

}  // namespace nownext::net
