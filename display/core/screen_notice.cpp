// The waiting and absent-room screens, and the tracking of a configured room across agendas.
#include "core/screen_notice.hpp"

#include "core/frame_mirror.hpp"
#include "core/screen_parts.hpp"

#include <cstdio>

namespace nownext::core {
namespace {

std::string trouble_word(FeedTrouble trouble) {
  switch (trouble) {
    case FeedTrouble::unreachable: return "feed_unreachable";
    case FeedTrouble::invalid: return "feed_invalid";
    case FeedTrouble::none: break;
  }
  return "";
}

// A plain notice on the theme's background: a headline in the middle of the screen, a discreet
// line of detail under it (none when empty), and the demo note at the bottom.
Frame plain_notice(const Theme& theme, const UiStrings& strings, int width_px, int height_px,
                   const std::string& headline, const std::string& detail, int detail_lines,
                   const std::string& demo_note) {
  Frame frame;
  frame.width_px = width_px;
  frame.height_px = height_px;
  frame.background = theme.background;
  const int floor = legibility_floor_px(width_px, height_px);
  frame.min_text_px = floor;
  screen::FrameWriter out{frame, floor, strings.language(),
                          strings.second() != nullptr ? strings.second()->language() : ""};
  const int w = width_px * 8 / 10;
  const int x = width_px / 10;
  out.text({x, height_px * 35 / 100, w, height_px / 5}, headline, TextRole::title, theme.text,
           floor * 2, floor, 2, Align::center);
  if (!detail.empty()) {
    out.text({x, height_px * 57 / 100, w, floor * 2 * detail_lines}, detail, TextRole::meta,
             theme.muted_text, floor, floor, detail_lines, Align::center);
  }
  out.text({floor, height_px - floor * 2, width_px - 2 * floor, floor * 2}, demo_note,
           TextRole::meta, theme.muted_text, floor, floor);
  return for_reader_of(strings.language(), std::move(frame));
}

}  // namespace

Frame waiting_screen(const Theme& theme, const UiStrings& strings, int width_px, int height_px,
                     const AgendaWait& wait, const std::string& demo_note) {
  const bool troubled = wait.trouble != FeedTrouble::none;
  const std::string time = wait.last_try ? strings.time(wait.last_try->time_of_day) : "—";
  return plain_notice(theme, strings, width_px, height_px,
                      strings.word(troubled ? "programme_unavailable" : "loading"),
                      troubled ? strings.word(trouble_word(wait.trouble), {{"time", time}}) : "", 2,
                      demo_note);
}

Frame unknown_screen_screen(const Theme& theme, const UiStrings& strings, int width_px,
                            int height_px, const UnknownScreen& unknown,
                            const std::string& demo_note) {
  return plain_notice(
      theme, strings, width_px, height_px, strings.word("screen_unknown"),
      strings.word("screen_unknown_detail", {{"screen", unknown.screen}, {"fleet", unknown.fleet}}),
      3, demo_note);
}

Frame absent_room_screen(const ScreenContext& context, const std::string& id,
                         const std::optional<Text>& last_name, Instant at) {
  Frame frame;
  frame.width_px = context.width_px;
  frame.height_px = context.height_px;
  frame.background = context.theme.background;
  const screen::Metrics m = screen::metrics_of(context);
  frame.min_text_px =
      legibility_floor_px(context.width_px, context.height_px, context.layout.reading_distance_m);
  screen::FrameWriter out{frame, frame.min_text_px, context.strings.language(),
                          screen::second_language(context), context.measurer};
  const std::string name = last_name ? screen::feed_text(context, *last_name) : id;
  const int top = screen::draw_header(context, out, name.empty() ? id : name, at);
  const int bottom = screen::draw_footer(context, out, "", at);
  const int h = m.floor * 4;
  out.text({m.width / 10, top + (bottom - top - h) / 2, m.width * 8 / 10, h},
           context.strings.word("room_absent"), TextRole::meta, context.theme.muted_text,
           m.at_least_floor(3), m.floor, 2, Align::center);
  return for_reader_of(context.strings.language(), std::move(frame));
}

std::string preview_note(const UiStrings& strings, const LocalTime& when, double speed, bool paused,
                         const std::string& layout) {
  char speed_text[32];
  std::snprintf(speed_text, sizeof speed_text, "%g", speed);
  const std::string at = strings.date(when.date) + ", " + strings.time(when.time_of_day);
  return strings.word("preview", {{"when", at}}) + " · " +
         (paused ? strings.word("preview_paused")
                 : strings.word("preview_speed", {{"speed", speed_text}})) +
         " · " + layout;
}

std::optional<std::string> RoomPresence::update(const Agenda& agenda) {
  const auto index = agenda.find_room(id_);
  if (index) last_name_ = agenda.rooms()[*index].name;
  const bool present = index.has_value();
  const bool changed = present_ != present;
  const bool first = !present_.has_value();
  present_ = present;
  if (!changed || (first && present)) return std::nullopt;
  if (present) return "room " + id_ + ": in the programme again";
  std::string rooms;
  for (const Room& room : agenda.rooms()) rooms += " " + room.id;
  return "room " + id_ + ": not in the " + (first ? "" : "new ") +
         "programme (rooms:" + (rooms.empty() ? " none" : rooms) + ")";
}

}  // namespace nownext::core
