// Paired texts: U+FDD0 opens a pair, U+FDD1 separates its two versions, U+FDD2 closes it.
#include "core/paired_text.hpp"

#include <vector>

namespace nownext::core {
namespace {

// The marks' UTF-8 encodings (EF B7 90, EF B7 91, EF B7 92).
constexpr std::string_view open_mark = "\xEF\xB7\x90";
constexpr std::string_view split_mark = "\xEF\xB7\x91";
constexpr std::string_view close_mark = "\xEF\xB7\x92";

}  // namespace

std::string pair_texts(std::string_view first, std::string_view second) {
  if (first == second) return std::string{first};
  std::string out;
  out.reserve(first.size() + second.size() + 9);
  out.append(open_mark).append(first).append(split_mark).append(second).append(close_mark);
  return out;
}

bool is_paired(std::string_view text) {
  return text.find(open_mark) != std::string_view::npos;
}

std::string text_in(std::string_view text, bool second) {
  std::string out;
  out.reserve(text.size());
  // For each open pair, whether it is past its separator; the text shows while every open pair
  // is in the version asked for. Marks that do not match (a closing or separating mark outside
  // a pair) are dropped.
  std::vector<bool> in_second;
  std::size_t hidden = 0;  // open pairs in the other version
  for (std::size_t pos = 0; pos < text.size();) {
    const std::string_view rest = text.substr(pos);
    if (rest.starts_with(open_mark)) {
      in_second.push_back(false);
      if (second) ++hidden;
      pos += open_mark.size();
    } else if (rest.starts_with(split_mark)) {
      if (!in_second.empty() && !in_second.back()) {
        in_second.back() = true;
        // The pair turns from its first version to its second.
        if (second)
          --hidden;
        else
          ++hidden;
      }
      pos += split_mark.size();
    } else if (rest.starts_with(close_mark)) {
      if (!in_second.empty()) {
        const bool was_second = in_second.back();
        in_second.pop_back();
        if (was_second != second) --hidden;
      }
      pos += close_mark.size();
    } else {
      if (hidden == 0) out.push_back(text[pos]);
      ++pos;
    }
  }
  return out;
}

}  // namespace nownext::core
