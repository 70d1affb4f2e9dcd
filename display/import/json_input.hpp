// JSON documents for the JSON importers: size and depth bounded as for nownext/1 feeds, and
// lenient member access (a number where a string was expected is read as its digits).
#pragma once

#include "core/diagnostic.hpp"
#include "core/feed_fields.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace nownext::import {

// The parsed object, or nullopt with an error for too many bytes, too deep, not JSON.
[[nodiscard]] std::optional<core::Json> read_json_document(std::string_view bytes,
                                                           const core::FeedLimits& limits,
                                                           core::Diagnostics& errors);

// The member as text: a string as is, a number written out, anything else (or absent) empty.
[[nodiscard]] std::string text_of(const core::Json& object, std::string_view key);

// The member if it is an array (or an object, for `object_of`), else an empty one.
[[nodiscard]] const core::Json& array_of(const core::Json& object, std::string_view key);
[[nodiscard]] const core::Json& object_of(const core::Json& object, std::string_view key);

}  // namespace nownext::import
