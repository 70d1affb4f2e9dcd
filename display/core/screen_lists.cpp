// The hallway and day-overview screens: rows of equal height, past rows dimmed, the current
// one highlighted; more rooms than fit are paged.
#include "core/screen_lists.hpp"

#include "core/time.hpp"

#include <algorithm>
#include <tuple>

namespace nownext::core::screen {
namespace {

// The three parts of a hallway row: side by side on a wide screen; on a narrow one the room's
// name across the top, now and next below it.
struct RowParts {
  Rect name;
  Rect now;
  Rect next;
};

int row_padding(const Metrics& m) {
  return m.px(1.5);
}

// On a portrait screen the room's name is a band across the row, as tall as its lines measure
// (`name_h_px`, a long name in up to three: field case 10) but at least the floor's double,
// and at most a third of the row.
RowParts split_row(const Metrics& m, Rect row, int name_h_px) {
  const int pad = row_padding(m);
  const Rect inner{row.x + pad, row.y + pad, row.w - 2 * pad, row.h - 2 * pad};
  if (m.width < m.height) {
    const int name_h = std::min(inner.h / 3, std::max(m.floor * 2, name_h_px));
    const int now_w = inner.w * 55 / 100;
    const int below = inner.y + name_h + pad;
    const int below_h = inner.h - name_h - pad;
    return {{inner.x, inner.y, inner.w, name_h},
            {inner.x, below, now_w - pad, below_h},
            {inner.x + now_w + pad, below, inner.w - now_w - pad, below_h}};
  }
  const int name_w = inner.w * 22 / 100;
  const int now_w = inner.w * 45 / 100;
  return {{inner.x, inner.y, name_w - pad, inner.h},
          {inner.x + name_w + pad, inner.y, now_w - 2 * pad, inner.h},
          {inner.x + name_w + now_w, inner.y, inner.w - name_w - now_w, inner.h}};
}

// A hallway row's room name takes up to three lines ("Assembly: Free Software Foundation
// Europe / Open Infrastructure Orbit / Chaos West Stage annex room", field case 10).
constexpr int room_name_lines = 3;
// A hallway row's titles take up to twelve lines: a session, its part and both their titles
// in two languages, in a narrow column.
constexpr int row_title_lines = 12;
// Its line of moderators and speakers, likewise.
constexpr int people_max_lines = 12;
// A day list's title takes up to four lines (per language on a pair screen): Session 6's title
// of IDM 2017 in French on a portrait screen.
constexpr int day_title_lines = 4;
// The sessions running beside it, named in up to three lines.
constexpr int also_running_lines = 3;
// Its times: one line, or up to three for a range over days in a narrow column.
constexpr int times_max_lines = 3;

// One hallway row: the room, what runs now, what comes next. Every row uses the same sizes.
void draw_room_row(const ScreenContext& context, FrameWriter& out, RoomIndex room, Instant at,
                   Rect row) {
  const Metrics m = metrics_of(context);
  const Theme& theme = context.theme;
  const Agenda& agenda = context.schedule.agenda();
  const RoomNow answer = context.schedule.room_at(room, at);
  // Taller rows (fewer rooms) get larger type, up to half as large again.
  const double scale = std::clamp(row.h / (m.floor * 10.0), 1.0, 1.5);
  const int body_px = static_cast<int>(m.floor * scale);
  const int title_px = static_cast<int>(m.floor * 1.2 * scale);
  const std::string room_name = feed_text(context, agenda.rooms()[room].name);
  const RowParts parts =
      split_row(m, row,
                text_height(context, TextRole::title, title_px, row.w - 2 * row_padding(m),
                            room_name, room_name_lines));
  // Room names and times, what a hallway is read for, a tenth above the floor (40 px at 1080p).
  const int key_px = static_cast<int>(m.floor * 1.1 * scale);
  const int line = title_px * 14 / 10;
  out.card(row, theme.card, theme.card_edge, m.px(1), m.edge);
  out.text(parts.name, room_name, TextRole::title, theme.card_text, title_px, m.floor * 11 / 10,
           room_name_lines);

  const Rect& now = parts.now;
  if (answer.state == RoomState::running) {
    const Session& s = agenda.sessions()[answer.now[0].back()];
    // "Session 6 › Panel 2 : Identifier ...": the parents' labels, then the label and title of
    // the part running now, so that neither the session nor its part is lost.
    const SessionChain parents(answer.now[0].begin(), answer.now[0].end() - 1);
    std::string chain = chain_text(context, parents);
    chain += (chain.empty() ? "" : context.strings.chain_separator()) + labelled_title(context, s);
    // The other sessions running in the room at once, counted and named as room allows.
    std::string others;
    for (std::size_t i = 1; i < answer.now.size(); ++i) {
      others += (others.empty() ? "" : " · ") +
                labelled_title(context, agenda.sessions()[answer.now[i].back()]);
    }
    // "+2 : Discussion section 1B · Office hours …" (field case 09): in the lines it measures,
    // up to three.
    const std::string also_running =
        others.empty() ? ""
                       : context.strings.word("also_running",
                                              {{"count", std::to_string(answer.now.size() - 1)},
                                               {"titles", others}});
    const int others_h = others.empty()
                             ? 0
                             : std::max(line, text_height(context, TextRole::meta, body_px, now.w,
                                                          also_running, also_running_lines));
    // The times keep their digits: on one line as wide as they need, at least half the column,
    // the bar taking what they leave; a range over days ("10:00 – dimanche 2 juin 2024, 18:00",
    // field case 05) too wide for the column takes its width, in the lines it measures, and the
    // bar gives way.
    const std::string times = time_range(context, s);
    const int times_one_line_w = text_width(context, TextRole::meta, key_px, times) + m.px(1);
    const bool times_fit_line = times_one_line_w <= now.w;
    const int times_w = times_fit_line ? std::max(now.w / 2, times_one_line_w) : now.w;
    const int times_h = times_fit_line ? line
                                       : std::max(line, text_height(context, TextRole::meta, key_px,
                                                                    now.w, times, times_max_lines));
    // The title's measured lines as far as the row allows, less what the people below it need
    // (the title shrinks first, as it is set larger): a tall row cuts neither.
    // Measured line by line: a line of Chinese or Arabic is taller than one of Latin.
    const int title_line = line_height(context, TextRole::body, title_px);
    const int chain_h =
        text_height(context, TextRole::body, title_px, now.w, chain, row_title_lines);
    const int below = std::max(0, now.h - times_h - others_h);
    const int title_min_h = std::max(std::min(chain_h, 2 * title_line), line);
    // Who speaks, shown only whole: in a row tall enough for every name at the smallest size
    // beside the title's least (few rooms). A list cut with "…" would lose names, and the
    // room's door shows them all. A row without it gives the title its room.
    const std::string people = names_line(context, s);
    const bool show_people =
        !people.empty() && below - title_min_h >= text_height(context, TextRole::body, m.floor,
                                                              now.w, people, people_max_lines);
    const int people_h =
        show_people ? text_height(context, TextRole::body, body_px, now.w, people, people_max_lines)
                    : 0;
    const int meta_y =
        now.y + std::min(below, std::max(std::min(chain_h, below - people_h), title_min_h));
    out.text({now.x, now.y, now.w, meta_y - now.y}, chain, TextRole::body, theme.card_text,
             title_px, m.floor, row_title_lines);
    if (!others.empty()) {
      out.text({now.x, meta_y + times_h, now.w, others_h}, also_running, TextRole::meta,
               theme.accent, body_px, m.floor, also_running_lines);
    }
    out.text({now.x, meta_y, times_w, times_h}, times, TextRole::meta, theme.card_muted_text,
             key_px, m.floor, times_max_lines);
    const int people_y = meta_y + times_h + others_h;
    if (show_people) {
      out.names({now.x, people_y, now.w, now.y + now.h - people_y}, people, TextRole::body,
                theme.card_muted_text, body_px, m.floor, people_max_lines);
    }
    const auto total =
        std::chrono::duration<double>(s.effective_end() - s.effective_start()).count();
    const auto done = std::chrono::duration<double>(at - s.effective_start()).count();
    if (now.w - times_w >= now.w / 6) {
      out.progress({now.x + times_w, meta_y + line / 3, now.w - times_w, m.px(1)},
                   theme.progress_track, theme.progress_fill,
                   static_cast<int>(1000.0 * done / std::max(1.0, total)));
    }
  } else {
    std::string state = state_headline(context, answer, at);
    if (const std::string cancelled = cancelled_now_text(context, answer.room, at, " · ");
        !cancelled.empty()) {
      state = cancelled + " · " + state;
    }
    if (answer.resumes_at) state += " · " + resume_line(context, answer, at);
    out.text(now, state, TextRole::body, theme.card_muted_text, title_px, m.floor, 2);
  }

  const Rect& next = parts.next;
  if (answer.next) {
    const Session& n = agenda.sessions()[*answer.next];
    // "À SUIVRE 15:00", "À SUIVRE demain 10:00", "ANNULÉ 15:00", "… · RETARDÉ DE 10 MIN".
    std::string when =
        context.strings.word(n.cancelled() ? "cancelled" : "next") + " " +
        day_and_time(context, at, n.effective_start(), clock_text(context, n.effective_start()));
    if (const std::string status = status_word(context, n); !status.empty() && !n.cancelled()) {
      when += " · " + status;
    }
    // One line, or as it measures, up to three: a long day name or a status in a narrow column,
    // in one language or two.
    // It leaves the title at least a line.
    const int when_h = std::max(
        line,
        std::min(next.h - line, text_height(context, TextRole::meta, key_px, next.w, when, 3)));
    out.text({next.x, next.y, next.w, when_h}, when, TextRole::meta, theme.accent, key_px, m.floor,
             3);
    // The title, then who speaks, only whole as on the now row; without them, the title takes
    // the rest of the row.
    const std::string title = labelled_title(context, n);
    const std::string people = names_line(context, n);
    // The title's measured lines, so that who speaks follows it without a gap.
    const int title_full_h =
        text_height(context, TextRole::body, body_px, next.w, title, row_title_lines) + m.px(1);
    const bool show_people = !people.empty() && next.h - when_h - title_full_h >=
                                                    text_height(context, TextRole::body, m.floor,
                                                                next.w, people, people_max_lines);
    const int title_h = show_people ? title_full_h : next.h - when_h;
    out.text({next.x, next.y + when_h, next.w, title_h}, title, TextRole::body, theme.card_text,
             body_px, m.floor, row_title_lines);
    const int people_y = next.y + when_h + title_h;
    if (show_people) {
      out.names({next.x, people_y, next.w, next.y + next.h - people_y}, people, TextRole::body,
                theme.card_muted_text, body_px, m.floor, people_max_lines);
    }
  }
}

}  // namespace

void draw_hallway(const ScreenContext& context, FrameWriter& out, Instant at, int sub_page,
                  Rect body) {
  const Metrics m = metrics_of(context);
  const std::vector<RoomIndex> shown_rooms = hallway_rooms(context);
  const auto rooms = static_cast<int>(shown_rooms.size());
  const int per_page = context.layout.rooms_per_page;
  const int pages = std::max(1, (rooms + per_page - 1) / per_page);
  const int page = std::clamp(sub_page, 0, pages - 1);
  const int gap = m.px(1.2);
  const int shown = std::min(per_page, rooms - page * per_page);
  // Rows share the page: two rooms get tall rows that also say who speaks.
  const int slots = std::max(shown, 1);
  const int row_h = (body.h - gap * (slots - 1)) / slots;
  int y = body.y;
  for (int r = page * per_page; r < std::min(rooms, (page + 1) * per_page); ++r) {
    draw_room_row(context, out, shown_rooms[static_cast<std::size_t>(r)], at,
                  {body.x, y, body.w, row_h});
    y += row_h + gap;
  }
}

namespace {
// Whether a session runs at some time of venue day `day`: a session over several days is listed
// on each of them (field case 05).
bool runs_on(const Schedule& schedule, const Session& s, std::chrono::year_month_day day) {
  return schedule.day_of(s.effective_start()) <= day &&
         day <= schedule.day_of(s.effective_end() - std::chrono::seconds{1});
}
}  // namespace

std::vector<SessionIndex> day_sessions(const ScreenContext& context, RoomIndex room, Instant at) {
  return day_sessions_of(context, room, listed_day(context, room, at));
}

std::chrono::year_month_day listed_day(const ScreenContext& context, RoomIndex room, Instant at) {
  const Schedule& schedule = context.schedule;
  const Agenda& agenda = schedule.agenda();
  const auto in_room = agenda.sessions_in_room(room);
  const auto day = schedule.day_of(at);
  const auto has_left = std::any_of(in_room.begin(), in_room.end(), [&](SessionIndex s) {
    return runs_on(schedule, agenda.sessions()[s], day) &&
           agenda.sessions()[s].effective_end() > at;
  });
  if (has_left) return day;
  const RoomNow answer = schedule.room_at(room, at);
  return answer.next ? schedule.day_of(agenda.sessions()[*answer.next].effective_start()) : day;
}

std::vector<SessionIndex> day_sessions_of(const ScreenContext& context, RoomIndex room,
                                          std::chrono::year_month_day day) {
  const Agenda& agenda = context.schedule.agenda();
  std::vector<SessionIndex> list;
  for (const SessionIndex s : agenda.sessions_in_room(room)) {
    if (runs_on(context.schedule, agenda.sessions()[s], day)) list.push_back(s);
  }
  return list;
}

void draw_day(const ScreenContext& context, FrameWriter& out, RoomIndex room, Instant at,
              Rect body) {
  const Metrics m = metrics_of(context);
  const Theme& theme = context.theme;
  const Agenda& agenda = context.schedule.agenda();
  const auto day = listed_day(context, room, at);
  const std::vector<SessionIndex> list = day_sessions_of(context, room, day);
  const int head_h = m.px(6);
  if (list.empty()) {  // nothing to list (after the event): say so rather than a bare heading
    std::string state = state_headline(context, context.schedule.room_at(room, at), at);
    out.text(body, state, TextRole::title, theme.text, m.at_least_floor(6), m.floor, 3,
             Align::center);
    return;
  }
  // The heading names the day it lists when that is not today by the calendar the header shows:
  // at 00:15 the venue day that runs past midnight is yesterday's.
  const std::string heading =
      day == to_local(at, agenda.time_zone()).date
          ? context.strings.word("day_programme")
          : context.strings.word("day_programme_on", {{"date", context.strings.heading_date(day)}});
  out.text({body.x, body.y, body.w, head_h}, heading, TextRole::meta, theme.accent,
           m.at_least_floor(3.4), m.floor);
  const int text_px = m.floor * 11 / 10;
  const int text_line = line_height(context, TextRole::body, text_px);
  // Half of it above a row's text, half below: rows one constant gap apart.
  const int row_pad = m.px(1.6);
  const int time_w = m.px(26);
  const auto title_of = [&](const Session& s, bool ends_today) {
    std::string title = labelled_title(context, s);
    if (const std::string status = status_word(context, s); !status.empty()) {
      title = status + " · " + title;
    }
    if (!ends_today) title += " · " + time_left(context, s, s.effective_start());
    return title;
  };
  const auto ends_on_day = [&](const Session& s) {
    return context.schedule.day_of(s.effective_end() - std::chrono::seconds{1}) == day;
  };
  // Each row as high as its title's lines (one to four, measured; on a pair screen, both
  // languages' lines, one above the other) and one constant gap: an even rhythm whatever wrapped.
  std::vector<int> heights;
  for (const SessionIndex index : list) {
    const Session& s = agenda.sessions()[index];
    const int indent = s.parent ? m.px(4) : 0;
    const int width = body.w - m.px(3) - indent - time_w;
    heights.push_back(
        std::max(text_line, text_height(context, TextRole::body, text_px, width,
                                        title_of(s, ends_on_day(s)), day_title_lines)) +
        row_pad);
  }
  // The window of rows that holds the current or next item, a third of the room for the rows
  // before it, and earlier rows again when the list ends with room to spare.
  const auto count = static_cast<int>(list.size());
  const auto current = std::find_if(list.begin(), list.end(), [&](SessionIndex s) {
    return agenda.sessions()[s].effective_end() > at;
  });
  const int current_row = std::min(static_cast<int>(current - list.begin()), count - 1);
  const auto window = [&](int space) {
    int first = current_row;
    int used = 0;
    while (first > 0 && used + heights[static_cast<std::size_t>(first - 1)] <= space / 3) {
      used += heights[static_cast<std::size_t>(--first)];
    }
    int end = first;
    used = 0;
    while (end < count && used + heights[static_cast<std::size_t>(end)] <= space) {
      used += heights[static_cast<std::size_t>(end++)];
    }
    while (first > 0 && end == count &&
           used + heights[static_cast<std::size_t>(first - 1)] <= space) {
      used += heights[static_cast<std::size_t>(--first)];
    }
    return std::pair{first, std::max(end, first + 1)};
  };
  // Rows that do not fit after the window are counted on a last line ("and 3 more sessions"):
  // a session left off without a word would read as none.
  const int more_h = line_height(context, TextRole::meta, text_px) + row_pad;
  auto [first, end] = window(body.h - head_h);
  if (end < count) std::tie(first, end) = window(body.h - head_h - more_h);
  int y = body.y + head_h;
  for (int i = first; i < end; ++i) {
    const Session& s = agenda.sessions()[list[static_cast<std::size_t>(i)]];
    const bool past = s.effective_end() <= at;
    const bool running = s.effective_start() <= at && at < s.effective_end() && !s.cancelled();
    // Rows are apart by a small gap; the highlight and the texts keep inside their row.
    const int height = heights[static_cast<std::size_t>(i)];
    const int inside_h = height - m.px(0.5);
    if (running) {
      out.card({body.x, y, body.w, inside_h}, theme.highlight, theme.highlight_edge, m.px(1),
               m.edge);
    }
    const Color color = past ? theme.dimmed_text : theme.text;
    const int indent = s.parent ? m.px(4) : 0;
    // Its times on this venue day: "23:30 – 01:00" for one that runs past midnight within it; a
    // session over several days, its times on this day ("10:00 –", "– 18:00") and the day it
    // ends after its title.
    const bool starts_today = context.schedule.day_of(s.effective_start()) == day;
    const bool ends_today = ends_on_day(s);
    const std::string times =
        !starts_today && !ends_today
            ? context.strings.word("all_day")
            : (starts_today ? clock_text(context, s.effective_start()) : std::string{}) + " – " +
                  (ends_today ? clock_text(context, s.effective_end()) : std::string{});
    const int text_y = y + row_pad / 2;
    const int text_h = height - row_pad;
    out.text({body.x + m.px(1) + indent, text_y, time_w, text_h}, times, TextRole::meta, color,
             text_px, text_px);
    const int x = body.x + m.px(2) + indent + time_w;
    // One size for every row, so the list reads evenly; long titles wrap, then are cut.
    out.text({x, text_y, body.x + body.w - x - m.px(1), text_h}, title_of(s, ends_today),
             TextRole::body, color, text_px, text_px, day_title_lines);
    y += height;
  }
  if (end < count) {
    out.text(
        {body.x + m.px(2) + time_w, y + row_pad / 2, body.w - m.px(3) - time_w, more_h - row_pad},
        context.strings.word("and_more", {{"count", static_cast<long long>(count - end)}}),
        TextRole::meta, theme.accent, text_px, m.floor, 2);
  }
}

}  // namespace nownext::core::screen
