// Internal to the screen builders: every page kind of a playlist described in one place (issue
// "one place per page kind"): how many sub-pages it has, whether it has anything to show, and
// how it draws. A new kind is one entry of page_kinds.cpp and its drawing function.
#pragma once

#include "core/screen_parts.hpp"

namespace nownext::core::screen {

// What one page is built from, derived once per frame: the schedule's answer for the room (empty
// for a hallway, which asks row by row) and the body the page fills.
struct PageInput {
  const ScreenContext& context;
  RoomIndex room = 0;
  Instant at;
  const RoomNow& answer;
  Rect body;
};

struct PageKindView {
  // Sub-pages at the instant (speakers' pages, pages of rooms); at least 1.
  int (*sub_pages)(const PageInput& page);
  // Whether the page has anything to show (a next page without a next session is skipped).
  bool (*has_content)(const PageInput& page);
  // Draws sub-page `sub_page` (clamped to the last) into the page's body.
  void (*draw)(const PageInput& page, FrameWriter& out, int sub_page);
};

[[nodiscard]] const PageKindView& page_kind_view(PageKind kind);

}  // namespace nownext::core::screen
