// Fuzzes the layout reader: any bytes give a layout or errors, never a crash.
#include "core/layout.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes{reinterpret_cast<const char*>(data), size};
  const nownext::core::LayoutResult result = nownext::core::parse_layout(bytes);
  for (const auto& diagnostic : result.errors) (void)diagnostic.to_string();
  if (result.layout) (void)nownext::core::to_string(result.layout->kind);
  return 0;
}
