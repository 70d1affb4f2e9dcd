// Screens for right-to-left readers: a frame built left to right, mirrored as a whole (header
// order, card order, pills, times, lists, progress bars). Pure: one place instead of every
// screen builder.
#pragma once

#include "core/frame.hpp"

#include <string_view>

namespace nownext::core {

// Whether `language` (a BCP 47 tag such as "ar" or "fa-IR") is written right to left, by ICU's
// likely script for it.
[[nodiscard]] bool writes_right_to_left(std::string_view language);

// `frame` as a right-to-left reader expects it: every element's rect mirrored across the
// frame's vertical centre line; text that went to the start of its paragraph goes to the
// right, text at the end to the left (centred text stays centred); progress bars fill from the
// right; texts are marked as on a right-to-left screen (TextBox::rtl_screen). Mirroring twice
// gives the frame back, but for the alignment, which stays on the screen's sides.
[[nodiscard]] Frame mirrored(Frame frame);

// `frame` (built left to right) as a reader of `language` expects it: mirrored when the
// language is written right to left, as it is otherwise.
[[nodiscard]] Frame for_reader_of(std::string_view language, Frame frame);

}  // namespace nownext::core
