// The pieces of session cards: proportions, the head row, people, the rest of the day.
#include "core/screen_cards.hpp"

#include "core/paired_text.hpp"

#include <algorithm>
#include <utility>

namespace nownext::core::screen {

// A person on a card: the name on one line, the role in smaller text on as many lines below as
// it takes (up to eight, in each language of a pair screen).
constexpr int role_max_lines = 8;
int name_px(const Metrics& m) {
  return m.at_least_floor(3);
}

namespace {

// A line of a role that reads the same in both languages of a pair screen, drawn once.
int role_line_height(const ScreenContext& context) {
  return unpaired_line_height(context, TextRole::meta, metrics_of(context).floor);
}
std::string role_text(const ScreenContext& context, const Participation& p) {
  return feed_text(context, context.schedule.agenda().role_of(p));
}
// The name as a row shows it, with the participation's note: "Peter Thomson (message vidéo)".
std::string name_text(const ScreenContext& context, const Participation& p) {
  std::string name = feed_text(context, context.schedule.agenda().people()[p.person].name);
  if (!p.note.empty()) name += " (" + feed_text(context, p.note) + ")";
  return name;
}
// The most lines a name takes in a row, per language on a pair screen: three (a long name, or
// one with a note, in a narrow column: "Roxana Castro de Bollinger" on a small door's next
// card; "Хавьер Гарсия (видеообращение)", whose note breaks inside its word). Never cut while
// it has them: a name cut with "…" is lost.
constexpr int name_lines = 3;
// The name's height in a row `width_px` wide: the lines it measures, name_lines at most.
int name_height(const ScreenContext& context, const std::string& name, int width_px) {
  return text_height(context, TextRole::body, name_px(metrics_of(context)), width_px, name,
                     name_lines);
}

}  // namespace

int person_gap(const Metrics& m) {
  return m.px(1.2);
}

int person_height(const ScreenContext& context, const Participation& p, int width_px) {
  const Metrics m = metrics_of(context);
  const std::string role = role_text(context, p);
  // Summed line heights: a paired role is both languages' lines, one block above the other.
  const int role_h =
      role.empty() ? 0
                   : text_height(context, TextRole::meta, m.floor, width_px, role, role_max_lines);
  return name_height(context, name_text(context, p), width_px) + role_h + person_gap(m);
}

int tallest_person(const ScreenContext& context, const std::vector<Participation>& people,
                   int width_px) {
  int tallest = 0;
  for (const Participation& p : people) {
    tallest = std::max(tallest, person_height(context, p, width_px));
  }
  return tallest;
}

std::vector<int> person_pages(const ScreenContext& context,
                              const std::vector<Participation>& people, int width_px, int room_px,
                              int max_per_page) {
  const int gap = person_gap(metrics_of(context));
  std::vector<int> starts;
  int used = 0;
  int on_page = 0;
  for (std::size_t i = 0; i < people.size(); ++i) {
    const int h = person_height(context, people[i], width_px);
    // The last row of a page needs no gap below it.
    if (starts.empty() || on_page >= max_per_page || used + h - gap > room_px) {
      starts.push_back(static_cast<int>(i));
      used = 0;
      on_page = 0;
    }
    used += h;
    ++on_page;
  }
  return starts;
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
  std::string name = name_text(context, p);
  if (!pattern_key.empty()) name = context.strings.word(pattern_key, {{"name", name}});
  const int name_h = name_height(context, name, row.w);
  // A word wider than the row ("(видеообращение)" in a narrow column) shrinks the name, down
  // to the floor, rather than being cut.
  out.names({row.x, row.y, row.w, name_h}, name, TextRole::body, context.theme.card_text,
            name_px(m), m.floor, name_lines);
  // The role's lines as measured; the page's last row may take more, down to its card's edge.
  const std::string role = role_text(context, p);
  if (role.empty()) return;
  // A paired role's line bound is each part's (FrameWriter::text), as person_height measured it.
  const int role_lines =
      is_paired(role) ? role_max_lines : std::max(1, (row.h - name_h) / role_line_height(context));
  out.text({row.x, row.y + name_h, row.w, row.h - name_h}, role, TextRole::meta,
           context.theme.card_muted_text, m.floor, m.floor, role_lines);
}

// The moderators' block: a heading ("Modération"), then a row each; empty without moderators.
int moderators_height(const ScreenContext& context, const Session& s, int width_px) {
  if (s.moderators.empty()) return 0;
  int h = heading_height(metrics_of(context));
  for (const Participation& p : s.moderators) h += person_height(context, p, width_px);
  return h;
}

// Draws the moderators' block from `y` in `inner`; the last row may use the card's room below
// it when nothing follows (`last_block`). Returns the y below the block.
int draw_moderators(const ScreenContext& context, FrameWriter& out, const Session& s, Rect inner,
                    int y, bool last_block) {
  if (s.moderators.empty()) return y;
  const Metrics m = metrics_of(context);
  out.text({inner.x, y, inner.w, heading_height(m)},
           context.strings.word(s.moderators.size() == 1 ? "moderator" : "moderators",
                                {{"count", static_cast<long long>(s.moderators.size())}}),
           TextRole::meta, context.theme.accent, m.floor, m.floor);
  y += heading_height(m);
  for (std::size_t i = 0; i < s.moderators.size(); ++i) {
    const int row_h = person_height(context, s.moderators[i], inner.w);
    const bool last = last_block && i + 1 == s.moderators.size();
    // Never past the card: a row taller than the room left (a long role in two languages on a
    // small card) shrinks its role into it.
    const int h = std::min(last ? std::max(row_h, inner.y + inner.h - y) : row_h - person_gap(m),
                           inner.y + inner.h - y);
    draw_person(context, out, s.moderators[i], {inner.x, y, inner.w, h}, "");
    y += row_h;
  }
  return y;
}

namespace {

// The chain row's text size, and its height for `chain` in `inner_w`: its measured lines, up to
// six (a session's parents in a narrow column); 0 without a chain.
constexpr int chain_max_lines = 6;
int chain_px(const Metrics& m) {
  return m.at_least_floor(3);
}
int chain_height(const ScreenContext& context, int inner_w, const std::string& chain) {
  if (chain.empty()) return 0;
  const Metrics m = metrics_of(context);
  return std::max(tag_row_height(m), text_height(context, TextRole::meta, chain_px(m), inner_w,
                                                 chain, chain_max_lines) +
                                         m.px(1.5));
}

int time_px(const Metrics& m) {
  return m.at_least_floor(3);
}
// The width the pills take at the head of a card: its tag (the widest it may say) and a status
// warning, each with its gap.
int pills_width(const ScreenContext& context, int inner_w, const Session& s) {
  const Metrics m = metrics_of(context);
  const int tag_h = tag_height(m);
  int width = 0;
  for (const char* word : {"now", "next", "cancelled"}) {
    width = std::max(width, pill_width(context, context.strings.word(word), tag_h, m.px(20)));
  }
  width = std::min(width, inner_w) + m.px(1.5);
  if (const std::string status = s.cancelled() ? "" : status_word(context, s); !status.empty()) {
    width += std::min(pill_width(context, status, tag_h, m.px(30)), inner_w) + m.px(1.5);
  }
  return width;
}
// Whether the time has a row of its own below the tag: on a narrow card, for a delayed session,
// whose time also gives the planned start ("10:10 – 10:40 · dans 9 min · prévu à 10:00"), and
// where the pills leave it less than it needs at the floor (a long status in two languages).
// There it takes its measured lines, up to two.
bool time_has_own_row(const ScreenContext& context, int inner_w, const Session& s,
                      const std::string& when) {
  const Metrics m = metrics_of(context);
  return inner_w < m.px(80) || s.status.state == SessionStatus::State::delayed ||
         text_width(context, TextRole::meta, m.floor, when) >
             inner_w - pills_width(context, inner_w, s);
}
int time_row_height(const ScreenContext& context, int inner_w, const Session& s,
                    const std::string& when) {
  const Metrics m = metrics_of(context);
  if (!time_has_own_row(context, inner_w, s, when)) return 0;
  return std::max(tag_row_height(m),
                  text_height(context, TextRole::meta, time_px(m), inner_w, when, 2) + m.px(1.5));
}

}  // namespace

int card_head_height(const ScreenContext& context, int inner_w, const Session& s,
                     const std::string& chain, const std::string& when) {
  const Metrics m = metrics_of(context);
  // The chain (parents, sessions running at once) has a row of its own below the tag; on a
  // narrow card the time and a status too, so that none of them is squeezed into a cut.
  const bool narrow = inner_w < m.px(80);
  const bool status = !s.cancelled() && !status_word(context, s).empty();
  return tag_row_height(m) * (1 + (narrow && status ? 1 : 0)) +
         time_row_height(context, inner_w, s, when) + chain_height(context, inner_w, chain);
}

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
  const bool own_row = time_has_own_row(context, inner.w, s, when);
  const int time_h = time_row_height(context, inner.w, s, when);
  const Rect when_rect = own_row ? Rect{inner.x, below_y, inner.w,
                                        std::min(time_h - m.px(1.5), inner.y + inner.h - below_y)}
                                 : Rect{};
  below_y += time_h;
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
  out.text(own_row ? when_rect : Rect{x, inner.y, rest, tag_h}, when, TextRole::meta,
           theme.card_text, time_px(m), m.floor, own_row ? 2 : 1,
           own_row ? Align::start : Align::end);
  // Within the card, however short it is (a portrait layout on a landscape screen).
  out.text(
      {inner.x, below_y, inner.w,
       std::min(chain_height(context, inner.w, chain) - m.px(1.5), inner.y + inner.h - below_y)},
      chain, TextRole::meta, theme.accent, chain_px(m), m.floor, chain_max_lines);
  return inner.y + card_head_height(context, inner.w, s, chain, when);
}

SessionChain parent_chain(const Agenda& agenda, SessionIndex s) {
  SessionChain chain;
  for (auto up = agenda.sessions()[s].parent; up; up = agenda.sessions()[*up].parent) {
    chain.insert(chain.begin(), *up);
  }
  return chain;
}

std::string parents_text(const ScreenContext& context, const SessionChain& parents) {
  std::string text;
  for (const SessionIndex parent : parents) {
    text += (text.empty() ? "" : context.strings.chain_separator()) +
            labelled_title(context, context.schedule.agenda().sessions()[parent]);
  }
  return text;
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

namespace {

// The speakers on page `page` of `starts`, as [first, end) indexes; the page is clamped.
std::pair<std::size_t, std::size_t> page_range(const Session& s, const std::vector<int>& starts,
                                               int page) {
  const int pages = static_cast<int>(starts.size());
  const auto at = static_cast<std::size_t>(std::clamp(page, 0, pages - 1));
  const auto first = static_cast<std::size_t>(starts[at]);
  const auto end =
      at + 1 < starts.size() ? static_cast<std::size_t>(starts[at + 1]) : s.speakers.size();
  return {first, end};
}

}  // namespace

int speakers_height(const ScreenContext& context, const Session& s, const std::vector<int>& starts,
                    int page, int width_px) {
  if (s.speakers.empty() || starts.empty()) return 0;
  const Metrics m = metrics_of(context);
  const auto [first, end] = page_range(s, starts, page);
  int h = heading_height(m) - person_gap(m);
  for (std::size_t i = first; i < end; ++i) h += person_height(context, s.speakers[i], width_px);
  return h;
}

int draw_speakers(const ScreenContext& context, FrameWriter& out, const Session& s, Rect area,
                  const std::vector<int>& starts, int sub_page, bool extend_last) {
  const Metrics m = metrics_of(context);
  const int count = static_cast<int>(s.speakers.size());
  if (count == 0 || starts.empty() || area.h < heading_height(m)) return area.y;
  const int pages = static_cast<int>(starts.size());
  const int page = std::clamp(sub_page, 0, pages - 1);
  // The count chooses a language's form beyond one (Arabic's dual: "المتحدثان").
  std::string heading =
      context.strings.word(count == 1 ? "speaker" : "speakers", {{"count", count}});
  if (pages > 1) {
    heading += "  " + context.strings.word("page", {{"page", std::to_string(page + 1)},
                                                    {"pages", std::to_string(pages)}});
  }
  out.text({area.x, area.y, area.w, heading_height(m)}, heading, TextRole::meta,
           context.theme.accent, m.floor, m.floor);
  int y = area.y + heading_height(m);
  const auto [first, end] = page_range(s, starts, page);
  for (std::size_t i = first; i < end; ++i) {
    const Participation& p = s.speakers[i];
    const int row_h = person_height(context, p, area.w);
    // Never past the area (see draw_moderators).
    const int h =
        std::min(i + 1 == end && extend_last ? std::max(row_h - person_gap(m), area.y + area.h - y)
                                             : row_h - person_gap(m),
                 area.y + area.h - y);
    draw_person(context, out, p, {area.x, y, area.w, h}, "");
    y += row_h;
  }
  return y;
}

}  // namespace nownext::core::screen
