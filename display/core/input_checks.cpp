// The checks behind the readers' warnings on outside values.
#include "core/input_checks.hpp"

#include <cmath>
#include <cstdint>
#include <sstream>

namespace nownext::core {

CleanText without_control_characters(std::string_view text) {
  CleanText clean;
  clean.text.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<std::uint8_t>(text[i]);
    if (byte == '\t' || byte == '\n' || byte == '\r') {
      clean.text.push_back(' ');
      ++clean.removed;
    } else if (byte < 0x20 || byte == 0x7F) {
      ++clean.removed;
    } else if (byte == 0xC2 && i + 1 < text.size() &&
               static_cast<std::uint8_t>(text[i + 1]) >= 0x80 &&
               static_cast<std::uint8_t>(text[i + 1]) <= 0x9F) {
      ++clean.removed;  // U+0080..U+009F, two bytes in UTF-8
      ++i;
    } else {
      clean.text.push_back(text[i]);
    }
  }
  return clean;
}

bool has_control_characters(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto u = static_cast<unsigned char>(text[i]);
    const bool c1 = u == 0xC2 && i + 1 < text.size() &&
                    static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                    static_cast<unsigned char>(text[i + 1]) <= 0x9F;
    if ((u < 0x20 && u != '\n' && u != '\t' && u != '\r') || u == 0x7F || c1) return true;
  }
  return false;
}

bool is_iana_zone_name(std::string_view name) {
  if (name == "UTC" || name == "Etc/UTC") return true;
  if (name.starts_with("posix/") || name.starts_with("right/")) return false;
  // Area/Location[/Sub]: letters, digits and _ + - in each part, at least one slash.
  if (name.empty() || name.size() > 64 || name.find('/') == std::string_view::npos) return false;
  bool part_start = true;
  for (const char c : name) {
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    const bool other = (c >= '0' && c <= '9') || c == '_' || c == '+' || c == '-';
    if (c == '/') {
      if (part_start) return false;  // empty part
      part_start = true;
      continue;
    }
    if (part_start && !letter) return false;
    if (!letter && !other) return false;
    part_start = false;
  }
  return !part_start;
}

std::optional<std::string> out_of_range(std::string_view name, double value, double min,
                                        double max) {
  if (std::isfinite(value) && value >= min && value <= max) return std::nullopt;
  std::ostringstream reason;
  reason << name << " must be a number from " << min << " to " << max << ", not " << value;
  return reason.str();
}

}  // namespace nownext::core
