// Room-door screens. Geometry is in units of 1 % of the screen's shorter side, so one layout
// serves 1080x1920 and 1920x1080 alike; text sizes never go below the legibility floor.
#include "core/screen_room.hpp"

#include <algorithm>

namespace nownext::core::screen {
namespace {

// A person on a card: the name on one line, the role in smaller text on up to two lines below.
// Every row has the same sizes, so a list reads evenly.
int name_px(const Metrics& m) {
  return m.at_least_floor(3);
}
int person_row_height(const Metrics& m) {
  return name_px(m) * 14 / 10 + m.floor * 29 / 10;
}

// Heights of the now card's parts above its speakers, shared by drawing and by the count of
// speakers that fit.
int tag_height(const Metrics& m) {
  return std::max(m.floor * 3 / 2, m.px(4));
}
int tag_row_height(const Metrics& m) {
  return tag_height(m) + m.px(1.5);
}
int title_height(const Metrics& m) {
  return m.px(19);
}
int progress_height(const Metrics& m) {
  return m.px(5.5);
}
int heading_height(const Metrics& m) {
  return m.floor * 3 / 2 + m.px(0.5);
}
int card_padding(const Metrics& m) {
  return m.px(3);
}

struct RoomCards {
  Rect now;
  Rect next;
};

RoomCards split_body(const ScreenContext& context, Rect body) {
  const Metrics m = metrics_of(context);
  const int gap = m.px(2);
  if (context.layout.arrangement == Arrangement::side_by_side) {
    const int now_w = static_cast<int>((body.w - gap) * context.layout.now_share);
    return {{body.x, body.y, now_w, body.h},
            {body.x + now_w + gap, body.y, body.w - now_w - gap, body.h}};
  }
  const int now_h = static_cast<int>((body.h - gap) * context.layout.now_share);
  return {{body.x, body.y, body.w, now_h},
          {body.x, body.y + now_h + gap, body.w, body.h - now_h - gap}};
}

Rect inner_of(const Metrics& m, Rect card) {
  const int pad = card_padding(m);
  return {card.x + pad, card.y + pad, card.w - 2 * pad, card.h - 2 * pad};
}

void draw_person(const ScreenContext& context, FrameWriter& out, const Participation& p, Rect row,
                 std::string_view pattern_key) {
  const Metrics m = metrics_of(context);
  const Agenda& agenda = context.schedule.agenda();
  std::string name = feed_text(context, agenda.people()[p.person].name);
  if (!pattern_key.empty()) name = context.strings.word(pattern_key, {{"name", name}});
  if (!p.note.empty()) name += " (" + feed_text(context, p.note) + ")";
  const int name_h = name_px(m) * 14 / 10;
  out.text({row.x, row.y, row.w, name_h}, name, TextRole::body, context.theme.card_text, name_px(m),
           name_px(m));
  // Two lines of role in a row; the page's last row may take more, down to its card's edge.
  const int role_lines = std::max(2, (row.h - name_h) / (m.floor * 14 / 10));
  out.text({row.x, row.y + name_h, row.w, row.h - name_h}, feed_text(context, agenda.role_of(p)),
           TextRole::meta, context.theme.card_muted_text, m.floor, m.floor, role_lines);
}

// The moderators' block: a heading ("Modération"), then a row each; empty without moderators.
int moderators_height(const Metrics& m, const Session& s) {
  return s.moderators.empty()
             ? 0
             : heading_height(m) + person_row_height(m) * static_cast<int>(s.moderators.size());
}

// Draws the moderators' block from `y` in `inner`; the last row may use the card's room below
// it when nothing follows (`last_block`). Returns the y below the block.
int draw_moderators(const ScreenContext& context, FrameWriter& out, const Session& s, Rect inner,
                    int y, bool last_block) {
  if (s.moderators.empty()) return y;
  const Metrics m = metrics_of(context);
  out.text({inner.x, y, inner.w, heading_height(m)},
           context.strings.word(s.moderators.size() == 1 ? "moderator" : "moderators"),
           TextRole::meta, context.theme.accent, m.floor, m.floor);
  y += heading_height(m);
  const int row_h = person_row_height(m);
  for (std::size_t i = 0; i < s.moderators.size(); ++i) {
    const bool last = last_block && i + 1 == s.moderators.size();
    const int h = last ? std::max(row_h, inner.y + inner.h - y) : row_h;
    draw_person(context, out, s.moderators[i], {inner.x, y, inner.w, h}, "");
    y += row_h;
  }
  return y;
}

}  // namespace

int card_head_height(const ScreenContext& context, int inner_w, const Session& s, bool has_chain) {
  const Metrics m = metrics_of(context);
  // The chain (parents, sessions running at once) has a row of its own below the tag; on a
  // narrow card the time and a status too, so that none of them is squeezed into a cut.
  const bool narrow = inner_w < m.px(80);
  const bool status = !s.cancelled() && !status_word(context, s).empty();
  const int rows = 1 + (narrow ? 1 : 0) + (narrow && status ? 1 : 0) + (has_chain ? 1 : 0);
  return tag_row_height(m) * rows;
}

namespace {

// The head of a session card: its tag, a status warning, the chain, the time (see
// card_head_height). Returns the y below the head.
int draw_card_head(const ScreenContext& context, FrameWriter& out, Rect inner, const Session& s,
                   const std::string& tag_word, Color tag_text, Color tag_back,
                   const std::string& chain, const std::string& when) {
  const Metrics m = metrics_of(context);
  const Theme& theme = context.theme;
  const int tag_h = tag_height(m);
  // Pills as wide as their words, never wider than the card.
  const int tag_w = std::min(pill_width(context, tag_word, tag_h, m.px(20)), inner.w);
  // A cancelled session says so in its tag (next_word); a second tag would repeat it.
  const std::string status = s.cancelled() ? "" : status_word(context, s);
  const bool narrow = inner.w < m.px(80);
  int x = inner.x;
  out.tag(x, inner.y, tag_w, tag_h, tag_word, tag_text, tag_back);
  x += tag_w + m.px(1.5);
  int below_y = inner.y + tag_row_height(m);
  const Rect when_rect = narrow ? Rect{inner.x, below_y, inner.w, tag_h} : Rect{};
  if (narrow) below_y += tag_row_height(m);
  if (!status.empty()) {
    const int status_y = narrow ? below_y : inner.y;
    const int status_x = narrow ? inner.x : x;
    const int status_w = std::min(pill_width(context, status, tag_h, m.px(30)), inner.w);
    out.tag(status_x, status_y, status_w, tag_h, status, theme.warning, theme.warning_background);
    if (narrow) {
      below_y += tag_row_height(m);
    } else {
      x += status_w + m.px(1.5);
    }
  }
  const int rest = inner.x + inner.w - x;
  out.text(narrow ? when_rect : Rect{x, inner.y, rest, tag_h}, when, TextRole::meta,
           theme.card_text, m.at_least_floor(3), m.floor, 1, narrow ? Align::start : Align::end);
  out.text({inner.x, below_y, inner.w, tag_h}, chain, TextRole::meta, theme.accent,
           m.at_least_floor(3), m.floor);
  return inner.y + card_head_height(context, inner.w, s, !chain.empty());
}

SessionChain parent_chain(const Agenda& agenda, SessionIndex s) {
  SessionChain chain;
  for (auto up = agenda.sessions()[s].parent; up; up = agenda.sessions()[*up].parent) {
    chain.insert(chain.begin(), *up);
  }
  return chain;
}

std::string full_title(const ScreenContext& context, const Session& s, bool with_label) {
  if (!with_label || s.label.empty()) return feed_text(context, s.title);
  return labelled_title(context, s);
}

// The next card's tag: "À SUIVRE", or "ANNULÉ" in the warning colours for a cancelled session.
std::string next_word(const ScreenContext& context, const Session& n) {
  return context.strings.word(n.cancelled() ? "cancelled" : "next");
}
Color next_ink(const ScreenContext& context, const Session& n) {
  return n.cancelled() ? context.theme.warning : context.theme.next_tag;
}
Color next_back(const ScreenContext& context, const Session& n) {
  return n.cancelled() ? context.theme.warning_background : context.theme.next_tag_background;
}

// A card's time: the real times (and the countdown of a next session), with the planned start
// of a delayed session: "10:10 – 11:10 · prévu à 10:00".
std::string planned_too(const ScreenContext& context, const Session& s, Instant at, bool with_end) {
  std::string when =
      s.effective_start() <= at ? time_range(context, s) : start_text(context, at, s, with_end);
  if (s.status.state == SessionStatus::State::delayed) {
    when += " · " + context.strings.word("was_at", {{"time", clock_text(context, s.start)}});
  }
  return when;
}

// The rest of the day after the next session ("Plus tard aujourd'hui"), one row a session, as
// many as fit in `area`; draws nothing when there is none or no room for one row.
void draw_later_today(const ScreenContext& context, FrameWriter& out, const RoomNow& answer,
                      Rect area) {
  const Metrics m = metrics_of(context);
  const int line_h = name_px(m) * 14 / 10;
  const int gap = m.px(0.8);
  if (answer.later.empty() || area.h < heading_height(m) + line_h) return;
  const Agenda& agenda = context.schedule.agenda();
  out.text({area.x, area.y, area.w, heading_height(m)}, context.strings.word("later_today"),
           TextRole::meta, context.theme.accent, m.floor, m.floor);
  int y = area.y + heading_height(m);
  const int time_w = name_px(m) * 4;
  const int bottom = area.y + area.h;
  // Entries spaced by the lines each takes plus one gap; those that do not fit are counted.
  for (std::size_t i = 0; i < answer.later.size(); ++i) {
    const Session& s = agenda.sessions()[answer.later[i]];
    const std::string title = labelled_title(context, s);
    const int lines = lines_needed(context, TextRole::body, name_px(m), area.w - time_w, title, 3);
    const bool fits = y + lines * line_h <= bottom;
    const bool room_for_more = y + lines * line_h + gap + line_h <= bottom;
    const bool last = i + 1 == answer.later.size();
    if (!fits || (!last && !room_for_more)) {
      // The last line that fits says how many more follow.
      if (y + line_h <= bottom) {
        out.text({area.x + time_w, y, area.w - time_w, line_h},
                 answer.later.size() - i == 1
                     ? context.strings.word("and_one_more")
                     : context.strings.word("and_more",
                                            {{"count", std::to_string(answer.later.size() - i)}}),
                 TextRole::body, context.theme.card_muted_text, name_px(m), m.floor);
      }
      return;
    }
    out.text({area.x, y, time_w, line_h}, clock_text(context, s.effective_start()), TextRole::body,
             context.theme.card_muted_text, name_px(m), m.floor);
    out.text({area.x + time_w, y, area.w - time_w, lines * line_h}, title, TextRole::body,
             context.theme.card_text, name_px(m), m.floor, lines);
    y += lines * line_h + gap;
  }
}

int later_today_height(const ScreenContext& context, const RoomNow& answer, int width_px) {
  const Metrics m = metrics_of(context);
  if (answer.later.empty()) return 0;
  const int line_h = name_px(m) * 14 / 10;
  int h = heading_height(m);
  for (std::size_t i = 0; i < std::min<std::size_t>(answer.later.size(), 6); ++i) {
    const Session& s = context.schedule.agenda().sessions()[answer.later[i]];
    h += lines_needed(context, TextRole::body, name_px(m), width_px - name_px(m) * 4,
                      labelled_title(context, s), 3) *
             line_h +
         m.px(0.8);
  }
  return h;
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

void draw_speakers(const ScreenContext& context, FrameWriter& out, const Session& s, Rect area,
                   int sub_page, int per_page) {
  const Metrics m = metrics_of(context);
  const int count = static_cast<int>(s.speakers.size());
  if (count == 0 || area.h < heading_height(m)) return;
  const int pages = (count + per_page - 1) / per_page;
  const int page = std::clamp(sub_page, 0, pages - 1);
  std::string heading = context.strings.word(count == 1 ? "speaker" : "speakers");
  if (pages > 1) {
    heading += "  " + context.strings.word("page", {{"page", std::to_string(page + 1)},
                                                    {"pages", std::to_string(pages)}});
  }
  out.text({area.x, area.y, area.w, heading_height(m)}, heading, TextRole::meta,
           context.theme.accent, m.floor, m.floor);
  int y = area.y + heading_height(m);
  const int row_h = person_row_height(m);
  const int last = std::min(count, (page + 1) * per_page) - 1;
  for (int i = page * per_page; i <= last; ++i) {
    const int h = i == last ? std::max(row_h, area.y + area.h - y) : row_h;
    draw_person(context, out, s.speakers[static_cast<std::size_t>(i)], {area.x, y, area.w, h}, "");
    y += row_h;
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
  std::string context_line;
  for (const SessionIndex parent : parents) {
    context_line += (context_line.empty() ? "" : context.strings.chain_separator()) +
                    labelled_title(context, agenda.sessions()[parent]);
  }
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
  out.text({inner.x, y, inner.w, title_height(m) - m.px(1)},
           full_title(context, s, parents.empty()), TextRole::title, theme.card_text,
           m.at_least_floor(6), m.at_least_floor(3.4), 3);
  y += title_height(m);

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
                         next_back(context, n), chain_text(context, parent_chain(agenda, next)),
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
      chain_text(context, parent_chain(agenda, *answer.next)), planned_too(context, n, at, true));
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
