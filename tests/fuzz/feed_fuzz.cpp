// Fuzzes the nownext/1 pipeline: parse, validate, build the agenda, then ask the schedule
// engine and the change tracker what a display would ask. The raw bytes also go through the log
// escaper, which must leave no control character.
#include "core/log_text.hpp"
#include "fuzz_walk.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes{reinterpret_cast<const char*>(data), size};
  const std::string logged = nownext::core::log_text(bytes, 512);
  for (const char c : logged) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) std::abort();
  }
  if (logged.size() > 512 + 64) std::abort();
  const nownext::core::FeedResult result = nownext::core::parse_feed(bytes);
  for (const auto& diagnostic : result.errors) (void)diagnostic.to_string();
  return nownext::fuzz::exercise(result);
}
