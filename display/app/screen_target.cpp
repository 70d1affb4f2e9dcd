// Defaults and checks shared by shot, preview and run.
#include "app/screen_target.hpp"

#include <cstdio>
#include <stdexcept>

namespace nownext::app {

ScreenSize parse_screen_size(const std::string& text) {
  ScreenSize size;
  char x = 0;
  char rest = 0;
  if (std::sscanf(text.c_str(), "%d%c%d%c", &size.width_px, &x, &size.height_px, &rest) != 3 ||
      x != 'x' || size.width_px < 64 || size.height_px < 64 || size.width_px > 8192 ||
      size.height_px > 8192) {
    throw std::runtime_error("--size: '" + text + "' is not a size such as 1920x1080");
  }
  return size;
}

std::filesystem::path bundled_feed(const std::filesystem::path& data) {
  return data / "feeds" / "idm2017.json";
}

core::RoomIndex find_room_or_throw(const core::Agenda& agenda, const std::string& id) {
  if (const auto room = agenda.find_room(id)) return *room;
  std::string rooms;
  for (const auto& r : agenda.rooms()) rooms += " " + r.id;
  throw std::runtime_error("--room: no room '" + id + "' in the feed; rooms:" + rooms);
}

std::vector<std::string> text_languages(const core::Agenda& agenda, const std::string& language) {
  std::vector<std::string> languages{language};
  languages.insert(languages.end(), agenda.event().languages.begin(),
                   agenda.event().languages.end());
  return languages;
}

}  // namespace nownext::app
