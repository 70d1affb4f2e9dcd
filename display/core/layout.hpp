// Screen layouts, read from layouts/<name>.json: which screen (a room's door, a hallway, a
// day overview), its proportions relative to the screen, its theme, and its playlist of pages.
// Pure: the caller reads the file. Documented in layouts/README.md.
#pragma once

#include "core/diagnostic.hpp"

#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nownext::core {

inline constexpr std::string_view layout_format = "nownext-layout/1";

enum class LayoutKind {
  room,     // one room: the current session large, the next one below (or beside)
  hallway,  // every room: a row each with now and next, paged
  day,      // one room's whole day as a list
};

enum class PageKind {
  now,    // now + next (room); the now card pages through its speakers
  next,   // the next session alone, with its speakers
  day,    // the day overview
  rooms,  // the hallway's rows; pages through the rooms
  // a warning announcement's card; skipped while there is none (every screen steps through it,
  // after the layout's pages when the layout does not place it)
  announcement,
};

struct PlaylistEntry {
  PageKind page = PageKind::now;
  std::chrono::seconds duration{15};  // per sub-page (speaker page, page of rooms)
  friend bool operator==(const PlaylistEntry&, const PlaylistEntry&) = default;
};

enum class Arrangement { stacked, side_by_side };

// The screens a layout is made for: wider than tall, or taller than wide.
enum class Orientation { landscape, portrait };
[[nodiscard]] Orientation orientation_of(int width_px, int height_px);

struct Layout {
  std::string name;
  std::vector<Orientation> orientations{Orientation::landscape, Orientation::portrait};
  LayoutKind kind = LayoutKind::room;
  std::string theme = "default";
  Arrangement arrangement = Arrangement::stacked;  // room: next below now, or beside it
  double header_height = 0.09;                     // fraction of the screen height
  // How far away people read the screen, in metres: a door ~2, a hallway ~5. The smallest text
  // grows with it (legibility_floor_px in core/screen.hpp).
  double reading_distance_m = 3;
  double now_share = 0.62;    // room: fraction of the body the now card takes
  int speakers_per_page = 4;  // the now card pages through more
  int rooms_per_page = 6;     // hallway rows per page
  std::vector<PlaylistEntry> playlist;
  std::chrono::milliseconds transition{600};  // slide between pages; 0 = cut
  friend bool operator==(const Layout&, const Layout&) = default;
};

struct LayoutResult {
  std::optional<Layout> layout;
  Diagnostics errors;
  Diagnostics warnings;  // unknown members, with their path; the layout still loads
};

[[nodiscard]] LayoutResult parse_layout(std::string_view json);

// Whether `layout` is made for a screen of this size.
[[nodiscard]] bool made_for(const Layout& layout, int width_px, int height_px);
// The layout a screen shows when none is named, among `layouts` (in their order): the first
// hallway for a screen of every room of an agenda with several (`hallway`), else the first room
// layout made for the screen's orientation, else the first room layout; none when there is none.
[[nodiscard]] std::optional<std::size_t> default_layout_index(std::span<const Layout> layouts,
                                                              bool hallway, int width_px,
                                                              int height_px);
// A warning when a named layout is not made for the screen's orientation; empty otherwise.
[[nodiscard]] std::string orientation_warning(const Layout& layout, int width_px, int height_px);

[[nodiscard]] std::string_view to_string(LayoutKind kind);

}  // namespace nownext::core
