// The preview window: the screen loop with a simulated clock, keys, and files watched on disk.
#include "app/preview_command.hpp"

#include "app/feed_file.hpp"
#include "app/fleet_settings.hpp"
#include "app/languages.hpp"
#include "app/screen_loop.hpp"
#include "app/screen_target.hpp"
#include "core/input_checks.hpp"
#include "core/screen_notice.hpp"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <system_error>
#include <vector>

namespace nownext::app {
namespace {

// What the preview's keys do.
enum class PreviewKey { other, next_change, previous_change, pause, next_layout, reload, quit };

PreviewKey preview_key(SDL_Keycode code) {
  switch (code) {
    case SDLK_LEFT: return PreviewKey::previous_change;
    case SDLK_RIGHT: return PreviewKey::next_change;
    case SDLK_SPACE: return PreviewKey::pause;
    case SDLK_l: return PreviewKey::next_layout;
    case SDLK_r: return PreviewKey::reload;
    case SDLK_q:
    case SDLK_ESCAPE: return PreviewKey::quit;
    default: return PreviewKey::other;
  }
}

// The newest modification time of the files a preview shows, to reload them when staff edit.
std::filesystem::file_time_type newest_change(const std::vector<std::filesystem::path>& files) {
  // Not file_time_type{}: libstdc++ puts the file clock's epoch in 2174, after every real time.
  auto newest = std::filesystem::file_time_type::min();
  for (const auto& file : files) {
    std::error_code ignored;
    newest = std::max(newest, std::filesystem::last_write_time(file, ignored));
  }
  return newest;
}

// The layouts the L key cycles through: those made for the window's orientation.
std::vector<std::string> layout_names(const std::filesystem::path& data, int width_px,
                                      int height_px) {
  std::vector<std::string> names;
  for (const core::Layout& layout : available_layouts(data)) {
    if (core::made_for(layout, width_px, height_px)) names.push_back(layout.name);
  }
  return names;
}

}  // namespace

int run_preview(const PreviewRequest& command_line, std::ostream& err) {
  try {
    PreviewRequest request = command_line;  // with the fleet's settings for what it leaves unset
    take_from_fleet(request.fleet, request.screen,
                    {&request.room, &request.layout, &request.language});
    const auto data = data_dir(request.data_dir);
    const std::filesystem::path feed =
        request.feed ? std::filesystem::path{*request.feed} : bundled_feed(data);
    const ScreenSize size = parse_screen_size(request.window);
    // NaN passes every comparison: out_of_range refuses it, and infinities.
    if (const auto problem = core::out_of_range("--speed", request.speed, 0.01, 3600)) {
      throw std::runtime_error(*problem);
    }
    ScreenState state;
    state.agenda = std::make_shared<const core::Agenda>(
        load_agenda(feed.string(), feed_format_named(request.format)));
    state.room = request.room;
    if (state.room) (void)find_room_or_throw(*state.agenda, *state.room);
    const std::vector<std::string> layouts = layout_names(data, size.width_px, size.height_px);
    std::string layout = request.layout.value_or(default_layout(
        data, state.agenda.get(), request.room.has_value(), size.width_px, size.height_px));
    const std::string language = request.language.value_or(default_language(*state.agenda, data));
    state.setup = load_screen_setup(data, layout, language, request.theme);
    state.setup.strings = with_chosen_digits(state.setup.strings, state.agenda.get());
    if (request.layout) warn_about_orientation(state.setup, size.width_px, size.height_px);
    const auto warn = [&err](const ScreenSetup& setup) {
      for (const auto& line : setup.warnings) err << "nownext: preview: warning: " << line << "\n";
    };
    warn(state.setup);
    std::optional<core::RoomPresence> room;
    if (state.room) {
      room.emplace(*state.room);
      (void)room->update(*state.agenda);  // it is there: checked above
      state.room_name = room->last_name();
    }

    core::Instant start =
        state.agenda->sessions().empty()
            ? std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now())
            : state.agenda->sessions().front().effective_start() - std::chrono::minutes{30};
    if (request.at) {
      const auto at = core::parse_instant_or_local(*request.at, state.agenda->time_zone());
      if (!at) throw std::runtime_error("--at: '" + *request.at + "' is not a time");
      start = *at;
    }
    SimulatedClock clock{start, request.speed};

    RenderStack stack{data, {false, size.width_px, size.height_px}};
    ScreenLoop loop{stack};
    const auto watched = [&] {
      return std::vector<std::filesystem::path>{
          feed, data / "layouts" / (layout + ".json"),
          data / "layouts" / "themes" / (state.setup.layout.theme + ".json"),
          data / "layouts" / "strings" / (language + ".json")};
    };
    auto seen = newest_change(watched());
    const auto reload = [&](const std::string& why) {
      try {
        auto agenda = std::make_shared<const core::Agenda>(
            load_agenda(feed.string(), feed_format_named(request.format)));
        ScreenSetup setup = load_screen_setup(data, layout, language, request.theme);
        setup.strings = with_chosen_digits(setup.strings, agenda.get());
        state.agenda = std::move(agenda);
        state.setup = std::move(setup);
        if (room) {
          if (const auto line = room->update(*state.agenda))
            err << "nownext: preview: " << *line << "\n";
          state.room_name = room->last_name();
        }
        loop.restart_playlist();
        err << "nownext: preview: " << why << ": reloaded " << layout << "\n";
        warn(state.setup);
      } catch (const std::exception& e) {
        err << "nownext: preview: kept the previous files: " << e.what() << "\n";
      }
      seen = newest_change(watched());
    };

    LoopHooks hooks;
    hooks.refresh = [&](ScreenState& screen) {
      if (newest_change(watched()) != seen) reload("files changed");
      // Staff see the simulated clock, its speed or pause, and the layout.
      screen.demo_note = core::preview_note(
          screen.setup.strings, core::to_local(clock.now(), screen.agenda->time_zone()),
          clock.speed(), clock.paused(), screen.setup.layout.name);
    };
    hooks.handle = [&](render::Wake wake, ScreenState& screen) {
      if (wake != render::Wake::key) return true;
      const core::Schedule& schedule = *loop.schedule_for(screen.agenda);
      switch (preview_key(stack.display().last_key())) {
        case PreviewKey::next_change:
          if (const auto next = schedule.next_change(clock.now())) clock.jump(*next);
          break;
        case PreviewKey::previous_change:
          // Within two seconds of a change, Left goes to the one before, like a player's
          // "previous track".
          if (const auto previous =
                  schedule.previous_change(clock.now() - std::chrono::seconds{2})) {
            clock.jump(*previous);
          }
          break;
        case PreviewKey::pause: clock.toggle_pause(); break;
        case PreviewKey::next_layout: {
          const auto current = std::find(layouts.begin(), layouts.end(), layout);
          layout = (current == layouts.end() || current + 1 == layouts.end()) ? layouts.front()
                                                                              : *(current + 1);
          reload("layout " + layout);
          break;
        }
        case PreviewKey::reload: reload("reload key"); break;
        case PreviewKey::quit: return false;
        case PreviewKey::other: break;
      }
      return true;
    };
    loop.run(state, clock, hooks);
    return 0;
  } catch (const std::exception& e) {
    err << "nownext: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace nownext::app
