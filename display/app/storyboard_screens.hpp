// Which screens a storyboard shows: every screen of a fleet file, each at its entry's size, or,
// without one, every layout for every room of the feed (a hallway once) at each size asked.
#pragma once

#include "app/screen_target.hpp"
#include "core/agenda.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nownext::app {

struct StoryboardScreen {
  std::string id;  // the fleet's id, or "<layout>.<room>.<WxH>" ("<layout>.<WxH>" for a hallway)
  std::string layout;
  std::string language;                        // the interface's
  std::vector<std::string> languages;          // the feed texts' preference, the interface's first
  core::RoomIndex room = 0;                    // of a room layout
  std::optional<std::string> room_id;          // of a room layout, when the agenda has rooms
  std::vector<core::RoomIndex> hallway_rooms;  // empty: every room
  ScreenSize size;
  // "room-door-portrait, 1080x1920, room salle-xviii, fr": what a person reads in the sheet.
  [[nodiscard]] std::string description() const;
  // Whether both show the same frames: everything but the id is the same.
  [[nodiscard]] bool shows_the_same(const StoryboardScreen& other) const;
};

// Every screen of the fleet file at `fleet_file`, in the order of their ids; what an entry leaves
// unset takes the defaults of `shot` (the room layout for the screen's orientation, the first
// room, the feed's language, 1920x1080). Throws std::runtime_error naming the fleet file and the
// screen for an unreadable or invalid fleet, or a room the feed lacks (listing its rooms).
[[nodiscard]] std::vector<StoryboardScreen> fleet_screens(const std::filesystem::path& fleet_file,
                                                          const core::Agenda& agenda,
                                                          const std::filesystem::path& data);

// Every valid layout of `data`/layouts for every room of `agenda` (a hallway once, showing every
// room), each at every size of `sizes`, or, when it is empty, at 1920x1080 (1080x1920 for a layout
// made for portrait screens only), with interface language `language`.
[[nodiscard]] std::vector<StoryboardScreen> layout_screens(const core::Agenda& agenda,
                                                           const std::filesystem::path& data,
                                                           const std::vector<ScreenSize>& sizes,
                                                           const std::string& language);

}  // namespace nownext::app
