// What a screen shows: a Frame built from the schedule's answer, a layout, a theme and the
// interface words, at an instant and a page of the layout's playlist. Pure: no clock, no SDL.
#pragma once

#include "core/announcements.hpp"
#include "core/frame.hpp"
#include "core/layout.hpp"
#include "core/schedule.hpp"
#include "core/text_fit.hpp"
#include "core/theme.hpp"
#include "core/ui_strings.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace nownext::core {

// The feed's health, for a discreet marker when the agenda is stale.
struct FeedHealth {
  bool stale = false;
  std::optional<Instant> last_success;  // when the agenda was last fetched or confirmed
};

struct ScreenContext {
  const Schedule& schedule;
  const Layout& layout;
  const Theme& theme;
  const UiStrings& strings;
  std::vector<std::string> languages;  // preferred languages of feed texts, first first
  int width_px = 1920;
  int height_px = 1080;
  FeedHealth health;
  std::string demo_note;  // shown discreetly when the clock is simulated; empty otherwise
  std::vector<RoomIndex> hallway_rooms;  // the rooms a hallway shows, in order; empty = all
  // When the program was built: a clock before it cannot be right (see clock_doubtful). The
  // epoch when unknown.
  Instant built{};
  // An image for the header's start (a PNG or SVG file: an absolute path, or a file name in
  // assets/); empty: the theme's logo, or else a text mark with the venue's name.
  std::string logo{};
  // The painter's measurer, so that lists space their entries by the lines each really takes
  // (an even rhythm whatever wrapped); null in tests of layout alone, where every entry takes
  // one line. Must outlive the context.
  TextMeasurer* measurer = nullptr;
  // Announcements from an alerts source (CAP), their rooms resolved in this agenda, shown with
  // the feed's own. Must outlive the context.
  std::span<const Announcement> alerts{};
};

// Whether a clock reading `at` cannot be right: before the program was built (`built`), or more
// than a year before the first session or after the last end of the agenda (a clock never set
// reads 1970). The screen says so in its footer and the kiosk logs it (field case 12).
[[nodiscard]] bool clock_doubtful(const Agenda& agenda, Instant at, Instant built);

// The rooms a hallway shows: the context's choice, or every room of the agenda.
[[nodiscard]] std::vector<RoomIndex> hallway_rooms(const ScreenContext& context);

// Where in the playlist a screen is: the entry, and the sub-page inside it (speakers of the now
// card, rooms of the hallway).
struct PagePosition {
  std::size_t entry = 0;
  int sub_page = 0;
  friend bool operator==(const PagePosition&, const PagePosition&) = default;
};

// Text never smaller than this on a screen read from `reading_distance_m` metres: a share of the
// screen's shorter side, 2.15 % plus 0.25 % a metre (29 px at 1080p for a door read from 2 m,
// 37 px for a hallway read from 5 m), at least 12 px. The same in either orientation, so a
// portrait door does not get smaller text than a landscape one.
[[nodiscard]] int legibility_floor_px(int width_px, int height_px, double reading_distance_m = 2);

// The part of the screen between the header and the footer that the layout's cards fill, less
// the strips above the footer (announcement, a session that moved away) at `at`. Pixels.
[[nodiscard]] Rect body_rect(const ScreenContext& context, RoomIndex room, Instant at);

// The frame for `room` (ignored by hallway layouts) at `at`, on page `page`. A page that does
// not exist any more (fewer speakers since) shows its last sub-page.
[[nodiscard]] Frame build_screen(const ScreenContext& context, RoomIndex room, Instant at,
                                 PagePosition page);

// How many sub-pages the playlist entry has now (at least 1), and whether it has anything to
// show (a "next" page without a next session is skipped).
[[nodiscard]] int sub_pages(const ScreenContext& context, RoomIndex room, Instant at,
                            std::size_t entry);
[[nodiscard]] bool page_has_content(const ScreenContext& context, RoomIndex room, Instant at,
                                    std::size_t entry);
// The page after `page` in the playlist, skipping pages without content.
[[nodiscard]] PagePosition next_page(const ScreenContext& context, RoomIndex room, Instant at,
                                     PagePosition page);

// The rooms a screen is for: a hallway's rows, or the door's room.
[[nodiscard]] std::vector<RoomIndex> screen_rooms(const ScreenContext& context, RoomIndex room);

// The announcements (the feed's and the context's alerts) a screen for `room` shows at `at`.
[[nodiscard]] ScreenAnnouncements screen_announcements(const ScreenContext& context, RoomIndex room,
                                                       Instant at);

// The playlist a screen steps through: the layout's, then a page for a warning's card unless the
// layout places that page itself. Entries past the end give the last.
[[nodiscard]] std::size_t playlist_size(const Layout& layout);
[[nodiscard]] PlaylistEntry playlist_entry(const Layout& layout, std::size_t entry);

// A frame between two, sliding `to` in from the right (from the left on a right-to-left screen)
// as `progress` goes from 0 to 1.
[[nodiscard]] Frame slide_between(const Frame& from, const Frame& to, double progress);
// A frame between two as `progress` goes from 0 to 1: the texts of `from` fading out as those
// of `to` fade in (the colours' alpha), over the rectangles, bars and images of `from` until
// half-way and of `to` after; a text both show stays as it is.
[[nodiscard]] Frame fade_between(const Frame& from, const Frame& to, double progress);

}  // namespace nownext::core
