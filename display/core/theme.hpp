// Colours of the screens, read from layouts/themes/<name>.json, and the WCAG contrast check
// that every text colour must pass on the colour it is drawn on.
#pragma once

#include "core/diagnostic.hpp"
#include "core/frame.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nownext::core {

struct Theme {
  std::string name;
  Color background, header, header_text, text, muted_text;
  Color card, card_text, card_muted_text, accent;
  Color now_tag, now_tag_background, next_tag, next_tag_background;
  Color warning, warning_background;
  Color progress_track, progress_fill, highlight, dimmed_text;
  std::string logo;  // an asset file name; may be empty
  // Edges drawn around cards and around the highlighted current item, so that a theme whose
  // cards have the background's colour (high contrast) keeps their shapes; none by default.
  std::optional<Color> card_edge;
  std::optional<Color> highlight_edge;
};

// Every (text, background) pair the screens draw, by member, named for messages.
struct ColorPair {
  const char* name;
  Color Theme::*text;
  Color Theme::*background;
};
[[nodiscard]] const std::vector<ColorPair>& text_color_pairs();

// WCAG 2 contrast ratio, from 1 (same colour) to 21 (black on white). AA asks 4.5 for text.
[[nodiscard]] double contrast_ratio(Color a, Color b);
inline constexpr double wcag_aa_text_contrast = 4.5;

struct ThemeResult {
  std::optional<Theme> theme;
  Diagnostics errors;    // includes every pair below AA contrast
  Diagnostics warnings;  // unknown members and colours, with their path
};

[[nodiscard]] ThemeResult parse_theme(std::string_view json);

}  // namespace nownext::core
