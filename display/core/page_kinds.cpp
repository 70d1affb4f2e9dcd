// The table of page kinds: each kind's paging, content and drawing, from the room and list
// builders.
#include "core/page_kinds.hpp"

#include "core/screen_alert.hpp"
#include "core/screen_lists.hpp"
#include "core/screen_room.hpp"

#include <algorithm>

namespace nownext::core::screen {
namespace {

int one(const PageInput& /*page*/) {
  return 1;
}
bool always(const PageInput& /*page*/) {
  return true;
}

int pages_of(int items, int per_page) {
  return std::max(1, (items + per_page - 1) / per_page);
}

// now: the running session (or the room's state) beside the next one; pages through speakers.
int now_pages(const PageInput& page) {
  return room_now_pages(page.context, page.answer, page.body, page.at);
}
void now_draw(const PageInput& page, FrameWriter& out, int sub_page) {
  draw_room_now(page.context, out, page.answer, page.at, sub_page, page.body);
}

// next: the next session alone, with every speaker, paged.
int next_pages(const PageInput& page) {
  if (!page.answer.next) return 1;
  const Session& next = page.context.schedule.agenda().sessions()[*page.answer.next];
  return next_page_plan(page.context, next, page.body, page.at).pages;
}
bool next_content(const PageInput& page) {
  return page.answer.next.has_value();
}
void next_draw(const PageInput& page, FrameWriter& out, int sub_page) {
  draw_room_next(page.context, out, page.answer, page.at, sub_page, page.body);
}

// day: the room's sessions of the day.
bool day_content(const PageInput& page) {
  return !day_sessions(page.context, page.room, page.at).empty();
}
void day_draw(const PageInput& page, FrameWriter& out, int /*sub_page*/) {
  draw_day(page.context, out, page.room, page.at, page.body);
}

// rooms: the hallway's rows, paged by the layout's rooms per page.
int rooms_pages(const PageInput& page) {
  return pages_of(static_cast<int>(hallway_rooms(page.context).size()),
                  page.context.layout.rooms_per_page);
}
void rooms_draw(const PageInput& page, FrameWriter& out, int sub_page) {
  draw_hallway(page.context, out, page.at, sub_page, page.body);
}

// announcement: the card of the warning in force for this screen.
bool announcement_content(const PageInput& page) {
  return screen_announcements(page.context, page.room, page.at).card != nullptr;
}
void announcement_draw(const PageInput& page, FrameWriter& out, int /*sub_page*/) {
  if (const Announcement* card = screen_announcements(page.context, page.room, page.at).card) {
    draw_announcement_card(page.context, out, *card, page.body);
  }
}

constexpr PageKindView now_view{now_pages, always, now_draw};
constexpr PageKindView next_view{next_pages, next_content, next_draw};
constexpr PageKindView day_view{one, day_content, day_draw};
constexpr PageKindView rooms_view{rooms_pages, always, rooms_draw};
constexpr PageKindView announcement_view{one, announcement_content, announcement_draw};

}  // namespace

const PageKindView& page_kind_view(PageKind kind) {
  switch (kind) {
    case PageKind::now: return now_view;
    case PageKind::next: return next_view;
    case PageKind::day: return day_view;
    case PageKind::rooms: return rooms_view;
    case PageKind::announcement: return announcement_view;
  }
  return now_view;
}

}  // namespace nownext::core::screen
