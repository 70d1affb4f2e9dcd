// Text from outside the program (a feed, a server, a file) made safe for one log line or a
// terminal: control characters escaped, malformed UTF-8 escaped, length capped, long lists
// counted rather than listed. Pure; standard library only.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nownext::core {

// The cap on a whole log line, in bytes, before the "… (N bytes more)" note.
inline constexpr std::size_t max_log_line_bytes = 1024;

// `text` with every control character (C0, DEL, C1, the bidi overrides and isolates, line and
// paragraph separators) written as an escape ("\n", "\t", "\x1b", "\u202e") and each byte of
// malformed UTF-8 as "\xNN". When the result would exceed `max_bytes`, it is cut at a character
// boundary and ends with "… (N bytes more)", N counted in the input. Never holds a newline.
[[nodiscard]] std::string log_text(std::string_view text,
                                   std::size_t max_bytes = max_log_line_bytes);

// 1204 -> "1,204".
[[nodiscard]] std::string with_thousands(std::size_t count);

// Up to `shown` items joined with `separator`, then " and N more" (N with thousands); each item
// passed through log_text with `item_bytes`.
[[nodiscard]] std::string bounded_list(const std::vector<std::string>& items, std::size_t shown,
                                       std::string_view separator = ", ",
                                       std::size_t item_bytes = 64);

}  // namespace nownext::core
