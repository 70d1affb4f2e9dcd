// Fuzzes the nownext/1 pipeline: parse, validate, build the agenda, then ask the schedule
// engine and the change tracker what a display would ask.
#include "fuzz_walk.hpp"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes{reinterpret_cast<const char*>(data), size};
  return nownext::fuzz::exercise(nownext::core::parse_feed(bytes));
}
