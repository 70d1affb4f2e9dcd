// Settings of the kiosk: file, overrides, defaults.
#include "app/kiosk_settings.hpp"

#include "app/feed_file.hpp"
#include "app/file_io.hpp"
#include "app/fleet_settings.hpp"
#include "app/languages.hpp"
#include "app/screen_target.hpp"
#include "net/state_dir.hpp"

#include <stdexcept>

namespace nownext::app {

std::filesystem::path state_dir_of(const core::KioskConfig& config) {
  return config.state_dir ? std::filesystem::path{*config.state_dir}
                          : net::default_state_dir(net::process_environment());
}

KioskSettings load_kiosk_settings(const RunRequest& request,
                                  const std::optional<std::string>& fleet_text) {
  KioskSettings settings;
  settings.data = data_dir(request.data_dir);
  if (request.config) {
    const auto result = core::parse_kiosk_config(read_file(*request.config, 256 * 1024));
    if (!result.config) {
      std::string message = *request.config + ":";
      for (const auto& error : result.errors) message += "\n  " + error.to_string();
      throw std::runtime_error(message);
    }
    settings.config = *result.config;
    settings.warnings = located(*request.config, result.warnings);
  }
  core::KioskConfig& config = settings.config;
  if (request.fleet) config.fleet = request.fleet;
  if (request.screen) config.screen = request.screen;
  if (config.fleet) {
    // The fleet's entry for this screen over the configuration file; the command line on top.
    config.screen = config.screen.value_or(host_name());
    if (request.state_dir) config.state_dir = request.state_dir;
    settings.fleet_text = fleet_text
                              ? *fleet_text
                              : read_kiosk_fleet(*config.fleet, state_dir_of(config) / "fleet.json",
                                                 settings.warnings);
    try {
      const core::FleetScreen fleet =
          fleet_screen_in(*settings.fleet_text, *config.fleet, *config.screen);
      settings.fleet_entry = fleet;
      if (fleet.room) config.room = fleet.room;
      if (fleet.rooms) config.rooms = *fleet.rooms;
      if (fleet.layout) config.layout = fleet.layout;
      if (fleet.languages) config.languages = *fleet.languages;
      if (fleet.language || fleet.languages) config.language.reset();
      take_from_fleet(fleet, {&config.room, &config.layout, &config.language});
    } catch (const UnknownScreenError& e) {
      settings.unknown_screen = e.unknown();
      settings.unknown_screen_error = e.what();
    }
  }
  if (request.feed) config.feed = request.feed;
  if (request.format) config.format = request.format;
  try {
    (void)feed_format_named(config.format);
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error(std::string{"feed "} + e.what());
  }
  if (request.room) config.room = request.room;
  if (request.layout) config.layout = request.layout;
  if (request.theme) config.theme = request.theme;
  if (request.logo) config.logo = request.logo;
  if (request.language) config.language = request.language;
  if (request.state_dir) config.state_dir = request.state_dir;
  if (request.window) {
    const ScreenSize size = parse_screen_size(*request.window);
    config.fullscreen = false;
    config.width_px = size.width_px;
    config.height_px = size.height_px;
  }
  if (request.replay_day) {
    config.replay_day = core::parse_date(*request.replay_day);
    if (!config.replay_day)
      throw std::runtime_error("--replay-day: must be a date like 2017-07-18");
  }
  if (!config.feed) config.feed = bundled_feed(settings.data).string();
  // Before any window opens: a language without interface words stops the kiosk at start-up.
  if (config.language) require_language(settings.data, *config.language);
  return settings;
}

net::FetchConfig fetch_config(const KioskSettings& settings) {
  const core::KioskConfig& config = settings.config;
  net::FetchConfig fetch;
  fetch.source = *config.feed;
  fetch.format = feed_format_named(config.format);
  fetch.state_dir = state_dir_of(config);
  fetch.stale_after = config.stale_after;
  fetch.schedule.interval = config.poll_interval;
  if (config.ca_bundle) fetch.http.ca_bundle = *config.ca_bundle;
  if (const auto token = net::process_environment()("NOWNEXT_FEED_TOKEN")) {
    fetch.http.bearer_token = *token;
  }
  return fetch;
}

ScreenSetup screen_setup_for(const KioskSettings& settings, const core::Agenda* agenda,
                             int width_px, int height_px) {
  const core::KioskConfig& config = settings.config;
  std::string layout = config.layout.value_or("");
  const bool named = !layout.empty();
  if (!named) {
    layout = default_layout(settings.data, agenda, config.room.has_value(), width_px, height_px);
  }
  const std::string language =
      config.language.value_or(agenda ? default_language(*agenda, settings.data) : "en");
  ScreenSetup setup = load_screen_setup(settings.data, layout, language, config.theme);
  setup.strings = with_chosen_digits(setup.strings, agenda, config.digits);
  if (named) warn_about_orientation(setup, width_px, height_px);
  return setup;
}

void apply_bilingual(const KioskSettings& settings, ScreenState& state) {
  state.bilingual = settings.config.bilingual;
  state.alternate_interval = settings.config.alternate_interval;
  state.second_strings.reset();
  state.paired_strings.reset();
  const auto second = core::bilingual_second_language(settings.config);
  if (state.bilingual == core::Bilingual::off || !second ||
      *second == state.setup.strings.language()) {
    return;
  }
  state.second_strings = load_screen_setup(settings.data, state.setup.layout.name, *second).strings;
  if (state.bilingual == core::Bilingual::pair) {
    state.paired_strings = state.setup.strings.paired_with(*state.second_strings);
  }
}

}  // namespace nownext::app
