// Fuzzes the kiosk configuration reader: any bytes give a configuration or errors, never a
// crash, and a configuration read is within the documented bounds.
#include "core/kiosk_config.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes{reinterpret_cast<const char*>(data), size};
  const nownext::core::KioskConfigResult result = nownext::core::parse_kiosk_config(bytes);
  for (const auto& diagnostic : result.errors) (void)diagnostic.to_string();
  for (const auto& diagnostic : result.warnings) (void)diagnostic.to_string();
  if (!result.config) return 0;
  const auto& config = *result.config;
  // A configuration that was accepted must be usable as it is.
  if (config.poll_interval.count() <= 0 || config.stale_after.count() <= 0) std::abort();
  if (config.width_px <= 0 || config.height_px <= 0) std::abort();
  return 0;
}
