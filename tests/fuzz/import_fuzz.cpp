// Fuzzes one importer (chosen at build time by NOWNEXT_FUZZ_FORMAT, a FeedFormat name) and
// everything a display asks of what it gives.
#include "fuzz_walk.hpp"
#include "import/read_feed.hpp"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto format = *nownext::import::feed_format_from_string(NOWNEXT_FUZZ_FORMAT);
  const std::string_view bytes{reinterpret_cast<const char*>(data), size};
  return nownext::fuzz::exercise(nownext::import::read_feed(bytes, format));
}
