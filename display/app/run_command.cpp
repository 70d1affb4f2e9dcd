// The kiosk: fetcher in the background, screens in the foreground, signals for stop and reload.
#include "app/run_command.hpp"

#include "app/alert_watch.hpp"
#include "app/fleet_poller.hpp"
#include "app/fleet_settings.hpp"
#include "app/kiosk_settings.hpp"
#include "app/kiosk_status.hpp"
#include "app/power_switch.hpp"
#include "app/screen_loop.hpp"
#include "app/service_notify.hpp"
#include "app/version.hpp"

#include <date/tz.h>

#include <chrono>
#include <csignal>
#include <future>
#include <iomanip>
#include <optional>
#include <ostream>
#include <sstream>
#include <stdexcept>

namespace nownext::app {
namespace {

// Set by SIGHUP; the loop looks at it at least once a second.
volatile std::sig_atomic_t reload_requested = 0;
extern "C" void on_sighup(int) {
  reload_requested = 1;
}

std::string demo_note(const KioskSettings& settings, const ScreenSetup& setup) {
  if (!settings.config.replay_day) return "";
  return setup.strings.word("demo", {{"date", setup.strings.date(*settings.config.replay_day)}});
}

core::FeedHealth health_of(const net::FeedSnapshot& snapshot) {
  core::FeedHealth health;
  health.stale = snapshot.status.stale;
  if (snapshot.status.agenda_since) {
    health.last_success = std::chrono::floor<std::chrono::seconds>(*snapshot.status.agenda_since);
  }
  return health;
}

// The kiosk's own time zone, for times shown before any agenda (and its venue's zone) is known.
const date::time_zone& local_zone() {
  try {
    return *date::current_zone();
  } catch (const std::exception&) {
    return *core::find_time_zone("UTC");  // no /etc/localtime: say the time in UTC
  }
}

core::AgendaWait waiting_of(const net::FetchStatus& status) {
  core::AgendaWait wait;
  if (!status.failing()) return wait;
  wait.trouble = status.error == net::ErrorKind::invalid_feed ? core::FeedTrouble::invalid
                                                              : core::FeedTrouble::unreachable;
  if (status.last_attempt) {
    static const date::time_zone& zone = local_zone();
    wait.last_try =
        core::to_local(std::chrono::floor<std::chrono::seconds>(*status.last_attempt), zone);
  }
  return wait;
}

// Whether the configured rooms are in the agenda shown, logged when that changes: the door's
// room, whose name its screen keeps, and the rows a hallway was told to show.
class RoomFollower {
 public:
  void configure(const core::KioskConfig& config) {
    if (!(config.room && presence_ && presence_->id() == *config.room)) {
      presence_.reset();
      if (config.room) presence_.emplace(*config.room);
    }
    hallway_.clear();
    for (const auto& id : config.rooms) hallway_.emplace_back(id);
  }
  void follow(const core::Agenda* agenda, ScreenState& state, net::LogSink& log) {
    if (agenda == nullptr) return;
    for (auto& row : hallway_) {
      if (const auto line = row.update(*agenda)) {
        log.line("hallway: " + *line + (row.present() ? "" : "; its row is left out"));
      }
    }
    if (!presence_) {
      state.room_name.reset();
      return;
    }
    if (const auto line = presence_->update(*agenda)) {
      log.line(*line + (presence_->present() ? "" : "; its door says so and shows no sessions"));
    }
    state.room_name = presence_->last_name();
  }

 private:
  std::optional<core::RoomPresence> presence_;
  std::vector<core::RoomPresence> hallway_;
};

render::WindowOptions window_options(const core::KioskConfig& config) {
  const auto renderer = config.renderer == "software"      ? render::RendererChoice::software
                        : config.renderer == "accelerated" ? render::RendererChoice::accelerated
                                                           : render::RendererChoice::automatic;
  return {config.fullscreen, config.width_px, config.height_px, renderer};
}

// Unknown members and the like in the files read, where staff look. A layout read again for the
// same reason (the first agenda, a new size) does not repeat what was said.
class WarningLog {
 public:
  explicit WarningLog(net::LogSink& log) : log_(log) {}
  void say(const KioskSettings& settings, const ScreenSetup& setup, bool again) {
    std::vector<std::string> lines = settings.warnings;
    lines.insert(lines.end(), setup.warnings.begin(), setup.warnings.end());
    if (!again && lines == said_) return;
    for (const auto& line : lines) log_.line("warning: " + line);
    said_ = std::move(lines);
  }

 private:
  net::LogSink& log_;
  std::vector<std::string> said_;
};

// What the screens show from the settings, beside the agenda.
void apply(const KioskSettings& settings, ScreenState& state) {
  state.room = settings.config.room;
  state.hallway_rooms = settings.config.rooms;
  state.languages = settings.config.languages;
  state.logo = settings.config.logo ? absolute_logo(*settings.config.logo) : std::string{};
  state.unknown_screen = settings.unknown_screen;
  state.power = settings.config.power;
  state.burn_in = settings.config.burn_in;
}

// What the kiosk polls: the feed, and the fleet file when there is one.
struct Sources {
  std::unique_ptr<net::FeedFetcher> feed;
  std::unique_ptr<FleetPoller> fleet;
};

std::unique_ptr<FleetPoller> watch_fleet(const KioskSettings& settings, net::LogSink& log) {
  if (!settings.config.fleet || !settings.fleet_text) return nullptr;
  const net::FetchConfig feed = fetch_config(settings);
  FleetPollConfig config{*settings.config.fleet, *settings.fleet_text,
                         state_dir_of(settings.config) / "fleet.json", feed.http, feed.schedule};
  config.http.bearer_token.clear();  // the feed's, for the feed's host only
  config.http.max_bytes = max_fleet_bytes;
  auto poller = std::make_unique<FleetPoller>(std::move(config), log);
  poller->start([] { render::Display::wake_up(); });
  return poller;
}

// A screen id the fleet lacks is an error where staff look, once each time it starts.
void say_unknown_screen(const KioskSettings& settings, const KioskSettings* before,
                        net::LogSink& log) {
  if (!settings.unknown_screen || (before && before->unknown_screen == settings.unknown_screen)) {
    return;
  }
  log.line("error: " + settings.unknown_screen_error + "; the screen says so");
}

// SIGHUP, or a new fleet text the poller found: the configuration, layout, theme and words
// again; on any problem the old ones stay. A new fleet that leaves this screen's entry as it
// was changes nothing.
void reload(const RunRequest& request, const std::optional<std::string>& fleet_text,
            KioskSettings& settings, ScreenState& state, Sources& sources, ScreenLoop& loop,
            RoomFollower& room, WarningLog& warnings, const render::Display& display,
            net::LogSink& log) {
  const std::string what = fleet_text ? "fleet: " : "reload: ";
  try {
    KioskSettings reloaded = load_kiosk_settings(request, fleet_text);
    if (fleet_text && reloaded.fleet_entry == settings.fleet_entry &&
        reloaded.unknown_screen == settings.unknown_screen) {
      settings.fleet_text = std::move(reloaded.fleet_text);
      log.line("fleet: changed; this screen's entry did not");
      return;
    }
    ScreenSetup setup =
        screen_setup_for(reloaded, state.agenda.get(), display.size().w, display.size().h);
    if (reloaded.config.feed != settings.config.feed ||
        reloaded.config.format != settings.config.format ||
        reloaded.config.state_dir != settings.config.state_dir) {
      sources.feed = std::make_unique<net::FeedFetcher>(fetch_config(reloaded), log);
      sources.feed->start([] { render::Display::wake_up(); });
    }
    warnings.say(reloaded, setup, true);
    say_unknown_screen(reloaded, &settings, log);
    settings = std::move(reloaded);
    state.setup = std::move(setup);
    apply(settings, state);
    apply_bilingual(settings, state);
    room.configure(settings.config);
    room.follow(state.agenda.get(), state, log);
    loop.restart_playlist();
    sources.fleet.reset();  // polls again from the text now in use
    sources.fleet = watch_fleet(settings, log);
    log.line(what + (fleet_text ? "this screen's entry changed; applied"
                                : "configuration and layouts reloaded"));
  } catch (const std::exception& e) {
    log.line(what + "kept the previous configuration: " + e.what());
  }
}

// The display's size changed (another screen, a rotation): the default layout may change with
// the orientation, and every frame is built again for the new size.
void relayout(const KioskSettings& settings, ScreenState& state, ScreenLoop& loop,
              WarningLog& warnings, core::Rect& laid_out, const render::Display& display,
              net::LogSink& log) {
  const core::Rect size = display.size();
  if (size == laid_out) return;  // a window manager settling the window reports sizes too
  laid_out = size;
  log.line("display: now " + std::to_string(size.w) + "x" + std::to_string(size.h));
  try {
    state.setup = screen_setup_for(settings, state.agenda.get(), size.w, size.h);
    apply_bilingual(settings, state);
    warnings.say(settings, state.setup, false);
  } catch (const std::exception& e) {
    log.line(std::string{"display: kept the layout: "} + e.what());
  }
  loop.restart_playlist();
}

// Logs once, when it starts and when it ends, that the clock cannot be right (the screen's
// footer says so the whole time): a board without a real-time clock that never synchronised.
class ClockCheck {
 public:
  void check(const core::Agenda* agenda, core::Instant now, core::Instant built,
             net::LogSink& log) {
    if (agenda == nullptr) return;
    const bool doubtful = core::clock_doubtful(*agenda, now, built);
    if (doubtful == doubtful_) return;
    doubtful_ = doubtful;
    log.line(doubtful ? "clock: it reads " + core::format_local_iso(now, agenda->time_zone()) +
                            ", before this program was built or a year away from the programme;"
                            " check the time synchronisation"
                      : "clock: plausible again");
  }

 private:
  bool doubtful_ = false;
};

std::string describe(const render::Display& display) {
  const core::Rect size = display.size();
  return display.driver() + ", " + std::to_string(size.w) + "x" + std::to_string(size.h);
}

// "12.3": a duration in milliseconds with one decimal.
std::string milliseconds_text(std::chrono::microseconds duration) {
  std::ostringstream text;
  text << std::fixed << std::setprecision(1) << static_cast<double>(duration.count()) / 1000.0;
  return text.str();
}

}  // namespace

int run_kiosk(const RunRequest& request, std::ostream& err) {
  const auto started = std::chrono::steady_clock::now();
  try {
    KioskSettings settings = load_kiosk_settings(request);
    // Before the display: a status address that cannot be used ends the start at once.
    KioskStatus status{settings.config.screen.value_or(host_name()), settings.config.status_listen,
                       fetch_config(settings).state_dir};
    net::StreamLog log{err};
    say_unknown_screen(settings, nullptr, log);
    // The cached agenda is read and parsed (and the time zone database listed) while SDL waits
    // for the X server and fontconfig reads its configuration: the first frame needs all three.
    std::future<std::unique_ptr<net::FeedFetcher>> cached =
        std::async(std::launch::async, [config = fetch_config(settings), &log] {
          return std::make_unique<net::FeedFetcher>(config, log);
        });
    RenderStack stack{settings.data, window_options(settings.config)};
    log.line("display: " + describe(stack.display()));

    Sources sources{cached.get(), watch_fleet(settings, log)};
    sources.feed->start([] { render::Display::wake_up(); });
    std::signal(SIGHUP, on_sighup);

    ScreenState state;
    apply(settings, state);
    state.agenda = sources.feed->snapshot().agenda;  // the cached one, if any: shown at once
    core::Rect laid_out = stack.display().size();
    state.setup = screen_setup_for(settings, state.agenda.get(), laid_out.w, laid_out.h);
    apply_bilingual(settings, state);
    WarningLog warnings{log};
    warnings.say(settings, state.setup, true);
    RoomFollower room;
    room.configure(settings.config);
    room.follow(state.agenda.get(), state, log);
    ScreenLoop loop{stack};
    WallClock clock{settings.config.replay_day};
    ClockCheck clock_check;
    ServiceNotifier service;
    if (const auto port = status.port()) {
      log.line("status: serving /status, /metrics and /screen.png on port " +
               std::to_string(*port));
    }
    net::FetchStatus fetch_status;
    bool first_frame = true;
    AlertWatch alerts{log};
    PowerSwitch power{log};

    LoopHooks hooks;
    hooks.refresh = [&](ScreenState& screen) {
      if (reload_requested != 0) {
        reload_requested = 0;
        reload(request, std::nullopt, settings, screen, sources, loop, room, warnings,
               stack.display(), log);
        clock.replay(settings.config.replay_day);
      }
      if (const auto fleet = sources.fleet ? sources.fleet->take_change() : std::nullopt) {
        reload(request, fleet, settings, screen, sources, loop, room, warnings, stack.display(),
               log);
      }
      alerts.configure(settings.config, settings.config.screen.value_or(host_name()),
                       [] { render::Display::wake_up(); });
      const net::FeedSnapshot snapshot = sources.feed->snapshot();
      fetch_status = snapshot.status;
      if (snapshot.agenda != screen.agenda) {
        const bool first = screen.agenda == nullptr;
        screen.agenda = snapshot.agenda;
        room.follow(screen.agenda.get(), screen, log);
        if (first) {  // the defaults depend on the agenda's rooms and languages
          const core::Rect size = stack.display().size();
          screen.setup = screen_setup_for(settings, screen.agenda.get(), size.w, size.h);
          apply_bilingual(settings, screen);
          warnings.say(settings, screen.setup, false);
          loop.restart_playlist();
        }
      }
      alerts.refresh(screen);
      screen.health = health_of(snapshot);
      screen.waiting = waiting_of(snapshot.status);
      screen.demo_note = demo_note(settings, screen.setup);
      // A replayed day is not a wrong clock: only the real one is checked against the build.
      screen.built =
          clock.real() ? core::Instant{std::chrono::seconds{built_unix_seconds}} : core::Instant{};
    };
    hooks.shown = [&](const ScreenState& screen, core::Instant now) {
      if (first_frame) {  // before anything else, which may wait for the disk
        first_frame = false;
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - started);
        log.line("display: first frame on screen " + std::to_string(ms.count()) +
                 " ms after start" + (screen.agenda ? "" : " (waiting for the agenda)"));
      }
      clock_check.check(screen.agenda.get(), now, screen.built, log);
      service.frame_shown(state_words(screen));
      power.update(loop.power().on, settings.config.power,
                   loop.power().next_change && screen.agenda
                       ? "until " + core::format_local_iso(*loop.power().next_change,
                                                           screen.agenda->time_zone())
                       : "");
      status.screen_shown(loop.power().on, loop.burn_in_offset(), screen.alerts.size());
      status.shown(screen, fetch_status, loop.frames(), stack.display(), log);
    };
    hooks.handle = [&](render::Wake wake, ScreenState& screen) {
      if (wake == render::Wake::screen_changed) {
        log.line("display: the screen changed; opened again: " + describe(stack.display()));
      }
      if (wake == render::Wake::resized || wake == render::Wake::screen_changed) {
        relayout(settings, screen, loop, warnings, laid_out, stack.display(), log);
      }
      return true;
    };
    loop.run(state, clock, hooks);

    service.stopping();
    alerts.stop();
    sources.fleet.reset();
    sources.feed->stop();
    if (loop.slides() > 0) {
      log.line("display: " + std::to_string(loop.slides()) + " page slides, the slowest at " +
               std::to_string(loop.slowest_slide_fps()) + " frames/s, the longest frame " +
               milliseconds_text(loop.longest_slide_frame()) + " ms");
    }
    log.line("stopped");
    return 0;
  } catch (const std::exception& e) {
    err << "nownext: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace nownext::app
