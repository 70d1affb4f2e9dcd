// Internal to the screen builders: the room-door screens (now + next, next alone) and the
// state cards shown when nothing runs.
#pragma once

#include "core/screen_parts.hpp"

namespace nownext::core::screen {

// How the now card pages the speakers of the session it shows. Every page repeats the title and
// the moderators with up to `with_title` speakers (the layout's number, or fewer when fewer fit
// at a legible size). On a card too small for even one speaker beside the title, `with_title` is
// 0: the first page shows the title alone and the speakers follow on pages of their own,
// `continued` a page.
struct SpeakerPaging {
  bool moderators_with_title = true;  // else they open each of the following pages
  int with_title = 0;
  int continued = 1;
  int pages = 1;  // the card's sub-pages, at least 1
};
[[nodiscard]] SpeakerPaging speaker_paging(const ScreenContext& context, const Session& s,
                                           Rect card, bool has_context_line);
// Whether the now card's head shows a context line: the running session's parents, or the other
// sessions running in the room.
[[nodiscard]] bool has_context_line(const RoomNow& answer);
// The now card's rect in the screen's body (see body_rect): beside or above the next card when
// there is one, the whole body otherwise.
[[nodiscard]] Rect now_card_rect(const ScreenContext& context, const RoomNow& answer, Rect body);
// How many of `next`'s speakers the full-width next page shows per page in `body`; at least 1.
[[nodiscard]] int next_speakers_per_page(const ScreenContext& context, const Session& next,
                                         Rect body);

// How the next card beside the now card lays out its session: the title's height, then the
// moderators and up to `per_page` speakers a page, `pages` pages. `per_page` is 0 when the card
// has no room for one person's row: the names follow the title in one paragraph.
struct NextCardPlan {
  int title_h = 0;
  int per_page = 0;
  int pages = 1;
};
[[nodiscard]] NextCardPlan next_card_plan(const ScreenContext& context, const Session& next,
                                          Rect card);
// The now page's sub-pages: the longer of the now card's (speaker_paging) and the next card's.
[[nodiscard]] int room_now_pages(const ScreenContext& context, const RoomNow& answer, Rect body);

void draw_room_now(const ScreenContext& context, FrameWriter& out, const RoomNow& answer,
                   Instant at, int sub_page, Rect body);
void draw_room_next(const ScreenContext& context, FrameWriter& out, const RoomNow& answer,
                    Instant at, int sub_page, Rect body);

}  // namespace nownext::core::screen
