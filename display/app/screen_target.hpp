// The choices every screen command makes the same way: which feed file, room, layout, language
// and size, with the defaults that let staff try everything on the bundled agenda.
#pragma once

#include "app/screen_setup.hpp"
#include "core/agenda.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nownext::app {

struct ScreenSize {
  int width_px = 1920;
  int height_px = 1080;
};
// "1920x1080"; throws std::runtime_error for anything else or a size outside 64..8192.
[[nodiscard]] ScreenSize parse_screen_size(const std::string& text);

// The bundled agenda, for commands given no feed.
[[nodiscard]] std::filesystem::path bundled_feed(const std::filesystem::path& data);

// A room id to its index; throws std::runtime_error listing the rooms when it is unknown.
[[nodiscard]] core::RoomIndex find_room_or_throw(const core::Agenda& agenda, const std::string& id);

// The feed texts' language preference: the interface language first, then the feed's.
[[nodiscard]] std::vector<std::string> text_languages(const core::Agenda& agenda,
                                                      const std::string& language);

}  // namespace nownext::app
