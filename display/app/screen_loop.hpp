// The one loop of the kiosk and the preview window: reads its clock, brings the screen inputs up
// to date, builds the screen for the present, shows it when it changed, steps through the
// layout's playlist with a slide, and sleeps on events until the next deadline (capped by the
// clock, so a stepped wall clock is noticed within a second). What differs between the commands
// comes in through LoopHooks.
#pragma once

#include "app/clock.hpp"
#include "app/render_stack.hpp"
#include "app/screen_setup.hpp"
#include "core/burn_in.hpp"
#include "core/kiosk_config.hpp"
#include "core/power.hpp"
#include "core/screen.hpp"
#include "core/screen_notice.hpp"
#include "render/display.hpp"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nownext::app {

// What the loop shows: an agenda (shared with the fetcher), the room, and how it looks.
struct ScreenState {
  std::shared_ptr<const core::Agenda> agenda;  // null while none was ever loaded
  std::optional<std::string> room;             // id; default: the first room
  // The room's name in the last agenda that had it, for its door while the agenda lacks it.
  std::optional<core::Text> room_name;
  std::vector<std::string> hallway_rooms;  // ids a hallway shows; empty = every room
  std::vector<std::string> languages;      // feed texts' preference after the interface's
  ScreenSetup setup;
  core::FeedHealth health;
  core::AgendaWait waiting;  // why there is no agenda, while there is none
  std::string demo_note;
  // When the program was built, for the screen's doubtful-clock note; the epoch when the clock
  // is simulated or replayed (a replayed 2017 is not a wrong clock).
  core::Instant built{};
  std::string logo;  // the header's image (absolute path); empty: a text mark
  // Two languages on one screen (the configuration's `bilingual`): the second language's words;
  // for `pair`, both languages' words at once (core::UiStrings::paired_with); for `alternate`,
  // how long each language stays before the screen fades to the other.
  core::Bilingual bilingual = core::Bilingual::off;
  std::optional<core::UiStrings> second_strings;
  std::optional<core::UiStrings> paired_strings;
  std::chrono::seconds alternate_interval{10};
  // The fleet file has no entry for this screen: the screen says so instead of any programme.
  std::optional<core::UnknownScreen> unknown_screen;
  // Announcements of the alerts source (CAP), their rooms resolved in `agenda`.
  std::vector<core::Announcement> alerts;
  // When the screen is on (always without it; on until the first agenda gives the venue's zone
  // and days), and the burn-in shift (none without it).
  std::optional<core::PowerConfig> power;
  std::optional<core::BurnIn> burn_in;
};

// How long the cross-fade between the languages of an alternating screen takes.
inline constexpr std::chrono::milliseconds language_fade{800};

// What the commands add to the loop. Every hook runs on the loop's thread.
struct LoopHooks {
  // Before each frame: brings `state` up to date (a new agenda, edited files, a reload).
  std::function<void(ScreenState&)> refresh;
  // After each pass that showed the present (whether or not the screen had to change): the
  // loop is alive and the screen current, e.g. for a watchdog.
  std::function<void(const ScreenState&, core::Instant)> shown;
  // A key or a new size (after the display was reopened when its screen changed, and laid out
  // again); returns false to end the loop.
  std::function<bool(render::Wake, ScreenState&)> handle;
};

class ScreenLoop {
 public:
  explicit ScreenLoop(RenderStack& stack) : stack_(&stack) {}

  // Runs until the display is closed or asked to quit, or a hook says to stop.
  void run(ScreenState& state, const Clock& clock, const LoopHooks& hooks);
  // The schedule of `agenda`, built once per agenda; null without one.
  [[nodiscard]] const core::Schedule* schedule_for(
      const std::shared_ptr<const core::Agenda>& agenda);

  // Shows the screen for `at` on the current page, advancing the page (with a slide) when its
  // time is up. Call again after every wake-up.
  void show(const ScreenState& state, core::Instant at);
  // Sleeps until the next thing to redraw (a page change, the clock's next minute, at most
  // `cap`), or an event. `at` is the present the last show() used.
  render::Wake wait(core::Instant at, std::chrono::milliseconds cap);
  // Starts the playlist again from its first page (after a new layout).
  void restart_playlist() {
    page_until_.reset();
    page_ = {};
    built_from_.reset();
  }
  // Page slides shown so far, and the lowest frame rate one of them reached (for the log).
  [[nodiscard]] int slides() const { return slides_; }
  [[nodiscard]] int slowest_slide_fps() const { return slowest_fps_; }
  // The longest single frame of every slide so far (issue budget: 16 ms, for 60 a second).
  [[nodiscard]] std::chrono::microseconds longest_slide_frame() const {
    return longest_slide_frame_;
  }
  // Frames presented so far.
  [[nodiscard]] std::uint64_t frames() const { return frames_; }
  // Whether the screen was on at the last show() (the power schedule, or an emergency), and
  // how far the burn-in shift had moved the picture.
  [[nodiscard]] const core::PowerState& power() const { return power_; }
  [[nodiscard]] core::Offset burn_in_offset() const { return offset_; }

 private:
  // The context of the agenda shown (which must have a schedule and rooms: can_build()).
  [[nodiscard]] core::ScreenContext context_for(const ScreenState& state) const;
  [[nodiscard]] bool can_build(const ScreenState& state) const;
  // Whether the screen shows sessions, with pages to step through: an agenda, and the room it
  // is for in it (or a screen of every room).
  [[nodiscard]] bool shows_sessions(const ScreenState& state) const;
  // Whether an emergency takes the screen over at `at`.
  [[nodiscard]] bool taken_over(const ScreenState& state, core::Instant at) const;
  [[nodiscard]] core::Frame build(const ScreenState& state, core::Instant at,
                                  core::PagePosition page) const;
  // What an animation reached: frames a second over its whole length, and its longest frame
  // (built, drawn and sent to the screen, until the screen had it).
  struct AnimationPace {
    int fps = 0;
    std::chrono::microseconds longest_frame{0};
  };
  // Shows the frames between `from` and `to` (core::slide_between or core::fade_between) at a
  // steady 60 a second for `duration`; fps 0 when nothing was animated.
  AnimationPace animate(const core::Frame& from, const core::Frame& to,
                        std::chrono::milliseconds duration,
                        core::Frame (*between)(const core::Frame&, const core::Frame&, double));
  void slide(const core::Frame& from, const core::Frame& to, std::chrono::milliseconds duration);
  // An alternating bilingual screen: turns to the other language when its time is up, with a
  // cross-fade. Returns whether it did (and showed the new frame).
  bool alternate_language(const ScreenState& state, core::Instant at);
  // The interface words the screen is built with now, and its languages of feed texts.
  [[nodiscard]] const core::UiStrings& strings_for(const ScreenState& state) const;

  // What the frame on screen was built from, besides the agenda's content (the agenda is
  // immutable: its pointer stands for it) and the layout (a new one restarts the playlist). While
  // none of it changes, nor the minute, and no change of the schedule passed, the frame on
  // screen is still right and is not built again at each wake.
  struct BuiltFrom {
    const core::Agenda* agenda = nullptr;
    std::optional<std::string> room;
    std::optional<core::Text> room_name;
    std::vector<std::string> hallway_rooms;
    std::vector<std::string> languages;
    bool stale = false;
    std::optional<core::Instant> last_success;
    core::FeedTrouble trouble = core::FeedTrouble::none;
    std::optional<std::chrono::seconds> last_try;  // local time of day and date, as seconds
    std::string demo_note;
    std::optional<core::UnknownScreen> unknown_screen;
    core::Instant built{};
    std::vector<core::Announcement> alerts;
    core::Offset offset;
    core::Rect size;
    core::PagePosition page;
    bool second_language = false;
    std::chrono::sys_time<std::chrono::minutes> minute;
    friend bool operator==(const BuiltFrom&, const BuiltFrom&) = default;
  };
  [[nodiscard]] BuiltFrom built_from(const ScreenState& state, core::Instant at) const;
  // Shows `frame` unless it is on screen already; counts it when it is presented.
  void present(const core::Frame& frame);
  // Shows on the reopened display from now on.
  void reopened();
  // Whether the screen is on at `at` (sets power_): by the power schedule, or because an
  // emergency takes it over.
  bool powered(const ScreenState& state, core::Instant at);

  RenderStack* stack_;
  core::PagePosition page_;
  std::optional<std::chrono::steady_clock::time_point> page_until_;
  std::optional<core::Frame> last_;
  std::optional<render::Wake> pending_;       // an event that came during a slide
  std::optional<BuiltFrom> built_from_;       // of last_, when it is the present's frame
  std::optional<core::Instant> next_change_;  // the schedule's next change after it
  // An alternating bilingual screen: whether the second language is on screen, and until when.
  bool second_language_ = false;
  std::optional<std::chrono::steady_clock::time_point> language_until_;
  core::PowerState power_;
  core::Offset offset_;  // of the frames presented
  int slides_ = 0;
  std::uint64_t frames_ = 0;
  int slowest_fps_ = 0;
  std::chrono::microseconds longest_slide_frame_{0};
  // The schedule of the agenda shown; rebuilt when the agenda changes.
  std::shared_ptr<const core::Agenda> scheduled_agenda_;
  std::unique_ptr<core::Schedule> schedule_;
};

}  // namespace nownext::app
