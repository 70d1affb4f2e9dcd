// The rest of the day of a room's next session, after it, one entry a session, spaced by the
// heights of their measured lines, under a heading that names that day.
#include "core/screen_later.hpp"

#include "core/screen_cards.hpp"
#include "core/time.hpp"

#include <algorithm>
#include <string>

namespace nownext::core::screen {

namespace {

// The measures of the list, shared by drawing it and sizing its area.
struct LaterList {
  int line_h;  // one line of an entry
  int gap;     // between entries
  int time_w;  // the time column
};
constexpr int later_max_lines = 24;
LaterList later_list(const ScreenContext& context) {
  const Metrics m = metrics_of(context);
  return {line_height(context, TextRole::body, name_px(m)), m.px(0.8), name_px(m) * 4};
}
// An entry's text: its status first when it is not as planned ("ANNULÉ · Ouverture"), as in the
// day's programme: a cancelled session is never listed as if it would take place.
std::string later_title(const ScreenContext& context, const Session& s) {
  const std::string status = status_word(context, s);
  return status.empty() ? labelled_title(context, s) : status + " · " + labelled_title(context, s);
}
// The height a later session's title takes in a list `width_px` wide, measured (at most 24
// lines: an entry that does not fit is counted in "+ N more", never cut).
int later_height(const ScreenContext& context, const Session& s, int width_px) {
  const Metrics m = metrics_of(context);
  return text_height(context, TextRole::body, name_px(m), width_px - later_list(context).time_w,
                     later_title(context, s), later_max_lines);
}

// "et 3 autres séances": the line that counts the `count` entries left out.
std::string more_text(const ScreenContext& context, std::size_t count) {
  return count == 1 ? context.strings.word("and_one_more")
                    : context.strings.word("and_more", {{"count", std::to_string(count)}});
}

// The list's heading names the day of its sessions as a person reads it, by the calendar as
// "tomorrow 10:00" on the next card does: "Plus tard aujourd'hui", "Plus tard demain", "Plus tard
// le jeudi 20 juillet" (in capitals, as the heading's words). Between days and before the event
// they are not today's. A list that runs past midnight spans two calendar days and is headed
// "Ensuite", which no day makes false.
std::string later_heading(const ScreenContext& context, const RoomNow& answer, Instant at) {
  if (answer.later.empty()) return context.strings.word("later");
  const Agenda& agenda = context.schedule.agenda();
  const auto day_of = [&](SessionIndex s) {
    return to_local(agenda.sessions()[s].effective_start(), agenda.time_zone()).date;
  };
  const auto day = day_of(answer.later.front());
  if (!std::all_of(answer.later.begin(), answer.later.end(),
                   [&](SessionIndex s) { return day_of(s) == day; })) {
    return context.strings.word("later");
  }
  switch (day_relation(context, at, agenda.sessions()[answer.later.front()].effective_start())) {
    case DayRelation::today: return context.strings.word("later_today");
    case DayRelation::tomorrow: return context.strings.word("later_tomorrow");
    case DayRelation::other_day: break;
  }
  return context.strings.word("later_on", {{"date", context.strings.heading_date(day)}});
}

// The heading's height in `width_px`: one line, or two on a narrow card.
int later_heading_height(const ScreenContext& context, const std::string& heading, int width_px) {
  const Metrics m = metrics_of(context);
  const int lines = lines_needed(context, TextRole::meta, m.floor, width_px, heading, 2);
  return std::max(heading_height(m), lines * line_height(context, TextRole::meta, m.floor));
}

}  // namespace

void draw_later(const ScreenContext& context, FrameWriter& out, const RoomNow& answer, Instant at,
                Rect area) {
  const Metrics m = metrics_of(context);
  const auto [line_h, gap, time_w] = later_list(context);
  const std::string heading = later_heading(context, answer, at);
  const int heading_h = later_heading_height(context, heading, area.w);
  if (answer.later.empty() || area.h < heading_h + line_h) return;
  const Agenda& agenda = context.schedule.agenda();
  out.text({area.x, area.y, area.w, heading_h}, heading, TextRole::meta, context.theme.accent,
           m.floor, m.floor, 2);
  int y = area.y + heading_h;
  const int bottom = area.y + area.h;
  // Entries spaced by the lines each takes plus one gap; those that do not fit are counted.
  for (std::size_t i = 0; i < answer.later.size(); ++i) {
    const Session& s = agenda.sessions()[answer.later[i]];
    const std::string title = later_title(context, s);
    const int entry_h = later_height(context, s, area.w);
    // The line that counts what is left, as many lines as it takes in the column.
    const std::string more = more_text(context, answer.later.size() - i);
    const int more_h =
        text_height(context, TextRole::body, name_px(m), area.w - time_w, more, later_max_lines);
    const bool fits = y + entry_h <= bottom;
    const bool last = i + 1 == answer.later.size();
    // An entry is drawn only with room below it for the line that would count those after it,
    // as that line measures: an Arabic line is taller than a Latin one, and a list that ran out
    // of room for it once dropped its last session without a word.
    const bool room_for_more =
        last ||
        y + entry_h + gap +
                text_height(context, TextRole::body, name_px(m), area.w - time_w,
                            more_text(context, answer.later.size() - i - 1), later_max_lines) <=
            bottom;
    if (!fits || (!last && !room_for_more)) {
      // The last line that fits says how many more follow.
      if (y + more_h <= bottom) {
        out.text({area.x + time_w, y, area.w - time_w, more_h}, more, TextRole::body,
                 context.theme.card_muted_text, name_px(m), m.floor, later_max_lines);
      }
      return;
    }
    // The time reads the same in every language: one line, never taller than its entry.
    out.text({area.x, y, time_w, std::min(line_h, entry_h)},
             clock_text(context, s.effective_start()), TextRole::body,
             context.theme.card_muted_text, name_px(m), m.floor);
    out.text({area.x + time_w, y, area.w - time_w, entry_h}, title, TextRole::body,
             context.theme.card_text, name_px(m), m.floor, later_max_lines);
    y += entry_h + gap;
  }
}

int later_min_height(const ScreenContext& context, const RoomNow& answer, Instant at,
                     int width_px) {
  if (answer.later.empty()) return 0;
  const Metrics m = metrics_of(context);
  const LaterList list = later_list(context);
  const Session& first = context.schedule.agenda().sessions()[answer.later.front()];
  int h = later_heading_height(context, later_heading(context, answer, at), width_px) +
          later_height(context, first, width_px);
  if (answer.later.size() > 1) {  // and the line that counts the others
    h += list.gap + text_height(context, TextRole::body, name_px(m), width_px - list.time_w,
                                more_text(context, answer.later.size() - 1), later_max_lines);
  }
  return h;
}

int later_full_height(const ScreenContext& context, const RoomNow& answer, Instant at,
                      int width_px) {
  if (answer.later.empty()) return 0;
  const LaterList list = later_list(context);
  int h = later_heading_height(context, later_heading(context, answer, at), width_px);
  for (std::size_t i = 0; i < std::min<std::size_t>(answer.later.size(), 6); ++i) {
    const Session& s = context.schedule.agenda().sessions()[answer.later[i]];
    h += later_height(context, s, width_px) + list.gap;
  }
  return h;
}

}  // namespace nownext::core::screen
