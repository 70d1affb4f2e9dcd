// The preview window: the screen loop with a simulated clock, keys, and files watched on disk.
#include "app/preview_command.hpp"

#include "app/feed_file.hpp"
#include "app/screen_loop.hpp"
#include "app/screen_target.hpp"
#include "core/screen_notice.hpp"
#include "render/font_config.hpp"
#include "render/fonts.hpp"
#include "render/sdl_library.hpp"
#include "render/text_shaper.hpp"

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

using std::chrono::steady_clock;

// The simulated clock: runs at `speed` from a base instant, or stands still when paused.
class SimulatedClock {
 public:
  SimulatedClock(core::Instant start, double speed) : base_(start), speed_(speed) {}
  [[nodiscard]] core::Instant now() const {
    if (paused_) return base_;
    const std::chrono::duration<double> real = steady_clock::now() - since_;
    return base_ + std::chrono::seconds{static_cast<long>(real.count() * speed_)};
  }
  void jump(core::Instant to) {
    base_ = to;
    since_ = steady_clock::now();
  }
  void toggle_pause() {
    jump(now());
    paused_ = !paused_;
  }
  [[nodiscard]] bool paused() const { return paused_; }
  [[nodiscard]] double speed() const { return speed_; }

 private:
  core::Instant base_;
  steady_clock::time_point since_ = steady_clock::now();
  double speed_;
  bool paused_ = false;
};

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

int run_preview(const PreviewRequest& request, std::ostream& err) {
  try {
    const auto data = data_dir(request.data_dir);
    const std::filesystem::path feed =
        request.feed ? std::filesystem::path{*request.feed} : bundled_feed(data);
    const ScreenSize size = parse_screen_size(request.window);
    if (request.speed <= 0 || request.speed > 3600) {
      throw std::runtime_error("--speed: must be above 0 and at most 3600");
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
    if (request.layout) {
      if (auto warning =
              core::orientation_warning(state.setup.layout, size.width_px, size.height_px);
          !warning.empty()) {
        state.setup.warnings.push_back(std::move(warning));
      }
    }
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

    const render::SdlLibrary sdl;
    render::Fonts fonts{
        render::resolve_fonts(render::load_font_config(data / "fonts" / "roles.txt"))};
    render::TextShaper shaper{fonts};
    render::Display display{{false, size.width_px, size.height_px}, shaper, data / "assets"};
    ScreenLoop loop{display};
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

    const auto cap =
        std::chrono::milliseconds{std::max(50L, static_cast<long>(1000 / request.speed))};
    std::shared_ptr<const core::Agenda> scheduled;
    std::unique_ptr<core::Schedule> schedule_ptr;  // for the keys that step through changes
    for (;;) {
      const core::Instant now = clock.now();
      if (scheduled != state.agenda) {
        scheduled = state.agenda;
        schedule_ptr = std::make_unique<core::Schedule>(*state.agenda);
      }
      const core::Schedule& schedule = *schedule_ptr;
      state.demo_note =
          core::preview_note(state.setup.strings, core::to_local(now, state.agenda->time_zone()),
                             clock.speed(), clock.paused(), state.setup.layout.name);
      loop.show(state, now);
      const render::Wake wake = loop.wait(now, cap);
      if (wake == render::Wake::quit) break;
      if (wake == render::Wake::key) {
        switch (display.last_key()) {
          case render::Key::right:
            if (const auto next = schedule.next_change(clock.now())) clock.jump(*next);
            break;
          case render::Key::left:
            // Within two seconds of a change, Left goes to the one before, like a player's
            // "previous track".
            if (const auto previous =
                    schedule.previous_change(clock.now() - std::chrono::seconds{2})) {
              clock.jump(*previous);
            }
            break;
          case render::Key::space: clock.toggle_pause(); break;
          case render::Key::layout: {
            const auto current = std::find(layouts.begin(), layouts.end(), layout);
            layout = (current == layouts.end() || current + 1 == layouts.end()) ? layouts.front()
                                                                                : *(current + 1);
            reload("layout " + layout);
            break;
          }
          case render::Key::reload: reload("reload key"); break;
          case render::Key::quit: return 0;
          case render::Key::other: break;
        }
      }
      if (newest_change(watched()) != seen) reload("files changed");
    }
    return 0;
  } catch (const std::exception& e) {
    err << "nownext: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace nownext::app
