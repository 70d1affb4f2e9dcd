// The room door's full-width next page: the next session alone, with every speaker, paged, and
// the rest of the day below them when they leave room.
#include "core/screen_cards.hpp"
#include "core/screen_later.hpp"
#include "core/screen_room.hpp"

#include <vector>

namespace nownext::core::screen {

namespace {

// Where the next page's speakers start, as draw_room_next lays the page out.
int next_speakers_top(const ScreenContext& context, const Session& n, Rect inner, Instant at) {
  const Metrics m = metrics_of(context);
  return inner.y +
         card_head_height(context, inner.w, n, next_context_line(context, n),
                          planned_too(context, n, at, true)) +
         title_height(m) + moderators_height(context, n, inner.w);
}

}  // namespace

std::vector<int> next_speaker_pages(const ScreenContext& context, const Session& next, Rect body,
                                    Instant at) {
  const Metrics m = metrics_of(context);
  const Rect inner = inner_of(m, body);
  const int room =
      inner.y + inner.h - next_speakers_top(context, next, inner, at) - m.px(1) - heading_height(m);
  return person_pages(context, next.speakers, inner.w, room, context.layout.speakers_per_page);
}

void draw_room_next(const ScreenContext& context, FrameWriter& out, const RoomNow& answer,
                    Instant at, int sub_page, Rect body) {
  if (!answer.next) return;
  const Metrics m = metrics_of(context);
  const Theme& theme = context.theme;
  const Agenda& agenda = context.schedule.agenda();
  const Session& n = agenda.sessions()[*answer.next];
  out.card(body, theme.card, theme.card_edge, m.px(1.5), m.edge);
  const Rect inner = inner_of(m, body);
  int y = draw_card_head(context, out, inner, n, next_word(context, n), next_ink(context, n),
                         next_back(context, n), next_context_line(context, n),
                         planned_too(context, n, at, true));
  // Without people to list, the title may use the whole card.
  const bool people = !n.moderators.empty() || !n.speakers.empty();
  const int title_h = people ? title_height(m) - m.px(1) : inner.y + inner.h - y;
  out.text({inner.x, y, inner.w, title_h}, full_title(context, n, true), TextRole::title,
           theme.card_text, m.at_least_floor(6), m.at_least_floor(3.4), people ? 3 : 12);
  y += title_height(m);
  // Every speaker, paged like the now card's, with a heading that counts the pages; the rest of
  // the day below them when they take one page and leave room.
  const std::vector<int> pages = next_speaker_pages(context, n, body, at);
  const int people_h =
      moderators_height(context, n, inner.w) +
      (n.speakers.empty() ? 0 : m.px(1) + speakers_height(context, n, pages, 0, inner.w));
  const bool later = people && pages.size() <= 1 && !answer.later.empty() &&
                     inner.y + inner.h - y - people_h - m.px(1) >=
                         later_today_min_height(context, answer, inner.w);
  y = draw_moderators(context, out, n, inner, y, !later && n.speakers.empty());
  if (!n.speakers.empty()) {
    y = draw_speakers(context, out, n,
                      {inner.x, y + m.px(1), inner.w, inner.y + inner.h - y - m.px(1)}, pages,
                      sub_page, !later);
  }
  if (later) {
    draw_later_today(context, out, answer,
                     {inner.x, y + m.px(1), inner.w, inner.y + inner.h - y - m.px(1)});
  }
}

}  // namespace nownext::core::screen
