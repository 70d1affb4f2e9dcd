// The kiosk's settings: the configuration file, with the command line's options on top, turned
// into what the fetcher and the screens need. Reloaded on SIGHUP.
#pragma once

#include "app/run_command.hpp"
#include "app/screen_loop.hpp"
#include "app/screen_setup.hpp"
#include "core/fleet.hpp"
#include "core/kiosk_config.hpp"
#include "core/screen_notice.hpp"
#include "net/feed_fetcher.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nownext::app {

struct KioskSettings {
  core::KioskConfig config;
  std::filesystem::path data;
  std::vector<std::string> warnings;      // of the configuration file, located as in ScreenSetup
  std::optional<std::string> fleet_text;  // the fleet's text used, when there is a fleet
  std::optional<core::FleetScreen> fleet_entry;  // this screen's entry in it
  // The fleet has no entry for this screen: the screen says so (and the log, with `error`).
  std::optional<core::UnknownScreen> unknown_screen;
  std::string unknown_screen_error;
};

// Throws std::runtime_error naming the file and every problem in it. The fleet is read from
// its file or URL, or taken from `fleet_text` when given (a change the poller found). A fleet
// without this screen is not an error here: see KioskSettings::unknown_screen.
[[nodiscard]] KioskSettings load_kiosk_settings(
    const RunRequest& request, const std::optional<std::string>& fleet_text = std::nullopt);
// The state directory of these settings.
[[nodiscard]] std::filesystem::path state_dir_of(const core::KioskConfig& config);

[[nodiscard]] net::FetchConfig fetch_config(const KioskSettings& settings);

// The layout, theme and words for this agenda on a screen of this size.
[[nodiscard]] ScreenSetup screen_setup_for(const KioskSettings& settings,
                                           const core::Agenda* agenda, int width_px, int height_px);

// Brings the bilingual part of `state` (core::KioskConfig::bilingual) in line with `settings`
// and `state.setup`: the second language's words (read with the setup's layout), paired with the
// first for "pair". Throws std::runtime_error when the second language has no words.
void apply_bilingual(const KioskSettings& settings, ScreenState& state);

}  // namespace nownext::app
