// Room-door screens. Geometry is in units of 1 % of the screen's shorter side, so one layout
// serves 1080x1920 and 1920x1080 alike; text sizes never go below the legibility floor.
#include "core/screen_room.hpp"

#include "core/screen_cards.hpp"
#include "core/screen_later.hpp"

#include <algorithm>

namespace nownext::core::screen {
namespace {

// The next card's people when it has no room for their rows (names_line), in up to
// names_max_lines lines.
constexpr int names_max_lines = 24;

// Between the next card's title and its names, px.
int names_gap(const Metrics& m) {
  return m.px(2.5);
}

// The people of `n` from `from` to `to` (moderators, then speakers, counted together).
Session people_between(const Session& n, std::size_t from, std::size_t to) {
  Session part = n;
  const std::size_t moderators = n.moderators.size();
  part.moderators.assign(
      n.moderators.begin() + static_cast<std::ptrdiff_t>(std::min(from, moderators)),
      n.moderators.begin() + static_cast<std::ptrdiff_t>(std::min(to, moderators)));
  part.speakers.assign(
      n.speakers.begin() + static_cast<std::ptrdiff_t>(std::max(from, moderators) - moderators),
      n.speakers.begin() + static_cast<std::ptrdiff_t>(std::max(to, moderators) - moderators));
  return part;
}

// Page `page` of the names paged at `starts` (names_pages): the names line of its people, with
// "1/2" after it when there are more pages. One page is the whole names line.
std::string names_page_text(const ScreenContext& context, const Session& n,
                            const std::vector<int>& starts, int page) {
  if (starts.size() <= 1) return names_line(context, n);
  const std::size_t pages = starts.size();
  const auto at = static_cast<std::size_t>(std::clamp(page, 0, static_cast<int>(pages) - 1));
  const std::size_t from = static_cast<std::size_t>(starts[at]);
  const std::size_t to = at + 1 < pages ? static_cast<std::size_t>(starts[at + 1])
                                        : n.moderators.size() + n.speakers.size();
  return names_line(context, people_between(n, from, to), &n) + "  " +
         context.strings.word("page", {{"page", static_cast<long long>(at + 1)},
                                       {"pages", static_cast<long long>(pages)}});
}

// The names of `n` in pages of whole names, each page's names line (with its "1/2") no taller
// than `room_px` in `width_px`: the index of each page's first person. A name taller than a
// page alone has a page of its own.
std::vector<int> names_pages(const ScreenContext& context, const Session& n, int width_px,
                             int room_px) {
  const std::size_t people = n.moderators.size() + n.speakers.size();
  std::vector<int> starts{0};
  const int size_px = name_px(metrics_of(context));
  const std::string count = context.strings.word("page", {{"page", 9LL}, {"pages", 9LL}});
  for (std::size_t i = 1; i < people; ++i) {
    // The page so far with one more name, and its count at its widest (under ten pages).
    const Session page = people_between(n, static_cast<std::size_t>(starts.back()), i + 1);
    const std::string line = names_line(context, page, &n) + "  " + count;
    if (text_height(context, TextRole::body, size_px, width_px, line, names_max_lines) > room_px) {
      starts.push_back(static_cast<int>(i));
    }
  }
  return starts;
}

// The largest and the smallest size of the next card's title, px.
int next_title_px(const Metrics& m) {
  return m.at_least_floor(4.5);
}
int next_title_min_px(const Metrics& m) {
  return m.at_least_floor(2.8);
}
// The height of the now card's title in `inner_w`: its measured lines at its largest size (up to
// six), at least title_height. The label is shown when the session is no part of another.
int now_title_height(const ScreenContext& context, const Session& s, int inner_w) {
  const Metrics m = metrics_of(context);
  const int title_px = m.at_least_floor(6);
  // Measured line by line: an Arabic or Chinese line is taller than a Latin one, and a paired
  // title's parts may wrap to different counts.
  return std::max(title_height(m), text_height(context, TextRole::title, title_px, inner_w,
                                               full_title(context, s, !s.parent), 6) +
                                       m.px(1));
}

// The height the next card's title takes at that size in `width_px`, measured.
int next_title_height(const ScreenContext& context, const Session& next, int width_px) {
  const int title_px = next_title_px(metrics_of(context));
  return text_height(context, TextRole::title, title_px, width_px, full_title(context, next, true),
                     24);
}

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
  if (std::string cancelled = cancelled_now_text(context, answer.room, at, "\n");
      !cancelled.empty()) {
    detail = detail.empty() ? std::move(cancelled) : std::move(cancelled) + "\n" + detail;
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
  // It gives way to the headline and the detail as they measure: what the card says about the
  // room comes before the list.
  const int headline_px = m.at_least_floor(8);
  const int words_h =
      inner.h / 10 + text_height(context, TextRole::title, headline_px, inner.w, headline, 2) +
      m.px(2) +
      (detail.empty()
           ? 0
           : text_height(context, TextRole::body, m.at_least_floor(4), inner.w, detail, 4));
  // The list takes what the words leave, when that holds at least its first session.
  int later_h =
      std::max(0, std::min(later_full_height(context, answer, at, inner.w), inner.h - words_h));
  if (later_h < later_min_height(context, answer, at, inner.w)) later_h = 0;
  const Rect top{inner.x, inner.y, inner.w, inner.h - later_h};
  // The headline's band is 45 % of the card, less what the detail needs below it (on a pair
  // screen, two languages of up to four lines each), down to what the headline's lines measure.
  const int headline_h =
      top.h / 10 + text_height(context, TextRole::title, headline_px, top.w, headline, 2);
  const int detail_h =
      detail.empty() ? 0
                     : text_height(context, TextRole::body, m.at_least_floor(4), top.w, detail, 4);
  const int head_h = std::min(top.h * 45 / 100, std::max(headline_h, top.h - detail_h));
  out.text({top.x, top.y + top.h / 10, top.w, head_h - top.h / 10}, headline, TextRole::title,
           theme.card_text, headline_px, m.at_least_floor(4), 2, Align::center);
  out.text({top.x, top.y + head_h, top.w, top.h - head_h}, detail, TextRole::body,
           theme.card_muted_text, m.at_least_floor(4), m.floor, 4, Align::center);
  if (later_h > 0) {
    draw_later(context, out, answer, at, {inner.x, top.y + top.h, inner.w, later_h});
  }
}

// The now card of a running session. With `offer_later`, the rest of the day fills the room its
// people leave on a card of one page; returns whether it did.
bool draw_running_card(const ScreenContext& context, FrameWriter& out, const RoomNow& answer,
                       Instant at, int sub_page, Rect card, bool offer_later) {
  const Metrics m = metrics_of(context);
  const Theme& theme = context.theme;
  const Agenda& agenda = context.schedule.agenda();
  const SessionChain& chain = answer.now[0];
  const Session& s = agenda.sessions()[chain.back()];
  out.card(card, theme.card, theme.card_edge, m.px(1.5), m.edge);
  const Rect inner = inner_of(m, card);
  const std::string context_line = now_context_line(context, answer);
  const SpeakerPaging paging = speaker_paging(context, s, card, context_line, at);
  const SessionChain parents(chain.begin(), chain.end() - 1);
  int y = draw_card_head(context, out, inner, s, context.strings.word("now"), theme.now_tag,
                         theme.now_tag_background, context_line, planned_too(context, s, at, true));
  if (!paging.speakers_with_title && sub_page > 0) {
    // A card too small for the title and a speaker: the people continue on pages of their own.
    if (paging.moderators_own_page && sub_page == 1) {
      draw_moderators(context, out, s, inner, y, true);
      return false;
    }
    if (!paging.moderators_with_title && !paging.moderators_own_page) {
      y = draw_moderators(context, out, s, inner, y, s.speakers.empty());
    }
    draw_speakers(context, out, s, {inner.x, y, inner.w, inner.y + inner.h - y},
                  paging.speaker_pages, sub_page - (paging.moderators_own_page ? 2 : 1));
    return false;
  }
  // A session with nothing else to show (no people, nothing later today: a closing, the last
  // break) gives its title the card, larger, with the time left at the bottom.
  const bool alone = s.moderators.empty() && s.speakers.empty() && answer.later.empty();
  // On a card shorter than its title block (a portrait layout on a landscape screen), the title
  // shrinks into what the head leaves above the bar, keeping at least a line at its smallest.
  const int above_bar = inner.y + inner.h - y - progress_height(m);
  const int title_h =
      alone ? std::max(title_height(m), above_bar)
            : std::max(std::min(now_title_height(context, s, inner.w), above_bar),
                       text_height(context, TextRole::title, m.at_least_floor(3.4), inner.w,
                                   full_title(context, s, parents.empty()), 1) +
                           m.px(1));
  out.text({inner.x, y, inner.w, title_h - m.px(1)}, full_title(context, s, parents.empty()),
           TextRole::title, theme.card_text, m.at_least_floor(alone ? 10 : 6),
           m.at_least_floor(3.4), 6);
  y += title_h;

  const auto total = std::chrono::duration<double>(s.effective_end() - s.effective_start()).count();
  const auto done = std::chrono::duration<double>(at - s.effective_start()).count();
  // The time left beside the bar needs a larger share of a narrow card, and keeps its words
  // whole: the bar gives way to them, down to a third of the card. A time left with a date
  // ("hasta el lunes, 11 de septiembre de 2023, 1:00", field case 03) too long for that takes
  // the bar's place, or, too long for the card's width, is left out: the times above the title
  // say the same end, and a cut one would lose it.
  const std::string left = time_left(context, s, at);
  const int left_px = m.at_least_floor(2.6);
  const int left_w = text_width(context, TextRole::meta, m.floor, left);
  const bool left_beside_bar = left_w <= inner.w - inner.w / 3 - m.px(2);
  const bool left_alone = !left_beside_bar && left_w <= inner.w;
  const int bar_w =
      left_alone ? 0
      : left_beside_bar
          ? std::max(inner.w / 3, std::min(inner.w * (inner.w < m.px(80) ? 45 : 70) / 100,
                                           inner.w - m.px(2) -
                                               text_width(context, TextRole::meta, left_px, left)))
          : inner.w;
  // The bar and the time left only where the card has room for them below the title.
  if (y + m.px(3.4) <= inner.y + inner.h) {
    if (bar_w > 0) {
      out.progress({inner.x, y + m.px(1), bar_w, m.px(1.4)}, theme.progress_track,
                   theme.progress_fill, static_cast<int>(1000.0 * done / std::max(1.0, total)));
    }
    if (bar_w < inner.w) {
      const int left_x = bar_w > 0 ? inner.x + bar_w + m.px(2) : inner.x;
      out.text({left_x, y, inner.x + inner.w - left_x, m.px(3.4)}, left, TextRole::meta,
               theme.card_muted_text, left_px, m.floor, 1, Align::end);
    }
  }
  y += progress_height(m);

  // Registration, a welcome, a break, or a session whose people leave room: the card shows what
  // follows the next session today below them.
  const int people_h =
      (paging.moderators_with_title ? moderators_height(context, s, inner.w) : 0) +
      (paging.speakers_with_title
           ? m.px(1) + speakers_height(context, s, paging.speaker_pages, 0, inner.w)
           : 0);
  const int spare = inner.y + inner.h - y - people_h - m.px(1);
  const bool later = offer_later && paging.pages == 1 && !answer.later.empty() &&
                     spare >= later_min_height(context, answer, at, inner.w);
  if (paging.moderators_with_title) {
    y = draw_moderators(context, out, s, inner, y,
                        !later && (!paging.speakers_with_title || s.speakers.empty()));
  }
  if (paging.speakers_with_title) {
    const Rect speakers{inner.x, y + m.px(1), inner.w, inner.y + inner.h - y - m.px(1)};
    y = draw_speakers(context, out, s, speakers, paging.speaker_pages, sub_page, !later);
  }
  if (later) {
    draw_later(context, out, answer, at, {inner.x, y + m.px(1), inner.w, inner.y + inner.h - y});
  }
  return later;
}

// The next card beside (or below) the now card. With `offer_later`, the rest of the day fills
// the room its people leave on a card of one page; returns whether it did.
bool draw_next_card(const ScreenContext& context, FrameWriter& out, const RoomNow& answer,
                    Instant at, int sub_page, Rect card, bool offer_later) {
  const Metrics m = metrics_of(context);
  const Theme& theme = context.theme;
  const Agenda& agenda = context.schedule.agenda();
  const SessionIndex next = *answer.next;
  const Session& n = agenda.sessions()[next];
  out.card(card, theme.card, theme.card_edge, m.px(1.5), m.edge);
  const Rect inner = inner_of(m, card);
  int y = draw_card_head(context, out, inner, n, next_word(context, n), next_ink(context, n),
                         next_back(context, n), next_context_line(context, n),
                         planned_too(context, n, at, false));
  const NextCardPlan plan = next_card_plan(context, n, card, at);
  // A session without people (a break, a closing) leaves its card to the rest of the day below
  // its title, when that has room; otherwise the title may use the whole card.
  const bool bare = n.moderators.empty() && n.speakers.empty();
  int title_h = plan.title_h;
  bool later_below_title = false;
  if (bare && offer_later && !answer.later.empty()) {
    const int wanted = std::max(m.px(8), next_title_height(context, n, inner.w));
    later_below_title =
        plan.title_h - wanted - m.px(1) >= later_min_height(context, answer, at, inner.w);
    if (later_below_title) title_h = wanted;
  }
  out.text({inner.x, y, inner.w, title_h}, full_title(context, n, true), TextRole::title,
           theme.card_text, next_title_px(m), next_title_min_px(m), 24);
  y += title_h + m.px(1);
  if (later_below_title) {
    draw_later(context, out, answer, at, {inner.x, y, inner.w, inner.y + inner.h - y});
    return true;
  }
  if (bare) return false;
  if (plan.people_rows) {
    // Its moderators and speakers as on the now card, the speakers paged with a count.
    const int people_h =
        moderators_height(context, n, inner.w) +
        (n.speakers.empty()
             ? 0
             : m.px(1) + speakers_height(context, n, plan.speaker_pages, 0, inner.w));
    const bool later = offer_later && plan.pages == 1 && !answer.later.empty() &&
                       inner.y + inner.h - y - people_h - m.px(1) >=
                           later_min_height(context, answer, at, inner.w);
    y = draw_moderators(context, out, n, inner, y, !later && n.speakers.empty());
    if (!n.speakers.empty()) {
      y = draw_speakers(context, out, n,
                        {inner.x, y + m.px(1), inner.w, inner.y + inner.h - y - m.px(1)},
                        plan.speaker_pages, sub_page % plan.pages, !later);
    }
    if (later) {
      draw_later(context, out, answer, at,
                 {inner.x, y + m.px(1), inner.w, inner.y + inner.h - y - m.px(1)});
    }
    return later;
  }
  // A card too small for one person's row: the names alone, below a title that left them the
  // lines they measure, paged when they need more (next_card_plan).
  y += names_gap(m) - m.px(1);
  out.names({inner.x, y, inner.w, inner.y + inner.h - y},
            names_page_text(context, n, plan.name_pages, sub_page % plan.pages), TextRole::body,
            theme.card_muted_text, name_px(m), m.floor, names_max_lines);
  return false;
}

}  // namespace

SpeakerPaging speaker_paging(const ScreenContext& context, const Session& s, Rect card,
                             const std::string& context_line, Instant at) {
  const Metrics m = metrics_of(context);
  const Rect inner = inner_of(m, card);
  // The room the card leaves for speakers below its title, as draw_running_card lays it out.
  const int head_h =
      card_head_height(context, inner.w, s, context_line, planned_too(context, s, at, true));
  const int title_block = head_h + now_title_height(context, s, inner.w) + progress_height(m);
  const int moderators_h = moderators_height(context, s, inner.w);
  const int max_per_page = context.layout.speakers_per_page;
  SpeakerPaging paging;
  // The moderators stay with the title when they fit below it; otherwise they open the pages
  // that follow.
  paging.moderators_with_title = s.moderators.empty() || title_block + moderators_h <= inner.h;
  if (s.speakers.empty()) {
    paging.pages = paging.moderators_with_title ? 1 : 2;
    return paging;
  }
  // A row's gap is not needed below the last one.
  const int tallest = tallest_person(context, s.speakers, inner.w) - person_gap(m);
  const int below_title = inner.h - title_block - moderators_h - heading_height(m) - m.px(1);
  paging.speakers_with_title = paging.moderators_with_title && below_title >= tallest;
  if (paging.speakers_with_title) {
    paging.speaker_pages = person_pages(context, s.speakers, inner.w, below_title, max_per_page);
    paging.pages = static_cast<int>(paging.speaker_pages.size());
    return paging;
  }
  const int below_head = inner.h - head_h - heading_height(m);
  paging.moderators_own_page = !paging.moderators_with_title && below_head - moderators_h < tallest;
  const bool moderators_repeat = !paging.moderators_with_title && !paging.moderators_own_page;
  paging.speaker_pages =
      person_pages(context, s.speakers, inner.w,
                   below_head - (moderators_repeat ? moderators_h : 0), max_per_page);
  paging.pages =
      1 + (paging.moderators_own_page ? 1 : 0) + static_cast<int>(paging.speaker_pages.size());
  return paging;
}

std::string now_context_line(const ScreenContext& context, const RoomNow& answer) {
  if (answer.state != RoomState::running) return {};
  const Agenda& agenda = context.schedule.agenda();
  const SessionChain& chain = answer.now[0];
  // The sessions this one is part of, by label and title: "Session 6 : Vers un pacte mondial…".
  std::string line = parents_text(context, SessionChain(chain.begin(), chain.end() - 1));
  if (answer.now.size() > 1) {
    // Every other session running in the room is named, however many there are.
    std::string titles;
    for (std::size_t i = 1; i < answer.now.size(); ++i) {
      const Session& also = agenda.sessions()[answer.now[i].back()];
      titles += (titles.empty() ? "" : " · ") + labelled_title(context, also) + " (" +
                time_range(context, also) + ")";
    }
    const std::string parallel = context.strings.word("parallel", {{"title", titles}});
    line = line.empty() ? parallel : line + " · " + parallel;
  }
  return line;
}

std::string next_context_line(const ScreenContext& context, const Session& next) {
  const Agenda& agenda = context.schedule.agenda();
  SessionChain parents;
  for (auto up = next.parent; up; up = agenda.sessions()[*up].parent) {
    parents.insert(parents.begin(), *up);
  }
  return parents_text(context, parents);
}

Rect now_card_rect(const ScreenContext& context, const RoomNow& answer, Rect body) {
  return answer.next ? split_body(context, body).now : body;
}

NextCardPlan next_card_plan(const ScreenContext& context, const Session& next, Rect card,
                            Instant at) {
  const Metrics m = metrics_of(context);
  const Rect inner = inner_of(m, card);
  const int below_head = inner.h -
                         card_head_height(context, inner.w, next, next_context_line(context, next),
                                          planned_too(context, next, at, false)) -
                         m.px(1);
  NextCardPlan plan;
  if (next.moderators.empty() && next.speakers.empty()) {  // the title may use the whole card
    plan.title_h = std::max(0, below_head);
    return plan;
  }
  plan.title_h = std::clamp(m.px(16), 0, std::max(0, below_head));
  const int below_title = below_head - plan.title_h - moderators_height(context, next, inner.w);
  const bool speakers = !next.speakers.empty();
  const int for_speakers = below_title - (speakers ? heading_height(m) + m.px(1) : 0);
  const int tallest = tallest_person(context, next.speakers, inner.w) - person_gap(m);
  if (below_title < 0 || (speakers && for_speakers < tallest)) {
    // No room for people's rows: the names follow the title's measured lines, which leave them
    // the lines they measure (every name is shown; the title shrinks first, down to a line).
    const int names_h = text_height(context, TextRole::body, name_px(m), inner.w,
                                    names_line(context, next), names_max_lines);
    // A card too small for both keeps one line of the title, at its smallest size (the door's
    // next page shows it whole), and pages the names beside it: never a name is cut.
    const int wanted = next_title_height(context, next, inner.w);
    const int title_min =
        std::min(line_height(context, TextRole::title, next_title_min_px(m)), wanted);
    int tallest_names = names_h;
    if (names_h > below_head - title_min - names_gap(m)) {
      plan.name_pages = names_pages(context, next, inner.w, below_head - title_min - names_gap(m));
      plan.pages = static_cast<int>(plan.name_pages.size());
      tallest_names = 0;
      for (int page = 0; page < plan.pages; ++page) {
        tallest_names = std::max(
            tallest_names,
            text_height(context, TextRole::body, name_px(m), inner.w,
                        names_page_text(context, next, plan.name_pages, page), names_max_lines));
      }
    }
    const int room = std::max(0, below_head);
    plan.title_h = std::clamp(std::min(wanted, below_head - tallest_names - names_gap(m)),
                              std::min(title_min, room), room);
    return plan;
  }
  plan.people_rows = true;
  // Between the title and the speakers' heading, a heading's height of room, so that a title
  // grown into the card does not run into the people below it.
  const int title_gap = speakers ? heading_height(m) : 0;
  // The speakers are paged in the room the whole title, at its smallest size, leaves when their
  // tallest row fits there: more pages rather than a title cut on every page by the tallest one
  // (two long names that wrap).
  const int wanted_title = next_title_height(context, next, inner.w);
  const int smallest_title = text_height(context, TextRole::title, next_title_min_px(m), inner.w,
                                         full_title(context, next, true), 24);
  const int for_speakers_whole =
      for_speakers - std::max(0, smallest_title + title_gap - plan.title_h);
  plan.speaker_pages =
      person_pages(context, next.speakers, inner.w,
                   for_speakers_whole >= tallest ? for_speakers_whole : for_speakers,
                   context.layout.speakers_per_page);
  plan.pages = std::max(1, static_cast<int>(plan.speaker_pages.size()));
  // The title grows into the room the people's tallest page leaves, as far as its lines at the
  // largest size need: a long title is not cut beside an empty half-card.
  const int moderators_h = moderators_height(context, next, inner.w);
  int people_h = moderators_h;
  for (int page = 0; speakers && page < plan.pages; ++page) {
    // speakers_height counts their heading.
    people_h =
        std::max(people_h, title_gap + moderators_h + m.px(1) +
                               speakers_height(context, next, plan.speaker_pages, page, inner.w));
  }
  plan.title_h =
      std::clamp(wanted_title, plan.title_h, std::max(plan.title_h, below_head - people_h));
  return plan;
}

int room_now_pages(const ScreenContext& context, const RoomNow& answer, Rect body, Instant at) {
  int pages = 1;
  if (answer.state == RoomState::running) {
    const Session& s = context.schedule.agenda().sessions()[answer.now[0].back()];
    pages = speaker_paging(context, s, now_card_rect(context, answer, body),
                           now_context_line(context, answer), at)
                .pages;
  }
  if (answer.next) {
    const Session& next = context.schedule.agenda().sessions()[*answer.next];
    pages =
        std::max(pages, next_card_plan(context, next, split_body(context, body).next, at).pages);
  }
  return pages;
}

void draw_room_now(const ScreenContext& context, FrameWriter& out, const RoomNow& answer,
                   Instant at, int sub_page, Rect body) {
  const RoomCards cards = split_body(context, body);
  // Each card pages through its own people; the page counts the longer of the two, and the
  // shorter starts again. The rest of the day goes where there is room for it: first on the
  // larger card, on cards of one size on the next card (it follows what that card shows).
  const bool running = answer.state == RoomState::running;
  const Rect now_card = now_card_rect(context, answer, body);
  const auto draw_now = [&](bool offer_later) {
    if (!running) {
      draw_state_card(context, out, answer, at, now_card);
      return false;
    }
    const Session& s = context.schedule.agenda().sessions()[answer.now[0].back()];
    const int pages =
        speaker_paging(context, s, now_card, now_context_line(context, answer), at).pages;
    return draw_running_card(context, out, answer, at, sub_page % pages, now_card, offer_later);
  };
  const auto draw_next = [&](bool offer_later) {
    return answer.next &&
           draw_next_card(context, out, answer, at, sub_page, cards.next, offer_later);
  };
  // A state card (a break, before the day) always lists the rest of the day itself.
  const auto area = [](Rect r) { return static_cast<long>(r.w) * r.h; };
  if (!running || (answer.next && area(cards.now) > area(cards.next))) {
    const bool later_on_now = draw_now(true);
    draw_next(running && !later_on_now);
  } else {
    const bool later_on_next = draw_next(true);
    draw_now(!later_on_next);
  }
}

}  // namespace nownext::core::screen
