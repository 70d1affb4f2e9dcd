// The kiosk's settings: the configuration file, with the command line's options on top, turned
// into what the fetcher and the screens need. Reloaded on SIGHUP.
#pragma once

#include "app/run_command.hpp"
#include "app/screen_loop.hpp"
#include "app/screen_setup.hpp"
#include "core/kiosk_config.hpp"
#include "net/feed_fetcher.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace nownext::app {

struct KioskSettings {
  core::KioskConfig config;
  std::filesystem::path data;
  std::vector<std::string> warnings;  // of the configuration file, located as in ScreenSetup
};

// Throws std::runtime_error naming the file and every problem in it.
[[nodiscard]] KioskSettings load_kiosk_settings(const RunRequest& request);

[[nodiscard]] net::FetchConfig fetch_config(const KioskSettings& settings);

// The layout, theme and words for this agenda on a screen of this size.
[[nodiscard]] ScreenSetup screen_setup_for(const KioskSettings& settings,
                                           const core::Agenda* agenda, int width_px, int height_px);

// Brings the bilingual part of `state` (core::KioskConfig::bilingual) in line with `settings`
// and `state.setup`: the second language's words (read with the setup's layout), paired with the
// first for "pair". Throws std::runtime_error when the second language has no words.
void apply_bilingual(const KioskSettings& settings, ScreenState& state);

}  // namespace nownext::app
