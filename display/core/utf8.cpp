// UTF-8 decoding and character classes for text fitting.
#include "core/utf8.hpp"

namespace nownext::core {
namespace {

bool in(char32_t c, char32_t first, char32_t last) {
  return c >= first && c <= last;
}

unsigned byte_at(std::string_view text, std::size_t pos) {
  return static_cast<unsigned char>(text[pos]);
}

// Neither left-to-right nor right-to-left: digits, spaces, punctuation, symbols.
bool is_neutral_or_weak(char32_t c) {
  if (c < 0x80) return !in(c, U'A', U'Z') && !in(c, U'a', U'z');
  return in(c, 0x80, 0xBF) || c == 0xD7 || c == 0xF7 || in(c, 0x2000, 0x2BFF) ||
         in(c, 0x3000, 0x303F) || in(c, 0xFF00, 0xFF20) || in(c, 0xFE30, 0xFE4F) ||
         in(c, 0x0660, 0x066C) || c == 0x060C || in(c, 0x06F0, 0x06F9) || is_cluster_extend(c);
}

}  // namespace

char32_t next_code_point(std::string_view text, std::size_t& pos) {
  const unsigned lead = byte_at(text, pos);
  std::size_t length = 1;
  char32_t c = lead;
  if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, c = lead & 0x07U;
  } else if (lead >= 0xE0) {
    length = 3, c = lead & 0x0FU;
  } else if (lead >= 0xC2 && lead < 0xE0) {
    length = 2, c = lead & 0x1FU;
  } else if (lead >= 0x80) {
    ++pos;
    return 0xFFFD;
  }
  if (pos + length > text.size()) {
    ++pos;
    return 0xFFFD;
  }
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned next = byte_at(text, pos + i);
    if ((next & 0xC0U) != 0x80U) {
      ++pos;
      return 0xFFFD;
    }
    c = (c << 6U) | (next & 0x3FU);
  }
  const bool overlong = (length == 3 && c < 0x800) || (length == 4 && c < 0x10000);
  if (overlong || c > 0x10FFFF || in(c, 0xD800, 0xDFFF)) {
    ++pos;
    return 0xFFFD;
  }
  pos += length;
  return c;
}

bool is_cluster_extend(char32_t c) {
  return in(c, 0x0300, 0x036F) || in(c, 0x0483, 0x0489) || in(c, 0x0591, 0x05BD) ||
         in(c, 0x0610, 0x061A) || in(c, 0x064B, 0x065F) || c == 0x0670 || in(c, 0x06D6, 0x06DC) ||
         in(c, 0x06DF, 0x06E4) || in(c, 0x1AB0, 0x1AFF) || in(c, 0x1DC0, 0x1DFF) || c == 0x200C ||
         c == 0x200D || in(c, 0x20D0, 0x20FF) || in(c, 0xFE00, 0xFE0F) || in(c, 0xFE20, 0xFE2F) ||
         in(c, 0x1F3FB, 0x1F3FF) || in(c, 0xE0100, 0xE01EF);
}

bool is_cjk(char32_t c) {
  return in(c, 0x2E80, 0x2FDF) || in(c, 0x3000, 0x30FF) || in(c, 0x3100, 0x31FF) ||
         in(c, 0x3400, 0x4DBF) || in(c, 0x4E00, 0x9FFF) || in(c, 0xAC00, 0xD7AF) ||
         in(c, 0xF900, 0xFAFF) || in(c, 0xFF00, 0xFFEF) || in(c, 0x20000, 0x3FFFF);
}

bool is_strong_rtl(char32_t c) {
  return (in(c, 0x0590, 0x08FF) && !is_neutral_or_weak(c)) || in(c, 0xFB1D, 0xFDFF) ||
         in(c, 0xFE70, 0xFEFF) || in(c, 0x10800, 0x10FFF) || in(c, 0x1E800, 0x1EFFF);
}

bool paragraph_is_rtl(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = next_code_point(text, pos);
    if (is_strong_rtl(c)) return true;
    if (!is_neutral_or_weak(c)) return false;
  }
  return false;
}

std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  // Step back over continuation bytes (10xxxxxx) to the start of the cut sequence.
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) --end;
  return text.substr(0, end);
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace nownext::core
