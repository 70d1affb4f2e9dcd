// Reading the fleet file, with the same path-naming errors as feeds and configurations.
#include "core/fleet.hpp"

#include "core/feed_fields.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace nownext::core {
namespace {

class FleetReader {
 public:
  explicit FleetReader(FleetResult& result) : fields_(result.errors, result.warnings) {}

  Fleet read(const Json& root) {
    Fleet fleet;
    fields_.warn_unknown_members(root, document_, {"format", "screens", "defaults"});
    if (const auto format = fields_.string_member(root, "format", document_, Presence::optional);
        format && *format != "nownext-fleet/1") {
      fields_.error(Where{document_, "format"}, "must be \"nownext-fleet/1\"");
    }
    if (const Json* defaults = fields_.member(root, "defaults", document_, Presence::optional)) {
      fleet.defaults = screen(*defaults, Where{document_, "defaults"});
    }
    const Json* screens = fields_.member(root, "screens", document_, Presence::required);
    const Where screens_where{document_, "screens"};
    if (screens == nullptr || !fields_.expect_object(*screens, screens_where)) return fleet;
    for (const auto& [id, entry] : screens->items()) {
      const Where where{screens_where, id};
      if (!fields_.id(Json(id), where)) continue;
      fleet.screens.emplace(id, screen(entry, where));
    }
    return fleet;
  }

 private:
  FleetScreen screen(const Json& entry, const Where& where) {
    FleetScreen screen;
    if (!fields_.expect_object(entry, where)) return screen;
    fields_.warn_unknown_members(entry, where,
                                 {"room", "rooms", "layout", "language", "languages", "size"});
    screen.room = fields_.id_member(entry, "room", where, Presence::optional);
    screen.layout = fields_.id_member(entry, "layout", where, Presence::optional);
    if (const Json* language = fields_.member(entry, "language", where, Presence::optional)) {
      screen.language = fields_.language_code(*language, Where{where, "language"});
    }
    if (const auto size = fields_.string_member(entry, "size", where, Presence::optional)) {
      screen.size = pixels(*size, Where{where, "size"});
    }
    screen.rooms = list(entry, "rooms", where,
                        [&](const Json& item, const Where& at) { return fields_.id(item, at); });
    screen.languages = list(entry, "languages", where, [&](const Json& item, const Where& at) {
      return fields_.language_code(item, at);
    });
    return screen;
  }

  // "1920x1080", each side 64 to 8192.
  std::optional<ScreenPixels> pixels(const std::string& text, const Where& where) {
    ScreenPixels size;
    char x = 0;
    char rest = 0;
    if (std::sscanf(text.c_str(), "%5d%c%5d%c", &size.width_px, &x, &size.height_px, &rest) == 3 &&
        x == 'x' && size.width_px >= 64 && size.height_px >= 64 && size.width_px <= 8192 &&
        size.height_px <= 8192) {
      return size;
    }
    fields_.error(where, "'" + text + "' is not a size such as 1920x1080 (64 to 8192 a side)");
    return std::nullopt;
  }

  template <typename ReadItem>
  std::optional<std::vector<std::string>> list(const Json& entry, std::string_view key,
                                               const Where& where, ReadItem read_item) {
    const Json* array = fields_.array(entry, key, where, Presence::optional, 1000);
    if (array == nullptr) return std::nullopt;
    std::vector<std::string> items;
    const Where list_where{where, key};
    for (std::size_t i = 0; i < array->size(); ++i) {
      if (auto item = read_item((*array)[i], Where{list_where, i}))
        items.push_back(std::move(*item));
    }
    return items;
  }

  FeedFields fields_;
  const Where document_;
};

template <typename T>
void over(std::optional<T>& base, const std::optional<T>& top) {
  if (top) base = top;
}

}  // namespace

FleetResult parse_fleet(std::string_view json) {
  FleetResult result;
  const std::optional<Json> root = parse_json_object(json, result.errors);
  if (!root) return result;
  FleetReader reader{result};
  Fleet fleet = reader.read(*root);
  if (result.errors.empty()) result.fleet = std::move(fleet);
  return result;
}

std::optional<FleetScreen> fleet_screen(const Fleet& fleet, std::string_view id) {
  const auto found = fleet.screens.find(id);
  if (found == fleet.screens.end()) return std::nullopt;
  FleetScreen screen = fleet.defaults;
  over(screen.room, found->second.room);
  over(screen.rooms, found->second.rooms);
  over(screen.layout, found->second.layout);
  over(screen.language, found->second.language);
  over(screen.languages, found->second.languages);
  over(screen.size, found->second.size);
  return screen;
}

}  // namespace nownext::core
