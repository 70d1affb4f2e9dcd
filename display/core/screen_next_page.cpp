// The room door's full-width next page: the next session alone, with every speaker, paged, and
// the rest of the day below them when they leave room.
#include "core/screen_cards.hpp"
#include "core/screen_later.hpp"
#include "core/screen_room.hpp"

#include <vector>

namespace nownext::core::screen {

namespace {

// The title above the people: its measured lines at its largest size, up to three, in at most
// title_height, so that a short title ("Panel 2") leaves its room to the people.
int title_px(const Metrics& m) {
  return m.at_least_floor(6);
}
int next_title_block(const ScreenContext& context, const Session& n, int inner_w) {
  const Metrics m = metrics_of(context);
  return std::min(title_height(m), text_height(context, TextRole::title, title_px(m), inner_w,
                                               full_title(context, n, true), 3) +
                                       m.px(2));
}

// Where the next page's people start, as draw_room_next lays the page out.
int next_people_top(const ScreenContext& context, const Session& n, Rect inner, Instant at) {
  return inner.y +
         card_head_height(context, inner.w, n, next_context_line(context, n),
                          planned_too(context, n, at, true)) +
         next_title_block(context, n, inner.w);
}

}  // namespace

NextPagePlan next_page_plan(const ScreenContext& context, const Session& next, Rect body,
                            Instant at) {
  const Metrics m = metrics_of(context);
  const Rect inner = inner_of(m, body);
  NextPagePlan plan;
  if (next.speakers.empty()) return plan;
  const int below_title =
      inner.y + inner.h - next_people_top(context, next, inner, at) - m.px(1) - heading_height(m);
  const int moderators_h = moderators_height(context, next, inner.w);
  const int tallest = tallest_person(context, next.speakers, inner.w) - person_gap(m);
  plan.moderators_own_page = moderators_h > 0 && below_title - moderators_h < tallest;
  plan.speaker_pages = person_pages(context, next.speakers, inner.w,
                                    below_title - (plan.moderators_own_page ? 0 : moderators_h),
                                    context.layout.speakers_per_page);
  plan.pages = static_cast<int>(plan.speaker_pages.size()) + (plan.moderators_own_page ? 1 : 0);
  return plan;
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
  const int title_block = next_title_block(context, n, inner.w);
  const int title_h = people ? title_block - m.px(1) : inner.y + inner.h - y;
  out.text({inner.x, y, inner.w, title_h}, full_title(context, n, true), TextRole::title,
           theme.card_text, title_px(m), m.at_least_floor(3.4), people ? 3 : 12);
  y += title_block;
  // Every speaker, paged like the now card's, with a heading that counts the pages; the rest of
  // the day below them when they take one page and leave room.
  const NextPagePlan plan = next_page_plan(context, n, body, at);
  const int page = sub_page % plan.pages;
  if (plan.moderators_own_page && page == 0) {
    draw_moderators(context, out, n, inner, y, true);
    return;
  }
  const std::vector<int>& pages = plan.speaker_pages;
  const int speaker_page = page - (plan.moderators_own_page ? 1 : 0);
  const int moderators_h = plan.moderators_own_page ? 0 : moderators_height(context, n, inner.w);
  const int people_h =
      moderators_h +
      (n.speakers.empty() ? 0 : m.px(1) + speakers_height(context, n, pages, 0, inner.w));
  const bool later =
      people && plan.pages == 1 && !answer.later.empty() &&
      inner.y + inner.h - y - people_h - m.px(1) >= later_min_height(context, answer, at, inner.w);
  if (!plan.moderators_own_page) {
    y = draw_moderators(context, out, n, inner, y, !later && n.speakers.empty());
  }
  if (!n.speakers.empty()) {
    y = draw_speakers(context, out, n,
                      {inner.x, y + m.px(1), inner.w, inner.y + inner.h - y - m.px(1)}, pages,
                      speaker_page, !later);
  }
  if (later) {
    draw_later(context, out, answer, at,
               {inner.x, y + m.px(1), inner.w, inner.y + inner.h - y - m.px(1)});
  }
}

}  // namespace nownext::core::screen
