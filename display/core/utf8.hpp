// UTF-8 decoding and the character classes that text fitting needs (breaks, clusters, direction).
// Pure; no I/O.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace nownext::core {

// Decodes the code point that starts at text[pos] and advances pos past it. A malformed
// sequence yields U+FFFD and advances by one byte. Precondition: pos < text.size().
char32_t next_code_point(std::string_view text, std::size_t& pos);

// True for code points that attach to the previous one and never start a cluster
// (combining marks, Arabic harakat, joiners, variation selectors, emoji modifiers).
[[nodiscard]] bool is_cluster_extend(char32_t c);
// True for Han ideographs, kana, Hangul syllables and CJK punctuation: a line may break
// between two of them.
[[nodiscard]] bool is_cjk(char32_t c);
// Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms: strong right-to-left.
[[nodiscard]] bool is_strong_rtl(char32_t c);

// The paragraph direction by the first strong character (Unicode bidi rules P2-P3, simplified):
// true when it is right-to-left. Text with no strong character is left-to-right.
[[nodiscard]] bool paragraph_is_rtl(std::string_view text);

// Appends the UTF-8 encoding of `c` (a Unicode scalar value) to `out`.
void append_utf8(std::string& out, char32_t c);

// The longest prefix of `text` of at most `max_bytes` bytes that does not cut a UTF-8 sequence.
[[nodiscard]] std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

}  // namespace nownext::core
