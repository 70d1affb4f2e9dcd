// The screens of a storyboard, from a fleet file or from the layouts and rooms.
#include "app/storyboard_screens.hpp"

#include "app/file_io.hpp"
#include "app/screen_setup.hpp"
#include "core/fleet.hpp"
#include "core/layout.hpp"

#include <algorithm>
#include <stdexcept>

namespace nownext::app {
namespace {

constexpr std::size_t max_fleet_bytes = 1024 * 1024;

std::string size_text(const ScreenSize& size) {
  return std::to_string(size.width_px) + "x" + std::to_string(size.height_px);
}

// The interface language first, then the preferences, then the feed's own languages.
std::vector<std::string> preference(const core::Agenda& agenda, const std::string& language,
                                    const std::vector<std::string>& preferred) {
  std::vector<std::string> languages{language};
  languages.insert(languages.end(), preferred.begin(), preferred.end());
  languages.insert(languages.end(), agenda.event().languages.begin(),
                   agenda.event().languages.end());
  return languages;
}

core::RoomIndex room_in(const core::Agenda& agenda, const std::string& id,
                        const std::string& where) {
  if (const auto room = agenda.find_room(id)) return *room;
  std::string rooms;
  for (const auto& r : agenda.rooms()) rooms += (rooms.empty() ? "" : ", ") + r.id;
  throw std::runtime_error(where + ": no room '" + id +
                           "' in the feed; rooms: " + (rooms.empty() ? "none" : rooms));
}

bool is_hallway(const std::filesystem::path& data, const std::string& layout) {
  for (const core::Layout& l : available_layouts(data)) {
    if (l.name == layout) return l.kind == core::LayoutKind::hallway;
  }
  return false;
}

}  // namespace

std::string StoryboardScreen::description() const {
  std::string text = layout + ", " + size_text(size);
  if (room_id) text += ", room " + *room_id;
  return text + ", " + language;
}

bool StoryboardScreen::shows_the_same(const StoryboardScreen& other) const {
  return layout == other.layout && language == other.language && languages == other.languages &&
         room == other.room && room_id == other.room_id && hallway_rooms == other.hallway_rooms &&
         size.width_px == other.size.width_px && size.height_px == other.size.height_px;
}

std::vector<StoryboardScreen> fleet_screens(const std::filesystem::path& fleet_file,
                                            const core::Agenda& agenda,
                                            const std::filesystem::path& data) {
  const std::string name = "fleet " + fleet_file.string();
  const core::FleetResult result = core::parse_fleet(read_file(fleet_file, max_fleet_bytes));
  if (!result.fleet) {
    std::string message = name + ": invalid:";
    for (const auto& error : result.errors) message += "\n  " + error.to_string();
    throw std::runtime_error(message);
  }
  std::vector<StoryboardScreen> screens;
  for (const auto& [id, entry] : result.fleet->screens) {
    const core::FleetScreen settings = *core::fleet_screen(*result.fleet, id);
    const std::string where = name + ": screen '" + id + "'";
    StoryboardScreen screen;
    screen.id = id;
    if (settings.size) screen.size = {settings.size->width_px, settings.size->height_px};
    screen.layout = settings.layout.value_or(default_layout(
        data, &agenda, settings.room.has_value(), screen.size.width_px, screen.size.height_px));
    screen.language = settings.language.value_or(settings.languages && !settings.languages->empty()
                                                     ? settings.languages->front()
                                                     : default_language(agenda, data));
    screen.languages = preference(agenda, screen.language,
                                  settings.languages.value_or(std::vector<std::string>{}));
    if (is_hallway(data, screen.layout)) {
      for (const std::string& room : settings.rooms.value_or(std::vector<std::string>{})) {
        screen.hallway_rooms.push_back(room_in(agenda, room, where));
      }
    } else if (!agenda.rooms().empty()) {
      screen.room = settings.room ? room_in(agenda, *settings.room, where) : 0;
      screen.room_id = agenda.rooms()[screen.room].id;
    }
    screens.push_back(std::move(screen));
  }
  return screens;
}

std::vector<StoryboardScreen> layout_screens(const core::Agenda& agenda,
                                             const std::filesystem::path& data,
                                             const std::vector<ScreenSize>& sizes,
                                             const std::string& language) {
  std::vector<StoryboardScreen> screens;
  for (const core::Layout& layout : available_layouts(data)) {
    std::vector<ScreenSize> at = sizes;
    if (at.empty()) {
      const bool portrait_only = !core::made_for(layout, 1920, 1080);
      at.push_back(portrait_only ? ScreenSize{1080, 1920} : ScreenSize{1920, 1080});
    }
    const bool per_room = layout.kind != core::LayoutKind::hallway && !agenda.rooms().empty();
    const std::size_t rooms = per_room ? agenda.rooms().size() : 1;
    for (core::RoomIndex room = 0; room < rooms; ++room) {
      for (const ScreenSize& size : at) {
        StoryboardScreen screen;
        screen.layout = layout.name;
        screen.language = language;
        screen.languages = preference(agenda, language, {});
        screen.size = size;
        screen.id = layout.name;
        if (per_room) {
          screen.room = room;
          screen.room_id = agenda.rooms()[room].id;
          screen.id += "." + *screen.room_id;
        }
        screen.id += "." + size_text(size);
        screens.push_back(std::move(screen));
      }
    }
  }
  return screens;
}

}  // namespace nownext::app
