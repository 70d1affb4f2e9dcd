// The fleet file on the kiosk and the screen commands: read from a file or fetched from a URL
// once at start (and at each reload), then one screen's entry over the defaults.
#pragma once

#include "core/fleet.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nownext::app {

// The host name, the default id of a screen.
[[nodiscard]] std::string host_name();

// Screen `screen`'s settings in the fleet at `source` (a path or an http(s) URL). Throws
// std::runtime_error naming the fleet and the problem: unreadable, invalid (every error, with
// its place), or no such screen (listing the screens).
[[nodiscard]] core::FleetScreen load_fleet_screen(const std::string& source,
                                                  const std::string& screen);
// The same for the kiosk: a fleet fetched from a URL is kept in `saved` (in the state
// directory), and that copy is used, with a line in `warnings`, when the URL cannot be fetched,
// so that a kiosk restarting while the server is down still knows what to show.
[[nodiscard]] core::FleetScreen load_fleet_screen(const std::string& source,
                                                  const std::string& screen,
                                                  const std::filesystem::path& saved,
                                                  std::vector<std::string>& warnings);

// The settings a screen command takes from the fleet, each only when the command line left it
// unset.
struct ScreenChoice {
  std::optional<std::string>* room;
  std::optional<std::string>* layout;
  std::optional<std::string>* language;
};
void take_from_fleet(const core::FleetScreen& fleet, const ScreenChoice& choice);

}  // namespace nownext::app

namespace nownext::app {
// The same from the fleet at `source`, if any, for screen `screen` (default: the host name).
void take_from_fleet(const std::optional<std::string>& source,
                     const std::optional<std::string>& screen, const ScreenChoice& choice);
}  // namespace nownext::app
