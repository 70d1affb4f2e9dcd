// Texts in two languages at once, for bilingual "pair" screens: a paired text holds, wherever
// its languages differ, both versions between marks (Unicode noncharacters, reserved for a
// program's internal use), and pairs nest as texts are composed ("{label} : {title}" in each
// language, around a label and a title that are pairs themselves). Pure.
#pragma once

#include <string>
#include <string_view>

namespace nownext::core {

// `first` and `second` as one paired text; `first` alone when they are the same.
[[nodiscard]] std::string pair_texts(std::string_view first, std::string_view second);
// Whether `text` holds a pair.
[[nodiscard]] bool is_paired(std::string_view text);
// The text in one of its languages: `second` false for the first, true for the second. A text
// without pairs is the same in both.
[[nodiscard]] std::string text_in(std::string_view text, bool second);

}  // namespace nownext::core
