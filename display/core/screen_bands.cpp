// The header and footer bands of every screen: the title, a logo or text mark, the date and the
// clock; the doubtful-clock, stale and demo notes and the page indicator.
#include "core/screen_parts.hpp"

#include <algorithm>

namespace nownext::core::screen {

int draw_header(const ScreenContext& context, FrameWriter& out, const std::string& title,
                Instant at) {
  const Metrics m = metrics_of(context);
  const Theme& theme = context.theme;
  const int h = header_height(context);
  const int pad = m.px(2.5);
  out.rect({0, 0, m.width, h}, theme.header);
  int x = pad;
  const bool narrow = m.width < m.height;
  // One line each, centred in the band: a text box's lines start at its top. On a narrow
  // (portrait) screen the date goes under the clock, leaving the title the width it needs.
  const int clock_px = std::max(m.floor, h * (narrow ? 45 : 55) / 100);
  const int title_px = std::max(m.floor, h * 38 / 100);
  const int date_px = std::max(m.floor, std::min(m.px(2.8), h * 30 / 100));
  const auto centred = [h](int x0, int w, int px) {
    return Rect{x0, (h - px * 14 / 10) / 2, w, px * 14 / 10};
  };
  const int clock_w = clock_px * 3;
  const auto today = to_local(at, context.schedule.agenda().time_zone()).date;
  // The calendar date a person expects, even after midnight in a venue day that runs late.
  const std::string date = context.strings.date(today);
  int title_end = m.width - pad - clock_w - pad;
  if (narrow) {
    // The clock above the date, in a column as wide as the date needs (measured, both languages
    // of a pair screen), between a third and half of the screen; the clock shrinks rather than
    // lose a digit in it.
    const int column_w =
        context.measurer == nullptr
            ? m.width / 3
            : std::clamp(text_width(context, TextRole::meta, date_px, date) + m.px(1), m.width / 3,
                         m.width / 2);
    const int clock_h = clock_px * 15 / 10;
    const int top = (h - clock_h - date_px * 14 / 10) / 2;
    out.text({m.width - pad - column_w, top, column_w, clock_h}, clock_text(context, at),
             TextRole::clock, theme.header_text, clock_px, std::min(clock_px, m.floor), 1,
             Align::end);
    out.text({m.width - pad - column_w, top + clock_h, column_w, date_px * 14 / 10}, date,
             TextRole::meta, theme.header_text, date_px, m.floor, 1, Align::end);
    title_end = m.width - 2 * pad - column_w;
  } else {
    // As wide as the date needs (measured), between a fifth and a third of the screen.
    const int date_w =
        context.measurer == nullptr
            ? m.width / 4
            : std::clamp(text_width(context, TextRole::meta, date_px, date) + m.px(1), m.width / 5,
                         m.width / 3);
    out.text(centred(m.width - pad - clock_w, clock_w, clock_px), clock_text(context, at),
             TextRole::clock, theme.header_text, clock_px, clock_px, 1, Align::end);
    // As high as its lines measure, within the band: a pair screen's two dates one above the
    // other (a line of Arabic is taller than one of Latin; a box of one Latin line kept the
    // first date alone).
    const int date_h =
        std::min(h, std::max(date_px * 14 / 10,
                             text_height(context, TextRole::meta, date_px, date_w, date, 2)));
    out.text({m.width - 2 * pad - clock_w - date_w, (h - date_h) / 2, date_w, date_h}, date,
             TextRole::meta, theme.header_text, date_px, m.floor, 1, Align::end);
    title_end -= date_w + pad;
  }
  const std::string& logo = context.logo.empty() ? theme.logo : context.logo;
  const std::string mark = feed_text(context, context.schedule.agenda().event().venue);
  const int mark_w = m.width / 6;
  if (!logo.empty()) {
    const int logo_h = h * (narrow ? 45 : 60) / 100;
    out.image({pad, (h - logo_h) / 2, logo_h * 3, logo_h}, logo);
    x += logo_h * 3 + pad;
  } else if (const int mark_px = std::max(m.floor, h * 26 / 100);
             !mark.empty() && !narrow &&
             lines_needed(context, TextRole::title, title_px, title_end - x - mark_w - pad, title,
                          2) == 1 &&
             lines_needed(context, TextRole::meta, m.floor, mark_w, mark, 3) *
                     line_height(context, TextRole::meta, m.floor) <=
                 h) {
    // Without a logo, a clean text mark: the venue, small and light beside the title, when the
    // title keeps its one line beside it and the mark fits the band whole.
    const int mark_lines = lines_needed(context, TextRole::meta, mark_px, mark_w, mark, 2);
    const int mark_h = std::min(h, mark_lines * line_height(context, TextRole::meta, mark_px));
    out.text({x, (h - mark_h) / 2, mark_w, mark_h}, mark, TextRole::meta, theme.header_text,
             mark_px, m.floor, 2);
    x += mark_w + pad;
  }
  if (narrow) {  // two lines if need be, rather than a small title
    out.text({x, h / 8, title_end - x, h * 3 / 4}, title, TextRole::title, theme.header_text,
             std::max(m.floor, h * 30 / 100), m.floor, 2);
  } else {
    // One line, centred, when it fits; else two smaller ones rather than a cut title.
    if (lines_needed(context, TextRole::title, title_px, title_end - x, title, 2) == 1) {
      out.text(centred(x, title_end - x, title_px), title, TextRole::title, theme.header_text,
               title_px, m.floor, 1);
    } else {
      out.text({x, h / 10, title_end - x, h * 8 / 10}, title, TextRole::title, theme.header_text,
               title_px, m.floor, 2);
    }
  }
  return h;
}

int draw_footer(const ScreenContext& context, FrameWriter& out, const std::string& page_note,
                Instant at) {
  const Metrics m = metrics_of(context);
  const Theme& theme = context.theme;
  const int h = m.floor * 2;
  const int y = m.height - h;
  const int pad = m.px(2.5);
  std::string note = context.demo_note;
  const bool doubtful = clock_doubtful(context.schedule.agenda(), at, context.built);
  if (doubtful) {
    const auto today = to_local(at, context.schedule.agenda().time_zone()).date;
    const std::string check =
        context.strings.word("clock_doubtful", {{"date", context.strings.date(today)}});
    note = note.empty() ? check : check + " · " + note;
  }
  if (context.health.stale) {
    const std::string since = context.health.last_success
                                  ? clock_text(context, *context.health.last_success)
                                  : std::string{"—"};
    const std::string stale = context.strings.word("stale", {{"time", since}});
    note = note.empty() ? stale : stale + " · " + note;
  }
  out.text({pad, y, m.width * 3 / 4, h}, note, TextRole::meta,
           context.health.stale || doubtful ? theme.accent : theme.muted_text, m.floor, m.floor);
  out.text({m.width * 3 / 4, y, m.width / 4 - pad, h}, page_note, TextRole::meta, theme.muted_text,
           m.floor, m.floor, 1, Align::end);
  return y;
}

}  // namespace nownext::core::screen
