// Where text may be divided: grapheme cluster boundaries and line-break opportunities, both from
// ICU's BreakIterator (Unicode UAX #29 and UAX #14 with CLDR's tailorings). Pure.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace nownext::core {

// Byte offsets where grapheme clusters start, ascending, followed by text.size().
// Empty text gives {0}.
[[nodiscard]] std::vector<std::size_t> cluster_boundaries(std::string_view text);

// Byte offsets where a new line may start in `paragraph` (which holds no '\n'), ascending,
// excluding 0, always ending with paragraph.size(). A line may start after a run of spaces,
// between two ideographs, after a hyphen..., as UAX #14 says: never with closing punctuation
// ("，" "）") and never after opening punctuation ("（").
[[nodiscard]] std::vector<std::size_t> break_opportunities(std::string_view paragraph);

// `text` without the spaces at its end.
[[nodiscard]] std::string_view trim_trailing_spaces(std::string_view text);

}  // namespace nownext::core
