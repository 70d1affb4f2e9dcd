// The fleet file on the kiosk and the screen commands: read from a file or fetched from a URL
// once at start (and at each reload), then one screen's entry over the defaults.
#pragma once

#include "core/fleet.hpp"
#include "core/screen_notice.hpp"

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace nownext::app {

// The largest fleet file read or fetched.
inline constexpr std::size_t max_fleet_bytes = 1024 * 1024;

// The host name, the default id of a screen.
[[nodiscard]] std::string host_name();

// A fleet without an entry for the screen: what() lists the screens it has.
class UnknownScreenError : public std::runtime_error {
 public:
  UnknownScreenError(const std::string& message, core::UnknownScreen unknown)
      : std::runtime_error(message), unknown_(std::move(unknown)) {}
  [[nodiscard]] const core::UnknownScreen& unknown() const { return unknown_; }

 private:
  core::UnknownScreen unknown_;
};

// Screen `screen`'s settings in the fleet at `source` (a path or an http(s) URL). Throws
// std::runtime_error naming the fleet and the problem: unreadable, invalid (every error, with
// its place), or no such screen (listing the screens).
[[nodiscard]] core::FleetScreen load_fleet_screen(const std::string& source,
                                                  const std::string& screen);
// The fleet's text for the kiosk: a fleet fetched from a URL is kept in `saved` (in the state
// directory), and that copy is used, with a line in `warnings`, when the URL cannot be fetched,
// so that a kiosk restarting while the server is down still knows what to show. Throws
// std::runtime_error when there is neither.
[[nodiscard]] std::string read_kiosk_fleet(const std::string& source,
                                           const std::filesystem::path& saved,
                                           std::vector<std::string>& warnings);
// Screen `screen`'s settings in the fleet text `text` read from `source`. Throws
// std::runtime_error when the text is not a valid fleet, UnknownScreenError when it has no such
// screen.
[[nodiscard]] core::FleetScreen fleet_screen_in(const std::string& text, const std::string& source,
                                                const std::string& screen);

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
