// Mirroring a frame for right-to-left languages; the language's direction comes from ICU.
#include "core/frame_mirror.hpp"

#include <unicode/uloc.h>

#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace nownext::core {
namespace {

Align mirrored(Align align) {
  switch (align) {
    case Align::start:
    case Align::left: return Align::right;
    case Align::end:
    case Align::right: return Align::left;
    case Align::center: return Align::center;
  }
  return align;
}

}  // namespace

bool writes_right_to_left(std::string_view language) {
  if (language.empty()) return false;
  // ICU finds the likely script of a bare language ("ar" is Arab, "fa" Arab, "he" Hebr).
  return uloc_isRightToLeft(std::string{language}.c_str()) != 0;
}

Frame mirrored(Frame frame) {
  const int width = frame.width_px;
  for (Element& element : frame.elements) {
    std::visit(
        [width](auto& e) {
          e.rect.x = width - e.rect.x - e.rect.w;
          using T = std::decay_t<decltype(e)>;
          if constexpr (std::is_same_v<T, TextBox>) {
            e.align = mirrored(e.align);
            e.rtl_screen = !e.rtl_screen;
          } else if constexpr (std::is_same_v<T, ProgressBar>) {
            e.from_right = !e.from_right;
          }
        },
        element);
  }
  frame.right_to_left = !frame.right_to_left;
  return frame;
}

Frame for_reader_of(std::string_view language, Frame frame) {
  return writes_right_to_left(language) ? mirrored(std::move(frame)) : frame;
}

}  // namespace nownext::core
