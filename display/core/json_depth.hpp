// A quick scan for JSON nested deeper than a limit, before a parser that recurses sees it.
// Internal to the feed parser.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace nownext::core {

// The byte offset of the first '[' or '{' (outside strings) that opens level `max_depth + 1`,
// or nullopt when the text never nests that deep. Does not check that the JSON is valid.
[[nodiscard]] std::optional<std::size_t> find_excess_depth(std::string_view json,
                                                           std::size_t max_depth);

}  // namespace nownext::core
