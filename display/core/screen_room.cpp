// Room-door screens. Geometry is in units of 1 % of the screen's shorter side, so one layout
// serves 1080x1920 and 1920x1080 alike; text sizes never go below the legibility floor.
#include "core/screen_room.hpp"

#include "core/screen_cards.hpp"

#include <algorithm>

namespace nownext::core::screen {
namespace {

void draw_state_card(const ScreenContext& context, FrameWriter& out, const RoomNow& answer,
                     Instant at, Rect card) {
  const Metrics m = metrics_of(context);
  const Theme& theme = context.theme;
  const Agenda& agenda = context.schedule.agenda();
  out.card(card, theme.card, theme.card_edge, m.px(1.5), m.edge);
  const Rect inner = inner_of(m, card);
  const std::string headline = state_headline(context, answer, at);
  std::string detail;
  if (answer.state == RoomState::before_event) detail = feed_text(context, agenda.event().title);
  if (answer.state == RoomState::after_event && context.schedule.event_over(at)) {
    detail = context.strings.word("thanks");
  }
  if (const Session* late = late_session(context, answer, at)) {
    detail = full_title(context, *late, true);
  }
  if (answer.resumes_at) {
    std::string resume = resume_line(context, answer, at);
    const bool soon = day_relation(context, at, *answer.resumes_at) == DayRelation::today &&
                      *answer.resumes_at - at <= countdown_horizon;
    if (day_not_started(context, answer, at) && soon) {
      resume += " · " + starts_in(context, at, *answer.resumes_at);
    }
    detail = detail.empty() ? resume : detail + "\n" + resume;
  }
  // The rest of the day below, when there is one: a card that waits is not left empty.
  const int later_h = std::min(later_today_height(context, answer, inner.w), inner.h / 2);
  const Rect top{inner.x, inner.y, inner.w, inner.h - later_h};
  const int head_h = top.h * 45 / 100;
  out.text({top.x, top.y + top.h / 10, top.w, head_h - top.h / 10}, headline, TextRole::title,
           theme.card_text, m.at_least_floor(8), m.at_least_floor(4), 2, Align::center);
  out.text({top.x, top.y + head_h, top.w, top.h - head_h}, detail, TextRole::body,
           theme.card_muted_text, m.at_least_floor(4), m.floor, 4, Align::center);
  if (later_h > 0) {
    draw_later_today(context, out, answer, {inner.x, top.y + top.h, inner.w, later_h});
  }
}

void draw_running_card(const ScreenContext& context, FrameWriter& out, const RoomNow& answer,
                       Instant at, int sub_page, Rect card) {
  const Metrics m = metrics_of(context);
  const Theme& theme = context.theme;
  const Agenda& agenda = context.schedule.agenda();
  const SessionChain& chain = answer.now[0];
  const Session& s = agenda.sessions()[chain.back()];
  out.card(card, theme.card, theme.card_edge, m.px(1.5), m.edge);
  const Rect inner = inner_of(m, card);
  const SpeakerPaging paging = speaker_paging(context, s, card, has_context_line(answer));
  const SessionChain parents(chain.begin(), chain.end() - 1);
  // The parent chain, and what else runs at once (a side event in a break), share the head row,
  // so the speakers keep the room the page count assumes.
  // The sessions this one is part of, by label and title: "Session 6 : Vers un pacte mondial…".
  std::string context_line = parents_text(context, parents);
  if (answer.now.size() > 1) {
    // Every other session running in the room is named, however many there are.
    std::string titles;
    for (std::size_t i = 1; i < answer.now.size(); ++i) {
      const Session& also = agenda.sessions()[answer.now[i].back()];
      titles += (titles.empty() ? "" : " · ") + feed_text(context, also.title) + " (" +
                time_range(context, also) + ")";
    }
    const std::string parallel = context.strings.word("parallel", {{"title", titles}});
    context_line = context_line.empty() ? parallel : context_line + " · " + parallel;
  }
  int y = draw_card_head(context, out, inner, s, context.strings.word("now"), theme.now_tag,
                         theme.now_tag_background, context_line, planned_too(context, s, at, true));
  if (paging.with_title == 0 && sub_page > 0) {
    // A card too small for the title and a speaker: the people continue on pages of their own.
    if (!paging.moderators_with_title) {
      y = draw_moderators(context, out, s, inner, y, s.speakers.empty());
    }
    draw_speakers(context, out, s, {inner.x, y, inner.w, inner.y + inner.h - y}, sub_page - 1,
                  paging.continued);
    return;
  }
  // A session with nothing else to show (no people, nothing later today: a closing, the last
  // break) gives its title the card, larger, with the time left at the bottom.
  const bool alone = s.moderators.empty() && s.speakers.empty() && answer.later.empty();
  const int title_h = alone ? std::max(title_height(m), inner.y + inner.h - y - progress_height(m))
                            : title_height(m);
  out.text({inner.x, y, inner.w, title_h - m.px(1)}, full_title(context, s, parents.empty()),
           TextRole::title, theme.card_text, m.at_least_floor(alone ? 10 : 6),
           m.at_least_floor(3.4), alone ? 5 : 3);
  y += title_h;

  const auto total = std::chrono::duration<double>(s.effective_end() - s.effective_start()).count();
  const auto done = std::chrono::duration<double>(at - s.effective_start()).count();
  // The time left beside the bar needs a larger share of a narrow card.
  const int bar_w = inner.w * (inner.w < m.px(80) ? 45 : 70) / 100;
  out.progress({inner.x, y + m.px(1), bar_w, m.px(1.4)}, theme.progress_track, theme.progress_fill,
               static_cast<int>(1000.0 * done / std::max(1.0, total)));
  out.text({inner.x + bar_w + m.px(2), y, inner.w - bar_w - m.px(2), m.px(3.4)},
           time_left(context, s, at), TextRole::meta, theme.card_muted_text, m.at_least_floor(2.6),
           m.floor, 1, Align::end);
  y += progress_height(m);

  if (paging.moderators_with_title) {
    y = draw_moderators(context, out, s, inner, y, paging.with_title == 0 || s.speakers.empty());
  }
  if (paging.with_title > 0) {
    const Rect speakers{inner.x, y + m.px(1), inner.w, inner.y + inner.h - y - m.px(1)};
    draw_speakers(context, out, s, speakers, sub_page, paging.with_title);
  }
  if (s.moderators.empty() && s.speakers.empty()) {
    // Registration, a welcome, a break: the card shows what follows the next session today.
    draw_later_today(context, out, answer, {inner.x, y + m.px(1), inner.w, inner.y + inner.h - y});
  }
}

void draw_next_card(const ScreenContext& context, FrameWriter& out, SessionIndex next, Instant at,
                    int sub_page, Rect card) {
  const Metrics m = metrics_of(context);
  const Theme& theme = context.theme;
  const Agenda& agenda = context.schedule.agenda();
  const Session& n = agenda.sessions()[next];
  out.card(card, theme.card, theme.card_edge, m.px(1.5), m.edge);
  const Rect inner = inner_of(m, card);
  int y = draw_card_head(context, out, inner, n, next_word(context, n), next_ink(context, n),
                         next_back(context, n), parents_text(context, parent_chain(agenda, next)),
                         planned_too(context, n, at, false));
  const NextCardPlan plan = next_card_plan(context, n, card);
  out.text({inner.x, y, inner.w, plan.title_h}, full_title(context, n, true), TextRole::title,
           theme.card_text, m.at_least_floor(4.5), m.at_least_floor(2.8), 12);
  y += plan.title_h + m.px(1);
  if (plan.per_page > 0) {
    // Its moderators and speakers as on the now card, the speakers paged with a count.
    y = draw_moderators(context, out, n, inner, y, n.speakers.empty());
    draw_speakers(context, out, n, {inner.x, y + m.px(1), inner.w, inner.y + inner.h - y - m.px(1)},
                  sub_page % plan.pages, plan.per_page);
    return;
  }
  // A card too small for one person's row: the names alone, as many as fit.
  std::string names;
  for (const Participation& p : n.moderators) {
    names += (names.empty() ? "" : ", ") + feed_text(context, agenda.people()[p.person].name);
  }
  for (const Participation& p : n.speakers) {
    names += (names.empty() ? "" : ", ") + feed_text(context, agenda.people()[p.person].name);
  }
  out.text({inner.x, y, inner.w, inner.y + inner.h - y}, names, TextRole::body,
           theme.card_muted_text, name_px(m), m.floor, 8);
}

}  // namespace

SpeakerPaging speaker_paging(const ScreenContext& context, const Session& s, Rect card,
                             bool has_chain) {
  const Metrics m = metrics_of(context);
  const Rect inner = inner_of(m, card);
  const int row_h = person_row_height(m);
  // The room the card leaves for speakers below its title, as draw_running_card lays it out.
  const int head_h = card_head_height(context, inner.w, s, has_chain);
  const int title_block = head_h + title_height(m) + progress_height(m);
  SpeakerPaging paging;
  // The moderators stay with the title when they fit below it; otherwise they open the pages
  // that follow.

  paging.moderators_with_title =
      s.moderators.empty() || title_block + moderators_height(m, s) <= inner.h;
  const int below_title =
      inner.h - title_block - moderators_height(m, s) - heading_height(m) - m.px(1);
  paging.with_title = paging.moderators_with_title
                          ? std::clamp(below_title / row_h, 0, context.layout.speakers_per_page)
                          : 0;
  const int below_head = inner.h - head_h - heading_height(m) -
                         (paging.moderators_with_title ? 0 : moderators_height(m, s));
  paging.continued = std::clamp(below_head / row_h, 1, context.layout.speakers_per_page);
  const auto speakers = static_cast<int>(s.speakers.size());
  const auto pages = [](int items, int per_page) { return (items + per_page - 1) / per_page; };
  if (speakers == 0) {
    paging.pages = paging.moderators_with_title ? 1 : 2;
  } else if (paging.with_title > 0) {
    paging.pages = pages(speakers, paging.with_title);
  } else {
    paging.pages = 1 + pages(speakers, paging.continued);
  }
  return paging;
}

bool has_context_line(const RoomNow& answer) {
  return answer.state == RoomState::running && (answer.now[0].size() > 1 || answer.now.size() > 1);
}

Rect now_card_rect(const ScreenContext& context, const RoomNow& answer, Rect body) {
  return answer.next ? split_body(context, body).now : body;
}

namespace {

// Where the next page's speakers start, as draw_room_next lays the page out.
int next_speakers_top(const ScreenContext& context, const Session& n, Rect inner) {
  const Metrics m = metrics_of(context);
  const bool has_chain = n.parent.has_value();
  return inner.y + card_head_height(context, inner.w, n, has_chain) + title_height(m) +
         moderators_height(m, n);
}

}  // namespace

int next_speakers_per_page(const ScreenContext& context, const Session& next, Rect body) {
  const Metrics m = metrics_of(context);
  const Rect inner = inner_of(m, body);
  const int room =
      inner.y + inner.h - next_speakers_top(context, next, inner) - m.px(1) - heading_height(m);
  return std::max(1, room / person_row_height(m));
}

NextCardPlan next_card_plan(const ScreenContext& context, const Session& next, Rect card) {
  const Metrics m = metrics_of(context);
  const Rect inner = inner_of(m, card);
  const int row_h = person_row_height(m);
  const int below_head =
      inner.h - card_head_height(context, inner.w, next, next.parent.has_value()) - m.px(1);
  NextCardPlan plan;
  const auto moderators = static_cast<int>(next.moderators.size());
  const auto speakers = static_cast<int>(next.speakers.size());
  if (moderators + speakers == 0) {  // the title may use the whole card
    plan.title_h = std::max(0, below_head);
    return plan;
  }
  plan.title_h = std::clamp(m.px(16), 0, std::max(0, below_head));
  const int below_title = below_head - plan.title_h - moderators_height(m, next);
  const int for_speakers = below_title - (speakers > 0 ? heading_height(m) + m.px(1) : 0);
  if (below_title < 0 || (speakers > 0 && for_speakers < row_h)) {
    // No room for people's rows: the names follow the title, which keeps three lines of them.
    plan.title_h = std::clamp(below_head - name_px(m) * 14 / 10 * 3, m.px(8), below_head);
    return plan;
  }
  plan.per_page =
      speakers > 0 ? std::min(for_speakers / row_h, context.layout.speakers_per_page) : 1;
  plan.pages = speakers > 0 ? (speakers + plan.per_page - 1) / plan.per_page : 1;
  return plan;
}

int room_now_pages(const ScreenContext& context, const RoomNow& answer, Rect body) {
  int pages = 1;
  if (answer.state == RoomState::running) {
    const Session& s = context.schedule.agenda().sessions()[answer.now[0].back()];
    pages =
        speaker_paging(context, s, now_card_rect(context, answer, body), has_context_line(answer))
            .pages;
  }
  if (answer.next) {
    const Session& next = context.schedule.agenda().sessions()[*answer.next];
    pages = std::max(pages, next_card_plan(context, next, split_body(context, body).next).pages);
  }
  return pages;
}

void draw_room_now(const ScreenContext& context, FrameWriter& out, const RoomNow& answer,
                   Instant at, int sub_page, Rect body) {
  const RoomCards cards = split_body(context, body);
  // Each card pages through its own people; the page counts the longer of the two, and the
  // shorter starts again.
  if (answer.state == RoomState::running) {
    const Rect card = now_card_rect(context, answer, body);
    const Session& s = context.schedule.agenda().sessions()[answer.now[0].back()];
    const int pages = speaker_paging(context, s, card, has_context_line(answer)).pages;
    draw_running_card(context, out, answer, at, sub_page % pages, card);
  } else {
    draw_state_card(context, out, answer, at, now_card_rect(context, answer, body));
  }
  if (answer.next) draw_next_card(context, out, *answer.next, at, sub_page, cards.next);
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
  int y = draw_card_head(
      context, out, inner, n, next_word(context, n), next_ink(context, n), next_back(context, n),
      parents_text(context, parent_chain(agenda, *answer.next)), planned_too(context, n, at, true));
  // Without people to list, the title may use the whole card.
  const bool people = !n.moderators.empty() || !n.speakers.empty();
  const int title_h = people ? title_height(m) - m.px(1) : inner.y + inner.h - y;
  out.text({inner.x, y, inner.w, title_h}, full_title(context, n, true), TextRole::title,
           theme.card_text, m.at_least_floor(6), m.at_least_floor(3.4), people ? 3 : 12);
  y += title_height(m);
  y = draw_moderators(context, out, n, inner, y, n.speakers.empty());
  // Every speaker, paged like the now card's, with a heading that counts the pages.
  const Rect speakers{inner.x, y + m.px(1), inner.w, inner.y + inner.h - y - m.px(1)};
  draw_speakers(context, out, n, speakers, sub_page, next_speakers_per_page(context, n, body));
}

}  // namespace nownext::core::screen
