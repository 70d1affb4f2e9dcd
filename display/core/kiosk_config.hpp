// The kiosk's configuration file (JSON): which feed, room, layout and language, how often to
// poll, where to keep state, the window. Pure: the caller reads the file. Documented in the
// README ("Configuration").
#pragma once

#include "core/burn_in.hpp"
#include "core/diagnostic.hpp"
#include "core/locale_format.hpp"
#include "core/power.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nownext::core {

// Two languages on one screen: the interface language and the next of `languages`. `pair`
// shows both at once (the second smaller), `alternate` one after the other with a cross-fade.
enum class Bilingual { off, pair, alternate };

struct KioskConfig {
  std::optional<std::string> feed;      // URL or path; default: the bundled agenda
  std::optional<std::string> format;    // the feed's format name ("frab-json"); default: detected
  std::optional<std::string> room;      // room id; default: the first (room and day layouts)
  std::vector<std::string> rooms;       // the rooms a hallway shows, in order; empty = all
  std::optional<std::string> layout;    // layout name; default: by rooms and orientation
  std::optional<std::string> theme;     // theme name; default: the layout's
  std::optional<std::string> logo;      // a PNG or SVG file for the header; default: a text mark
  std::optional<std::string> language;  // interface language; default: the feed's
  // Preferred languages of feed texts after the interface language (then the feed's own).
  std::vector<std::string> languages;
  // The digits of numbers, times and dates ("latin" or "native": Arabic-Indic for Arabic);
  // default: the strings file's (Latin for every language).
  std::optional<Digits> digits;
  std::chrono::seconds poll_interval{30};
  std::chrono::seconds stale_after{900};
  std::optional<std::string> state_dir;  // default: the service's or the user's
  std::optional<std::string> ca_bundle;
  // "auto", "software" or "accelerated": how frames reach the screen (see render::Display).
  std::string renderer = "auto";
  bool fullscreen = true;
  int width_px = 1280;  // when not fullscreen
  int height_px = 720;
  // Replays this venue day at the real time of day (a demo of a past event).
  std::optional<std::chrono::year_month_day> replay_day;
  // "HOST:PORT" of the status endpoint ("status": {"listen": ...}); off when absent.
  std::optional<std::string> status_listen;
  std::optional<std::string> fleet;      // fleet file or URL: every screen's settings
  std::optional<std::string> screen;     // this screen's id in the fleet; default: the host name
  Bilingual bilingual = Bilingual::off;  // "bilingual": "pair" or "alternate"
  std::chrono::seconds alternate_interval{10};  // "alternate_seconds": each language's turn
  // The alerts source: a CAP document or an Atom/RSS feed of CAP alerts (URL or path); none by
  // default. Polled every alerts_poll_interval; alerts of these CAP statuses are shown.
  std::optional<std::string> alerts;
  std::chrono::seconds alerts_poll_interval{10};
  std::vector<std::string> alerts_statuses{"Actual"};
  // When the screen is on; always without one.
  std::optional<PowerConfig> power;
  // The slow shift of the whole picture against burn-in; off with "burn_in": false.
  std::optional<BurnIn> burn_in = BurnIn{};
  friend bool operator==(const KioskConfig&, const KioskConfig&) = default;
};

struct KioskConfigResult {
  std::optional<KioskConfig> config;
  Diagnostics errors;
  Diagnostics warnings;
};

[[nodiscard]] KioskConfigResult parse_kiosk_config(std::string_view json);

// The second language of a bilingual screen: the first of `languages` that is not the interface
// language (`language`); none when there is none.
[[nodiscard]] std::optional<std::string> bilingual_second_language(const KioskConfig& config);

}  // namespace nownext::core
