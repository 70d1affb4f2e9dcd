// The fleet file (JSON): every screen of a venue by id, with its room, layout and languages, over
// shared defaults. Pure: the caller reads the file or the URL. The format is documented by
// feeds/fleet/nownext-fleet.schema.json and the README ("Fleets").
#pragma once

#include "core/diagnostic.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nownext::core {

// One screen's settings; what is absent comes from the defaults, then the kiosk's own
// configuration.
struct ScreenPixels {
  int width_px = 1920;
  int height_px = 1080;
  friend bool operator==(const ScreenPixels&, const ScreenPixels&) = default;
};

struct FleetScreen {
  std::optional<std::string> room;
  std::optional<std::vector<std::string>> rooms;  // for a hallway
  std::optional<std::string> layout;
  std::optional<std::string> language;
  std::optional<std::vector<std::string>> languages;
  // The screen's size ("size": "1080x1920", each side 64 to 8192), for what renders it away from
  // the screen (`nownext storyboard`); the kiosk always takes its display's real size.
  std::optional<ScreenPixels> size;
  friend bool operator==(const FleetScreen&, const FleetScreen&) = default;
};

struct Fleet {
  FleetScreen defaults;
  std::map<std::string, FleetScreen, std::less<>> screens;
};

struct FleetResult {
  std::optional<Fleet> fleet;
  Diagnostics errors;
  Diagnostics warnings;
};

[[nodiscard]] FleetResult parse_fleet(std::string_view json);

// Screen `id`'s entry over the defaults; nullopt when the fleet has no such screen.
[[nodiscard]] std::optional<FleetScreen> fleet_screen(const Fleet& fleet, std::string_view id);

}  // namespace nownext::core
