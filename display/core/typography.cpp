// Per-language typography: no-break spaces around French punctuation, typographic apostrophes.
#include "core/typography.hpp"

namespace nownext::core {
namespace {

constexpr std::string_view no_break_space = "\u00A0";         // before a colon, inside « »
constexpr std::string_view narrow_no_break_space = "\u202F";  // before ; ! ?
constexpr std::string_view apostrophe = "\u2019";

bool is_letter_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || u >= 0x80;
}

// A straight apostrophe between letters (l'appui, women's) becomes a typographic one; quotes
// elsewhere ('...') are left alone.
std::string apostrophes(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool between_letters = text[i] == '\'' && i > 0 && i + 1 < text.size() &&
                                 is_letter_byte(text[i - 1]) && is_letter_byte(text[i + 1]);
    if (between_letters) {
      out += apostrophe;
    } else {
      out += text[i];
    }
  }
  return out;
}

// French: the space before ; : ! ? and inside « » is a no-break one, so that the mark stays on
// its word's line. Only spaces already there are changed: a text in another language ("What?")
// shown on a French screen keeps its own typography.
std::string french_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool double_mark = c == ';' || c == ':' || c == '!' || c == '?';
    if (double_mark && out.ends_with(' ')) {
      out.pop_back();
      out += c == ':' ? no_break_space : narrow_no_break_space;
    } else if (text.substr(i).starts_with("\u00BB") && out.ends_with(' ')) {  // before »
      out.pop_back();
      out += no_break_space;
    } else if (c == ' ' && out.ends_with("\u00AB")) {  // after «
      out += no_break_space;
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace

std::string apply_typography(std::string_view language, std::string_view text) {
  if (language == "fr") return french_spaces(apostrophes(text));
  if (language == "en") return apostrophes(text);
  return std::string{text};
}

}  // namespace nownext::core
