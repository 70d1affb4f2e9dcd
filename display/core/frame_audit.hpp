// The audit of a frame: given what a screen asked to draw (a Frame) and what the painter drew for
// each text box (a PaintReport), the faults a person would see. Pure: render fills the report.
#pragma once

#include "core/frame.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nownext::core {

// What the painter drew for one text box.
struct DrawnText {
  std::size_t element = 0;  // index of the TextBox in Frame::elements
  int size_px = 0;          // the size the text was set at
  int line_height_px = 0;   // one line at that size: the tallest line fitted, else a space's
  bool cut = false;         // the text did not fit at its smallest size and was cut with "…"
  std::vector<std::string> lines;  // the lines drawn (a line that draws no pixel is not drawn)
  std::vector<char32_t> missing;   // code points drawn that no face of the role's chain has,
                                   // each once, in order; never invisible ones (is_invisible)
  friend bool operator==(const DrawnText&, const DrawnText&) = default;
};

// One DrawnText per TextBox of the frame, in drawing order.
struct PaintReport {
  std::vector<DrawnText> texts;
  friend bool operator==(const PaintReport&, const PaintReport&) = default;
};

// Code points that draw nothing by design and need no glyph: spaces, controls, format characters
// (zero-width joiners, bidi marks, soft hyphen) and variation selectors.
[[nodiscard]] bool is_invisible(char32_t c);

// The rules, each checked on every box of a frame. "Box" is an element of the frame; a box's card
// is the smallest FilledRect drawn before it that contains it.
enum class AuditRule {
  // A text with something visible in it (see is_invisible) drew no line, or only "…".
  drawn_empty,
  // A text was cut while its card had room for it to grow: from the box's bottom down to the
  // nearest top of the elements drawn after the card, over it, that share columns with the box
  // and start below the box's top (or, failing those, down to the card's bottom less the box's
  // side inset in the card, taken as the card's padding), or below the lowest of those elements
  // down to that bottom (they could have moved down), at least one line at the size it was cut
  // at is free. A text without a card is not judged; a text drawn empty is reported as such
  // only.
  cut_with_room,
  // A text set smaller than the frame's min_text_px (legibility_floor_px for its layout's reading
  // distance, core/screen.hpp), or for a frame without one, the floor for a door.
  below_floor,
  // Two text boxes overlap (a shared area of at least one pixel); or a text box and an image or a
  // progress bar; or a filled rectangle drawn after a text box covers part of it.
  overlap,
  // A box (any element) reaches outside the screen (0, 0, width_px, height_px).
  off_screen,
  // A text box overlaps a filled rectangle drawn before it without lying inside it: the text
  // crosses the edge of its card, tag or band.
  off_card,
  // The text drew code points that no font of its role has (DrawnText::missing).
  missing_glyph,
  // A text naming people (TextBox::names) was cut, whatever room its card has: a name lost. It
  // is reported as this alone, not as cut_with_room as well; one drawn empty is drawn_empty.
  cut_name,
};
inline constexpr std::size_t audit_rule_count = 8;
inline constexpr std::array<AuditRule, audit_rule_count> all_audit_rules{
    AuditRule::drawn_empty,   AuditRule::cut_with_room, AuditRule::below_floor,
    AuditRule::overlap,       AuditRule::off_screen,    AuditRule::off_card,
    AuditRule::missing_glyph, AuditRule::cut_name};

// A short name for a rule, e.g. "cut-with-room".
[[nodiscard]] std::string_view to_string(AuditRule rule);

struct AuditFinding {
  AuditRule rule = AuditRule::drawn_empty;
  std::size_t element = 0;  // the box at fault (index in Frame::elements)
  std::string reason;       // for a person: "cut at 24 px while its card has 96 px free below"
  friend bool operator==(const AuditFinding&, const AuditFinding&) = default;
};

// Every finding of every rule in `frame`, ordered by box, then by rule. `report` must describe the
// frame's text boxes (texts whose element is not a TextBox of the frame are ignored; a TextBox
// without an entry is checked only by the rules on geometry).
[[nodiscard]] std::vector<AuditFinding> audit_frame(const Frame& frame, const PaintReport& report);

// What a person recognises a box by: the first characters of its text on one line (line
// breaks and controls shown as spaces, at most `max_chars` code points, "…" when shortened), or
// the kind of element in brackets: "[rectangle]", "[image]", "[progress bar]".
[[nodiscard]] std::string box_excerpt(const Element& element, std::size_t max_chars = 40);

}  // namespace nownext::core
