// Where text may be divided: grapheme cluster boundaries and line-break opportunities
// (a small, documented subset of UAX #14 that covers spaces and CJK). Pure.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace nownext::core {

// Spaces that a line may break after and that disappear at the end of a line.
[[nodiscard]] bool is_break_space(char32_t c);

// Byte offsets where grapheme clusters start, ascending, followed by text.size().
// Empty text gives {0}.
[[nodiscard]] std::vector<std::size_t> cluster_boundaries(std::string_view text);

// Byte offsets where a new line may start in `paragraph` (which holds no '\n'), ascending,
// excluding 0, always ending with paragraph.size(). A line may start after a run of spaces, and
// before or after a CJK character unless that would put closing punctuation first on a line or
// opening punctuation last.
[[nodiscard]] std::vector<std::size_t> break_opportunities(std::string_view paragraph);

// `text` without the spaces at its end.
[[nodiscard]] std::string_view trim_trailing_spaces(std::string_view text);

}  // namespace nownext::core
