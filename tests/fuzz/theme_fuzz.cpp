// Fuzzes the theme reader: any bytes give a theme or errors (contrast included), never a crash.
#include "core/theme.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes{reinterpret_cast<const char*>(data), size};
  const nownext::core::ThemeResult result = nownext::core::parse_theme(bytes);
  for (const auto& diagnostic : result.errors) (void)diagnostic.to_string();
  return 0;
}
