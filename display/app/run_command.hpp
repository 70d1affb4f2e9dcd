// `nownext run`: the kiosk. Starts from the cached agenda, fetches the feed in the background,
// shows the screens fullscreen; SIGTERM and SIGINT end it cleanly, SIGHUP reloads the
// configuration and layouts (keeping the old ones when the new ones are broken).
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

namespace nownext::app {

struct RunRequest {
  std::optional<std::string> config;  // JSON configuration file
  std::optional<std::string> feed;    // overrides the configuration's
  std::optional<std::string> format;  // overrides the configuration's "format"
  std::optional<std::string> room;
  std::optional<std::string> layout;
  std::optional<std::string> theme;  // overrides the layout's and the configuration's
  std::optional<std::string> logo;   // a PNG or SVG file for the header
  std::optional<std::string> language;
  std::optional<std::string> replay_day;  // "2017-07-18": demo clock
  std::optional<std::string> window;      // "1280x720": windowed instead of fullscreen
  std::optional<std::string> state_dir;
  std::optional<std::string> data_dir;
  std::optional<std::string> fleet;   // fleet file or URL
  std::optional<std::string> screen;  // this screen's id in it; default: the host name
};

int run_kiosk(const RunRequest& request, std::ostream& err);

}  // namespace nownext::app
