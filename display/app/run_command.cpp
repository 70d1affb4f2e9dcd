// The kiosk: fetcher in the background, screens in the foreground, signals for stop and reload.
#include "app/run_command.hpp"

#include "app/kiosk_settings.hpp"
#include "app/screen_loop.hpp"
#include "core/demo_clock.hpp"
#include "render/font_config.hpp"
#include "render/fonts.hpp"
#include "render/sdl_library.hpp"
#include "render/text_shaper.hpp"

#include <csignal>
#include <ostream>
#include <stdexcept>

namespace nownext::app {
namespace {

// Set by SIGHUP; the loop looks at it at least once a second.
volatile std::sig_atomic_t reload_requested = 0;
extern "C" void on_sighup(int) {
  reload_requested = 1;
}

core::Instant present(const KioskSettings& settings, const core::Agenda* agenda) {
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  if (!settings.config.replay_day || agenda == nullptr) return now;
  return core::replay_on_day(now, *settings.config.replay_day, agenda->time_zone());
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

render::WindowOptions window_options(const core::KioskConfig& config) {
  const auto renderer = config.renderer == "software"      ? render::RendererChoice::software
                        : config.renderer == "accelerated" ? render::RendererChoice::accelerated
                                                           : render::RendererChoice::automatic;
  return {config.fullscreen, config.width_px, config.height_px, renderer};
}

// What the screens show from the settings, beside the agenda.
void apply(const KioskSettings& settings, ScreenState& state) {
  state.room = settings.config.room;
  state.hallway_rooms = settings.config.rooms;
  state.languages = settings.config.languages;
}

// SIGHUP: the configuration, layout, theme and words again; on any problem the old ones stay.
void reload(const RunRequest& request, KioskSettings& settings, ScreenState& state,
            std::unique_ptr<net::FeedFetcher>& fetcher, ScreenLoop& loop,
            const render::Display& display, net::LogSink& log) {
  try {
    KioskSettings reloaded = load_kiosk_settings(request);
    ScreenSetup setup =
        screen_setup_for(reloaded, state.agenda.get(), display.size().w, display.size().h);
    if (reloaded.config.feed != settings.config.feed ||
        reloaded.config.format != settings.config.format ||
        reloaded.config.state_dir != settings.config.state_dir) {
      fetcher = std::make_unique<net::FeedFetcher>(fetch_config(reloaded), log);
      fetcher->start([] { render::Display::wake_up(); });
    }
    settings = std::move(reloaded);
    state.setup = std::move(setup);
    apply(settings, state);
    loop.restart_playlist();
    log.line("reload: configuration and layouts reloaded");
  } catch (const std::exception& e) {
    log.line(std::string{"reload: kept the previous configuration: "} + e.what());
  }
}

}  // namespace

int run_kiosk(const RunRequest& request, std::ostream& err) {
  const auto started = std::chrono::steady_clock::now();
  try {
    KioskSettings settings = load_kiosk_settings(request);
    const render::SdlLibrary sdl;
    render::Fonts fonts{
        render::resolve_fonts(render::load_font_config(settings.data / "fonts" / "roles.txt"))};
    render::TextShaper shaper{fonts};
    render::Display display{window_options(settings.config), shaper, settings.data / "assets"};
    net::StreamLog log{err};
    log.line("display: " + display.driver() + ", " + std::to_string(display.size().w) + "x" +
             std::to_string(display.size().h));

    auto fetcher = std::make_unique<net::FeedFetcher>(fetch_config(settings), log);
    fetcher->start([] { render::Display::wake_up(); });
    std::signal(SIGHUP, on_sighup);

    ScreenState state;
    apply(settings, state);
    state.agenda = fetcher->snapshot().agenda;  // the cached one, if any: shown at once
    state.setup =
        screen_setup_for(settings, state.agenda.get(), display.size().w, display.size().h);
    ScreenLoop loop{display};
    bool first_frame = true;
    for (;;) {
      const net::FeedSnapshot snapshot = fetcher->snapshot();
      if (snapshot.agenda != state.agenda) {
        const bool first = state.agenda == nullptr;
        state.agenda = snapshot.agenda;
        if (first) {  // the defaults depend on the agenda's rooms and languages
          state.setup =
              screen_setup_for(settings, state.agenda.get(), display.size().w, display.size().h);
          loop.restart_playlist();
        }
      }
      state.health = health_of(snapshot);
      state.demo_note = demo_note(settings, state.setup);
      const core::Instant now = present(settings, state.agenda.get());
      loop.show(state, now);
      if (first_frame) {
        first_frame = false;
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - started);
        log.line("display: first frame on screen " + std::to_string(ms.count()) +
                 " ms after start" + (state.agenda ? "" : " (waiting for the agenda)"));
      }
      const render::Wake wake = loop.wait(now, std::chrono::seconds{1});
      if (wake == render::Wake::quit) break;
      if (reload_requested != 0) {
        reload_requested = 0;
        reload(request, settings, state, fetcher, loop, display, log);
      }
    }
    fetcher->stop();
    if (loop.slides() > 0) {
      log.line("display: " + std::to_string(loop.slides()) + " page slides, the slowest at " +
               std::to_string(loop.slowest_slide_fps()) + " frames/s");
    }
    log.line("stopped");
    return 0;
  } catch (const std::exception& e) {
    err << "nownext: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace nownext::app
