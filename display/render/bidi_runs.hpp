// Splitting one line of text into runs of one direction and one font, in visual order, with
// ICU's ubidi (SDL_ttf 2.x and HarfBuzz do no bidi: pitfalls notes, 2.3).
#pragma once

#include "core/frame.hpp"
#include "render/fonts.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace nownext::render {

struct Run {
  std::string text;      // UTF-8, logical order: HarfBuzz shapes it in `rtl` direction
  std::size_t face = 0;  // position in the role's font chain
  bool rtl = false;      // odd bidi level
  const char* script{};  // ISO 15924 tag for HarfBuzz, e.g. "Arab", "Latn", "Hani", "Zyyy"
};

// The runs of `line` (no line breaks) from left to right. The paragraph direction is given
// (it is the whole text's, not the line's). Each code point goes to the first face of the
// role's chain that has it; spaces, digits and punctuation stay in the face before them when it
// has them, and combining marks always do.
[[nodiscard]] std::vector<Run> visual_runs(std::string_view line, bool paragraph_rtl,
                                           core::TextRole role, int size_px, Fonts& fonts);

}  // namespace nownext::render
