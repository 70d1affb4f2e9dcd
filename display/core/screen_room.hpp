// Internal to the screen builders: the room-door screens (now + next; the next alone, in
// screen_next_page.cpp) and the state cards shown when nothing runs.
#pragma once

#include "core/screen_parts.hpp"

#include <vector>

namespace nownext::core::screen {

// How the now card pages the speakers of the session it shows. Every page repeats the title and
// the moderators with as many speakers as their measured rows fit (at most the layout's
// speakers_per_page). On a card too small for its tallest speaker beside the title,
// `speakers_with_title` is false: the first page shows the title alone and the speakers follow
// on pages of their own.
struct SpeakerPaging {
  bool moderators_with_title = true;  // else they open each of the following pages
  // Moderators too tall to share a page with the tallest speaker (long roles in two languages
  // on a pair screen) have the page after the title to themselves, and the speakers' pages
  // follow without them.
  bool moderators_own_page = false;
  bool speakers_with_title = false;
  std::vector<int> speaker_pages;  // the first speaker of each page of speakers (person_pages)
  int pages = 1;                   // the card's sub-pages, at least 1
};
[[nodiscard]] SpeakerPaging speaker_paging(const ScreenContext& context, const Session& s,
                                           Rect card, const std::string& context_line, Instant at);
// The now card's context line, below its tag: the running session's parents ("Session 6 : Vers
// un pacte mondial…") and the other sessions running in the room; "" for none.
[[nodiscard]] std::string now_context_line(const ScreenContext& context, const RoomNow& answer);
// The next card's context line: the parents of `next`; "" for none.
[[nodiscard]] std::string next_context_line(const ScreenContext& context, const Session& next);
// The now card's rect in the screen's body (see body_rect): beside or above the next card when
// there is one, the whole body otherwise.
[[nodiscard]] Rect now_card_rect(const ScreenContext& context, const RoomNow& answer, Rect body);
// How the full-width next page in `body` pages `next`'s people: the moderators above every page
// of speakers (person_pages; empty without speakers), or, when they and the tallest speaker do
// not fit together (long roles in two languages on a pair screen), on a page of their own first.
struct NextPagePlan {
  bool moderators_own_page = false;
  std::vector<int> speaker_pages;
  int pages = 1;  // at least 1
};
[[nodiscard]] NextPagePlan next_page_plan(const ScreenContext& context, const Session& next,
                                          Rect body, Instant at);

// How the next card beside the now card lays out its session: the title's height, then, when
// `people_rows`, the moderators and the speakers in rows, paged (`speaker_pages`); without room
// for one person's row, the names follow the title in one paragraph, paged when they do not fit
// whole beside one line of the title (`name_pages`: the first person of each page, moderators
// and speakers counted together; empty for one page).
struct NextCardPlan {
  int title_h = 0;
  bool people_rows = false;
  std::vector<int> speaker_pages;
  std::vector<int> name_pages;
  int pages = 1;
};
[[nodiscard]] NextCardPlan next_card_plan(const ScreenContext& context, const Session& next,
                                          Rect card, Instant at);
// The now page's sub-pages: the longer of the now card's (speaker_paging) and the next card's.
[[nodiscard]] int room_now_pages(const ScreenContext& context, const RoomNow& answer, Rect body,
                                 Instant at);

void draw_room_now(const ScreenContext& context, FrameWriter& out, const RoomNow& answer,
                   Instant at, int sub_page, Rect body);
void draw_room_next(const ScreenContext& context, FrameWriter& out, const RoomNow& answer,
                    Instant at, int sub_page, Rect body);

}  // namespace nownext::core::screen
