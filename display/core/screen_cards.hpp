// Internal to the screen builders: the pieces session cards are made of (proportions, the head
// row, people rows and their headings), shared by the room-door cards.
#pragma once

#include "core/screen_parts.hpp"

#include <string>
#include <vector>

namespace nownext::core::screen {

// Sizes of a card's parts, px.
[[nodiscard]] int name_px(const Metrics& m);
[[nodiscard]] int tag_height(const Metrics& m);
[[nodiscard]] int tag_row_height(const Metrics& m);
[[nodiscard]] int title_height(const Metrics& m);
[[nodiscard]] int progress_height(const Metrics& m);
[[nodiscard]] int heading_height(const Metrics& m);
[[nodiscard]] int card_padding(const Metrics& m);

// The now and next cards' rects in the screen's body, per the layout's arrangement.
struct RoomCards {
  Rect now;
  Rect next;
};
[[nodiscard]] RoomCards split_body(const ScreenContext& context, Rect body);
// A card's inside, within its padding.
[[nodiscard]] Rect inner_of(const Metrics& m, Rect card);

// People on cards are listed by their measured heights (issue "right words", even rhythm): a
// row is the name's line and the role's lines (none to eight, as the role wraps in the row's
// width), and rows are one constant gap apart, whatever wrapped.

// The height of `p`'s row in a list `width_px` wide, px, with the gap below it.
[[nodiscard]] int person_height(const ScreenContext& context, const Participation& p, int width_px);
// The gap between two people's rows, px.
[[nodiscard]] int person_gap(const Metrics& m);
// The tallest row of `people` in `width_px`, gap included; 0 for none.
[[nodiscard]] int tallest_person(const ScreenContext& context,
                                 const std::vector<Participation>& people, int width_px);
// `people` in pages of `room_px` each, at most `max_per_page` a page and at least one (a row
// taller than a page has a page of its own): the index of each page's first person. Empty for
// no people.
[[nodiscard]] std::vector<int> person_pages(const ScreenContext& context,
                                            const std::vector<Participation>& people, int width_px,
                                            int room_px, int max_per_page);
// A person's row: the name (after `pattern_key`'s words when given), the role below on as many
// lines as `row` (gap excluded) holds, at least one.
void draw_person(const ScreenContext& context, FrameWriter& out, const Participation& p, Rect row,
                 std::string_view pattern_key);
// The moderators' block in a card `width_px` wide: a heading, then a row each; 0 px without
// moderators.
[[nodiscard]] int moderators_height(const ScreenContext& context, const Session& s, int width_px);
// Draws the moderators' block from `y`; the last row may use the card's room below it when
// nothing follows (`last_block`). Returns the y below the block.
int draw_moderators(const ScreenContext& context, FrameWriter& out, const Session& s, Rect inner,
                    int y, bool last_block);
// The speakers of page `page` (clamped) of `pages` (person_pages of s.speakers), under a heading
// that counts the pages. The last row may use the room below it down to the area's bottom
// (`extend_last`), for a long role. Returns the y below the last row.
int draw_speakers(const ScreenContext& context, FrameWriter& out, const Session& s, Rect area,
                  const std::vector<int>& pages, int page, bool extend_last = true);
// The height draw_speakers takes for page `page` of `pages` in `width_px`, heading included and
// the last gap excluded; 0 without speakers.
[[nodiscard]] int speakers_height(const ScreenContext& context, const Session& s,
                                  const std::vector<int>& pages, int page, int width_px);

// The height of a session card's head in px: the tag (and, on a wide card, the time `when`),
// the chain's measured lines (up to four) when there is one, and on a card narrower than 80 % of
// the screen's shorter side, a row each for the time (its measured lines, up to two) and a
// status.
[[nodiscard]] int card_head_height(const ScreenContext& context, int inner_w, const Session& s,
                                   const std::string& chain, const std::string& when);
// Draws a card's head (see card_head_height). Returns the y below it.
int draw_card_head(const ScreenContext& context, FrameWriter& out, Rect inner, const Session& s,
                   const std::string& tag_word, Color tag_text, Color tag_back,
                   const std::string& chain, const std::string& when);

// The sessions `s` is part of, outermost first.
[[nodiscard]] SessionChain parent_chain(const Agenda& agenda, SessionIndex s);
// "Session 6 : Vers un pacte mondial…": the parents by label and title, outermost first.
[[nodiscard]] std::string parents_text(const ScreenContext& context, const SessionChain& parents);
// The title, with its label when `with_label`.
[[nodiscard]] std::string full_title(const ScreenContext& context, const Session& s,
                                     bool with_label);
// The next card's tag and its colours: "À SUIVRE", or "ANNULÉ" in the warning colours.
[[nodiscard]] std::string next_word(const ScreenContext& context, const Session& n);
[[nodiscard]] Color next_ink(const ScreenContext& context, const Session& n);
[[nodiscard]] Color next_back(const ScreenContext& context, const Session& n);
// A card's time, with the planned start of a delayed session.
[[nodiscard]] std::string planned_too(const ScreenContext& context, const Session& s, Instant at,
                                      bool with_end);

}  // namespace nownext::core::screen
