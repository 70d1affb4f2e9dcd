// The kiosk's status report, served and written.
#include "app/kiosk_status.hpp"

#include "app/fleet_settings.hpp"
#include "app/version.hpp"

#include <cstdlib>

namespace nownext::app {
namespace {

constexpr std::chrono::minutes status_file_period{1};

bool room_absent(const ScreenState& state) {
  return state.agenda && state.room && state.setup.layout.kind != core::LayoutKind::hallway &&
         !state.agenda->find_room(*state.room);
}

}  // namespace

std::string state_words(const ScreenState& state) {
  if (state.unknown_screen) {
    return "screen " + state.unknown_screen->screen + " is not in the fleet " +
           state.unknown_screen->fleet;
  }
  if (!state.agenda) {
    switch (state.waiting.trouble) {
      case core::FeedTrouble::none: return "waiting for the agenda";
      case core::FeedTrouble::invalid: return "waiting for the agenda: the feed is invalid";
      case core::FeedTrouble::unreachable: return "waiting for the agenda: the feed is unreachable";
    }
  }
  if (room_absent(state)) return "room " + *state.room + " is not in the agenda";
  std::string words =
      "showing " + state.setup.layout.name + (state.room ? " for " + *state.room : "");
  if (state.health.stale) words += "; the agenda is stale";
  return words;
}

std::string state_name(const ScreenState& state) {
  if (state.unknown_screen) return "unknown_screen";
  if (!state.agenda) return "waiting";
  if (room_absent(state)) return "absent_room";
  return state.health.stale ? "stale" : "ok";
}

KioskStatus::KioskStatus(std::string screen, const std::optional<std::string>& listen,
                         std::filesystem::path state_dir)
    : screen_(std::move(screen)), state_dir_(std::move(state_dir)) {
  if (!listen) return;
  std::optional<std::string> token;
  if (const char* env = std::getenv("NOWNEXT_STATUS_TOKEN"); env != nullptr && *env != '\0') {
    token = env;
  }
  server_ = std::make_unique<StatusServer>(parse_listen_address(*listen), std::move(token));
}

std::optional<int> KioskStatus::port() const {
  if (!server_) return std::nullopt;
  return server_->port();
}

void KioskStatus::shown(const ScreenState& state, const net::FetchStatus& fetch,
                        std::uint64_t frames, render::Display& display, net::LogSink& log) {
  const auto now = std::chrono::system_clock::now();
  StatusReport report;
  report.version = version;
  report.screen = screen_;
  report.room = state.room.value_or("");
  report.layout = state.setup.layout.name;
  report.state = state_name(state);
  report.state_words = state_words(state);
  if (state.agenda) report.agenda_age = fetch.agenda_age(now);
  report.last_fetch = fetch.last_attempt;
  report.last_fetch_success = fetch.last_success;
  report.last_fetch_result = !fetch.last_attempt ? "none" : fetch.failing() ? "failed" : "ok";
  if (fetch.failing()) {
    report.last_fetch_error = std::string{net::to_string(fetch.error)} +
                              (fetch.error_detail.empty() ? "" : ": " + fetch.error_detail);
  }
  report.stale = state.health.stale;
  report.frames = frames;
  report.last_frame = now;
  report.uptime =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - started_);
  report.rss_bytes = resident_bytes();
  report.screen_on = screen_on_;
  report.burn_in_offset_px = {burn_in_offset_.dx, burn_in_offset_.dy};
  report.alerts = alerts_;
  if (server_) {
    server_->update(report);
    server_->serve_screen(display);
  }
  const auto steady = std::chrono::steady_clock::now();
  if (written_ && steady - *written_ < status_file_period) return;
  written_ = steady;
  try {
    write_atomically(state_dir_ / "status.json", status_json(report));
    if (write_failed_) log.line("status: status.json written again");
    write_failed_ = false;
  } catch (const std::exception& e) {
    if (!write_failed_) log.line(std::string{"status: "} + e.what());
    write_failed_ = true;
  }
}

}  // namespace nownext::app
