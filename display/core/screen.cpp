// Screens: the playlist's pages and the frame of each, built by the room and list builders.
#include "core/screen.hpp"

#include "core/frame_mirror.hpp"
#include "core/page_kinds.hpp"
#include "core/screen_alert.hpp"
#include "core/screen_parts.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <type_traits>

namespace nownext::core {

int legibility_floor_px(int width_px, int height_px, double reading_distance_m) {
  const double share = 0.0215 + 0.0025 * reading_distance_m;
  return std::max(12, static_cast<int>(std::lround(share * std::min(width_px, height_px))));
}

namespace {

PlaylistEntry entry_at(const ScreenContext& context, std::size_t entry) {
  return playlist_entry(context.layout, entry);
}

bool places_announcement(const Layout& layout) {
  return std::any_of(layout.playlist.begin(), layout.playlist.end(),
                     [](const PlaylistEntry& e) { return e.page == PageKind::announcement; });
}

// "2/16" in the footer for the hallway's pages (the cards count their own speakers' pages).
std::string page_note(const ScreenContext& context, int pages, PagePosition page) {
  if (pages <= 1 || entry_at(context, page.entry).page != PageKind::rooms) return "";
  return context.strings.word("page",
                              {{"page", std::to_string(std::min(page.sub_page, pages - 1) + 1)},
                               {"pages", std::to_string(pages)}});
}

}  // namespace

bool clock_doubtful(const Agenda& agenda, Instant at, Instant built) {
  if (at < built) return true;
  if (agenda.sessions().empty()) return false;
  Instant first = Instant::max();
  Instant last = Instant::min();
  for (const Session& s : agenda.sessions()) {
    first = std::min(first, s.effective_start());
    last = std::max(last, s.effective_end());
  }
  constexpr auto year = std::chrono::days{366};
  return at < first - year || at > last + year;
}

std::vector<RoomIndex> hallway_rooms(const ScreenContext& context) {
  if (!context.hallway_rooms.empty()) return context.hallway_rooms;
  std::vector<RoomIndex> rooms(context.schedule.agenda().rooms().size());
  for (RoomIndex r = 0; r < rooms.size(); ++r) rooms[r] = r;
  return rooms;
}

std::size_t playlist_size(const Layout& layout) {
  return layout.playlist.size() + (places_announcement(layout) ? 0 : 1);
}

PlaylistEntry playlist_entry(const Layout& layout, std::size_t entry) {
  const auto& playlist = layout.playlist;
  if (entry < playlist.size()) return playlist[entry];
  if (places_announcement(layout) || playlist.empty()) return playlist.back();
  return {PageKind::announcement, playlist.back().duration};
}

std::vector<RoomIndex> screen_rooms(const ScreenContext& context, RoomIndex room) {
  if (context.layout.kind == LayoutKind::hallway) return hallway_rooms(context);
  return {room};
}

ScreenAnnouncements screen_announcements(const ScreenContext& context, RoomIndex room, Instant at) {
  return announcements_at(context.schedule.agenda().announcements(), context.alerts,
                          screen_rooms(context, room), at);
}

namespace {

// A page's inputs, for the functions below that are asked about a page without drawing it.
// The room's answer; empty for a hallway, which asks row by row.
RoomNow answer_of(const ScreenContext& context, RoomIndex room, Instant at) {
  return context.layout.kind == LayoutKind::hallway ? RoomNow{}
                                                    : context.schedule.room_at(room, at);
}

screen::PageInput page_input(const ScreenContext& context, RoomIndex room, Instant at,
                             const RoomNow& answer);

template <typename F>
auto with_page(const ScreenContext& context, RoomIndex room, Instant at, F&& f) {
  return f(page_input(context, room, at, answer_of(context, room, at)));
}

}  // namespace

int sub_pages(const ScreenContext& context, RoomIndex room, Instant at, std::size_t entry) {
  // A feed may have no rooms (check accepts it): there is no room index to ask about.
  if (context.schedule.agenda().rooms().empty()) return 1;
  return with_page(context, room, at, [&](const screen::PageInput& page) {
    return screen::page_kind_view(entry_at(context, entry).page).sub_pages(page);
  });
}

bool page_has_content(const ScreenContext& context, RoomIndex room, Instant at, std::size_t entry) {
  if (context.schedule.agenda().rooms().empty()) return false;
  return with_page(context, room, at, [&](const screen::PageInput& page) {
    return screen::page_kind_view(entry_at(context, entry).page).has_content(page);
  });
}

PagePosition next_page(const ScreenContext& context, RoomIndex room, Instant at,
                       PagePosition page) {
  if (page.sub_page + 1 < sub_pages(context, room, at, page.entry)) {
    return {page.entry, page.sub_page + 1};
  }
  const std::size_t count = playlist_size(context.layout);
  for (std::size_t step = 1; step <= count; ++step) {
    const std::size_t entry = (page.entry + step) % count;
    if (page_has_content(context, room, at, entry)) return {entry, 0};
  }
  return {page.entry, 0};
}

namespace {

// The strips above the footer, lowest first: an announcement for this screen, then a session of
// this room that moved elsewhere today.
struct Strip {
  std::string text;
  Color ink;
  Color back;
};

// The strips for `room` at `at`, given the room's answer (empty for a hallway).
std::vector<Strip> strips_of(const ScreenContext& context, RoomIndex room, Instant at,
                             const RoomNow& answer) {
  std::vector<Strip> strips;
  const Agenda& agenda = context.schedule.agenda();
  const bool hallway = context.layout.kind == LayoutKind::hallway;
  if (agenda.rooms().empty()) return strips;
  if (const Announcement* note = screen_announcements(context, room, at).strip) {
    const bool urgent = note->severity != Announcement::Severity::info;
    strips.push_back(
        {screen::feed_text(context, note->text),
         urgent ? context.theme.warning : context.theme.now_tag,
         urgent ? context.theme.warning_background : context.theme.now_tag_background});
  }
  if (!hallway) {
    if (!answer.moved_away.empty()) {
      const Session& moved = agenda.sessions()[answer.moved_away.front()];
      strips.push_back({screen::moved_to_text(context, moved) + " · " +
                            screen::clock_text(context, moved.effective_start()) + " " +
                            screen::feed_text(context, moved.title),
                        context.theme.warning, context.theme.warning_background});
    }
  }
  return strips;
}

int strip_height(const screen::Metrics& m) {
  return m.floor * 2;
}

// The body left by the header, the footer and `strips` strips above the footer.
Rect body_with_strips(const ScreenContext& context, std::size_t strips) {
  const screen::Metrics m = screen::metrics_of(context);
  // As draw_header and draw_footer lay out their bands.
  const int body_top = screen::header_height(context);
  const int footer_top = m.height - m.floor * 2;
  const int margin = m.px(2.5);
  Rect body{margin, body_top + m.px(2), context.width_px - 2 * margin,
            footer_top - body_top - m.px(3)};
  body.h -= static_cast<int>(strips) * (strip_height(m) + m.px(1));
  return body;
}

screen::PageInput page_input(const ScreenContext& context, RoomIndex room, Instant at,
                             const RoomNow& answer) {
  return {context, room, at, answer,
          body_with_strips(context, strips_of(context, room, at, answer).size())};
}

}  // namespace

Rect body_rect(const ScreenContext& context, RoomIndex room, Instant at) {
  return page_input(context, room, at, answer_of(context, room, at)).body;
}

Frame build_screen(const ScreenContext& context, RoomIndex room, Instant at, PagePosition page) {
  Frame frame;
  frame.width_px = context.width_px;
  frame.height_px = context.height_px;
  frame.background = context.theme.background;
  frame.min_text_px =
      legibility_floor_px(context.width_px, context.height_px, context.layout.reading_distance_m);
  screen::FrameWriter out{frame, frame.min_text_px, context.strings.language(),
                          screen::second_language(context), context.measurer};
  const Agenda& agenda = context.schedule.agenda();
  const bool hallway = context.layout.kind == LayoutKind::hallway;
  const std::string title = hallway || agenda.rooms().empty()
                                ? screen::feed_text(context, agenda.event().title)
                                : screen::feed_text(context, agenda.rooms()[room].name);
  if (!agenda.rooms().empty()) {
    // An emergency replaces everything, on every page, until it ends.
    if (const Announcement* emergency = screen_announcements(context, room, at).takeover) {
      return takeover_screen(context, *emergency);
    }
  }
  screen::draw_header(context, out, title, at);
  if (agenda.rooms().empty()) {
    screen::draw_footer(context, out, "", at);
    return for_reader_of(context.strings.language(), std::move(frame));
  }
  // What the room shows, and the strips it needs, derived once for the whole frame (a hallway
  // asks row by row).
  const RoomNow answer = answer_of(context, room, at);
  const std::vector<Strip> strips = strips_of(context, room, at, answer);
  const screen::PageInput input{context, room, at, answer,
                                body_with_strips(context, strips.size())};
  const screen::PageKindView& view = screen::page_kind_view(entry_at(context, page.entry).page);
  screen::draw_footer(context, out, page_note(context, view.sub_pages(input), page), at);
  const screen::Metrics m = screen::metrics_of(context);
  const Rect& body = input.body;
  int strip_y = body.y + body.h + m.px(1);
  for (auto strip = strips.rbegin(); strip != strips.rend(); ++strip) {
    out.rect({body.x, strip_y, body.w, strip_height(m)}, strip->back, m.px(1));
    out.text({body.x + m.px(1.5), strip_y, body.w - m.px(3), strip_height(m)}, strip->text,
             TextRole::meta, strip->ink, m.floor, m.floor);
    strip_y += strip_height(m) + m.px(1);
  }
  view.draw(input, out, page.sub_page);
  return for_reader_of(context.strings.language(), std::move(frame));
}

namespace {
Element shifted(Element element, int dx) {
  std::visit([dx](auto& e) { e.rect.x += dx; }, element);
  return element;
}

// Which elements of `from` and of `to` both frames show, matched one to one.
struct Common {
  std::vector<bool> kept;   // of from
  std::vector<bool> still;  // of to
};
Common common_elements(const Frame& from, const Frame& to) {
  Common common{std::vector<bool>(from.elements.size(), false),
                std::vector<bool>(to.elements.size(), false)};
  for (std::size_t t = 0; t < to.elements.size(); ++t) {
    for (std::size_t f = 0; f < from.elements.size(); ++f) {
      if (!common.kept[f] && from.elements[f] == to.elements[t]) {
        common.kept[f] = common.still[t] = true;
        break;
      }
    }
  }
  return common;
}

double eased(double progress) {
  const double p = std::clamp(progress, 0.0, 1.0);
  // Ease in and out, so the change starts and ends softly.
  return p * p * (3.0 - 2.0 * p);
}

// `box` with its colour's opacity scaled by `opacity` (0..1).
TextBox faded(TextBox box, double opacity) {
  box.color.a = static_cast<std::uint8_t>(std::lround(box.color.a * opacity));
  return box;
}
}  // namespace

Frame fade_between(const Frame& from, const Frame& to, double progress) {
  const double p = eased(progress);
  Frame frame = to;
  frame.elements.clear();
  // Rectangles, bars and images of the nearer frame, whole: fading large areas costs the
  // software renderer more than a frame's time, and they are only the texts' backgrounds (a
  // rectangle is never drawn over a text: frame_audit.hpp).
  const Frame& nearer = p < 0.5 ? from : to;
  for (const Element& e : nearer.elements) {
    if (!std::holds_alternative<TextBox>(e)) frame.elements.push_back(e);
  }
  // Then the texts: what both show as it is, the old fading out, the new fading in.
  const Common common = common_elements(from, to);
  for (std::size_t f = 0; f < from.elements.size(); ++f) {
    const auto* box = std::get_if<TextBox>(&from.elements[f]);
    if (box != nullptr && !common.kept[f]) frame.elements.emplace_back(faded(*box, 1.0 - p));
  }
  for (std::size_t t = 0; t < to.elements.size(); ++t) {
    const auto* box = std::get_if<TextBox>(&to.elements[t]);
    if (box != nullptr) frame.elements.emplace_back(common.still[t] ? *box : faded(*box, p));
  }
  return frame;
}

Frame slide_between(const Frame& from, const Frame& to, double progress) {
  // A right-to-left reader's next page comes from the left.
  const int sign = to.right_to_left ? -1 : 1;
  const int offset = sign * static_cast<int>(std::lround(eased(progress) * to.width_px));
  Frame frame;
  frame.width_px = to.width_px;
  frame.height_px = to.height_px;
  frame.background = to.background;
  frame.right_to_left = to.right_to_left;
  // What both frames show (header, clock, footer) stays still; the rest slides.
  const auto [kept, still] = common_elements(from, to);
  for (std::size_t f = 0; f < from.elements.size(); ++f) {
    if (!kept[f]) frame.elements.push_back(shifted(from.elements[f], -offset));
  }
  for (std::size_t t = 0; t < to.elements.size(); ++t) {
    frame.elements.push_back(still[t] ? to.elements[t]
                                      : shifted(to.elements[t], sign * to.width_px - offset));
  }
  return frame;
}

}  // namespace nownext::core
