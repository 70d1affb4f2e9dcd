// The rest of the day after a room's next session, one entry a session, spaced by the heights of
// their measured lines.
#include "core/screen_later.hpp"

#include "core/screen_cards.hpp"

#include <algorithm>
#include <string>

namespace nownext::core::screen {

namespace {

// The measures of the "Plus tard aujourd'hui" list, shared by drawing it and sizing its area.
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
// The height a later session's title takes in a list `width_px` wide, measured (at most 24
// lines: an entry that does not fit is counted in "+ N more", never cut).
int later_height(const ScreenContext& context, const Session& s, int width_px) {
  const Metrics m = metrics_of(context);
  return text_height(context, TextRole::body, name_px(m), width_px - later_list(context).time_w,
                     labelled_title(context, s), later_max_lines);
}

// The list's heading ("Plus tard aujourd'hui") in `width_px`: one line, or two on a narrow card.
int later_heading_height(const ScreenContext& context, int width_px) {
  const Metrics m = metrics_of(context);
  const int lines = lines_needed(context, TextRole::meta, m.floor, width_px,
                                 context.strings.word("later_today"), 2);
  return std::max(heading_height(m), lines * line_height(context, TextRole::meta, m.floor));
}

}  // namespace

// The rest of the day after the next session ("Plus tard aujourd'hui"), one row a session, as
// many as fit in `area`; draws nothing when there is none or no room for one row.
void draw_later_today(const ScreenContext& context, FrameWriter& out, const RoomNow& answer,
                      Rect area) {
  const Metrics m = metrics_of(context);
  const auto [line_h, gap, time_w] = later_list(context);
  const int heading_h = later_heading_height(context, area.w);
  if (answer.later.empty() || area.h < heading_h + line_h) return;
  const Agenda& agenda = context.schedule.agenda();
  out.text({area.x, area.y, area.w, heading_h}, context.strings.word("later_today"), TextRole::meta,
           context.theme.accent, m.floor, m.floor, 2);
  int y = area.y + heading_h;
  const int bottom = area.y + area.h;
  // Entries spaced by the lines each takes plus one gap; those that do not fit are counted.
  for (std::size_t i = 0; i < answer.later.size(); ++i) {
    const Session& s = agenda.sessions()[answer.later[i]];
    const std::string title = labelled_title(context, s);
    const int entry_h = later_height(context, s, area.w);
    // The line that counts what is left, as many lines as it takes in the column.
    const std::string more =
        answer.later.size() - i == 1
            ? context.strings.word("and_one_more")
            : context.strings.word("and_more",
                                   {{"count", std::to_string(answer.later.size() - i)}});
    const int more_h =
        text_height(context, TextRole::body, name_px(m), area.w - time_w, more, later_max_lines);
    const bool fits = y + entry_h <= bottom;
    const bool last = i + 1 == answer.later.size();
    const bool room_for_more = y + entry_h + gap + line_h <= bottom;
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

int later_today_min_height(const ScreenContext& context, const RoomNow& answer, int width_px) {
  const LaterList list = later_list(context);
  return later_heading_height(context, width_px) + list.line_h +
         (answer.later.size() > 1 ? list.gap + list.line_h : 0);
}

int later_today_height(const ScreenContext& context, const RoomNow& answer, int width_px) {
  if (answer.later.empty()) return 0;
  const LaterList list = later_list(context);
  int h = later_heading_height(context, width_px);
  for (std::size_t i = 0; i < std::min<std::size_t>(answer.later.size(), 6); ++i) {
    const Session& s = context.schedule.agenda().sessions()[answer.later[i]];
    h += later_height(context, s, width_px) + list.gap;
  }
  return h;
}

}  // namespace nownext::core::screen
