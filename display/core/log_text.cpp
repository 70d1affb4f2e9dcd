// Escaping for log lines. Code points are decoded strictly here (not with next_code_point,
// which maps a malformed byte to U+FFFD) so that what a server sent can be read back exactly.
#include "core/log_text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

namespace nownext::core {
namespace {

struct Decoded {
  char32_t code_point = 0;
  std::size_t length = 0;
};

// The code point at text[pos] when it is well-formed UTF-8 (shortest form, no surrogates).
std::optional<Decoded> decode(std::string_view text, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(text[pos + i]); };
  const std::uint8_t lead = byte(0);
  if (lead < 0x80) return Decoded{lead, 1};
  std::size_t length = 0;
  char32_t value = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0U) == 0xC0U) {
    length = 2, value = lead & 0x1FU, minimum = 0x80;
  } else if ((lead & 0xF0U) == 0xE0U) {
    length = 3, value = lead & 0x0FU, minimum = 0x800;
  } else if ((lead & 0xF8U) == 0xF0U) {
    length = 4, value = lead & 0x07U, minimum = 0x10000;
  } else {
    return std::nullopt;
  }
  if (pos + length > text.size()) return std::nullopt;
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xC0U) != 0x80U) return std::nullopt;
    value = (value << 6U) | (byte(i) & 0x3FU);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    return std::nullopt;
  }
  return Decoded{value, length};
}

bool needs_escape(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
         c == 0x200F || c == 0x061C;
}

std::string hex(std::uint32_t value, int digits) {
  static constexpr std::array<char, 16> digit{'0', '1', '2', '3', '4', '5', '6', '7',
                                              '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
  std::string out(static_cast<std::size_t>(digits), '0');
  for (int i = digits - 1; i >= 0; --i, value >>= 4U) {
    out[static_cast<std::size_t>(i)] = digit[value & 0xFU];
  }
  return out;
}

std::string escape(char32_t c) {
  switch (c) {
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default: break;
  }
  if (c <= 0xFF) return "\\x" + hex(c, 2);
  return "\\u" + hex(c, 4);
}

}  // namespace

std::string log_text(std::string_view text, std::size_t max_bytes) {
  std::string out;
  out.reserve(std::min(text.size(), max_bytes) + 16);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto decoded = decode(text, pos);
    std::string piece;
    std::size_t used = 1;
    if (!decoded) {
      piece = "\\x" + hex(static_cast<std::uint8_t>(text[pos]), 2);
    } else {
      used = decoded->length;
      piece = needs_escape(decoded->code_point) ? escape(decoded->code_point)
                                                : std::string{text.substr(pos, used)};
    }
    if (out.size() + piece.size() > max_bytes) {
      out += "\u2026 (" + with_thousands(text.size() - pos) + " bytes more)";
      return out;
    }
    out += piece;
    pos += used;
  }
  return out;
}

std::string with_thousands(std::size_t count) {
  std::string digits = std::to_string(count);
  for (std::size_t i = digits.size(); i > 3; i -= 3) digits.insert(i - 3, ",");
  return digits;
}

std::string bounded_list(const std::vector<std::string>& items, std::size_t shown,
                         std::string_view separator, std::size_t item_bytes) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < shown; ++i) {
    if (i > 0) out += separator;
    out += log_text(items[i], item_bytes);
  }
  if (items.size() > shown) out += " and " + with_thousands(items.size() - shown) + " more";
  return out;
}

}  // namespace nownext::core
