// Internal to the screen builders: the pieces session cards are made of (proportions, the head
// row, people rows and their headings, the rest of the day), shared by the room-door cards.
#pragma once

#include "core/screen_parts.hpp"

#include <string>

namespace nownext::core::screen {

// Sizes of a card's parts, px.
[[nodiscard]] int name_px(const Metrics& m);
[[nodiscard]] int person_row_height(const Metrics& m);
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

// A person's row: the name (after `pattern_key`'s words when given), the role below on up to two
// lines, or more on a taller row.
void draw_person(const ScreenContext& context, FrameWriter& out, const Participation& p, Rect row,
                 std::string_view pattern_key);
// The moderators' block: a heading, then a row each; 0 px without moderators.
[[nodiscard]] int moderators_height(const Metrics& m, const Session& s);
// Draws the moderators' block from `y`; the last row may use the card's room below it when
// nothing follows (`last_block`). Returns the y below the block.
int draw_moderators(const ScreenContext& context, FrameWriter& out, const Session& s, Rect inner,
                    int y, bool last_block);
// The speakers of page `sub_page` (clamped), `per_page` a page, under a heading that counts the
// pages.
void draw_speakers(const ScreenContext& context, FrameWriter& out, const Session& s, Rect area,
                   int sub_page, int per_page);

// The height of a session card's head in px: the tag (and, on a wide card, the time), a row for
// the chain when there is one, and on a card narrower than 80 % of the screen's shorter side, a
// row each for the time and a status.
[[nodiscard]] int card_head_height(const ScreenContext& context, int inner_w, const Session& s,
                                   bool has_chain);
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

// "Plus tard aujourd'hui": the sessions after the next one, spaced by their measured lines.
void draw_later_today(const ScreenContext& context, FrameWriter& out, const RoomNow& answer,
                      Rect area);
[[nodiscard]] int later_today_height(const ScreenContext& context, const RoomNow& answer,
                                     int width_px);

}  // namespace nownext::core::screen
