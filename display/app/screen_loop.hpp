// The loop shared by the kiosk and the preview window: builds the screen for the present, shows
// it when it changed, steps through the layout's playlist with a slide, and sleeps on events
// until the next deadline (capped, so a stepped wall clock is noticed within a second).
#pragma once

#include "app/screen_setup.hpp"
#include "core/screen.hpp"
#include "core/screen_notice.hpp"
#include "render/display.hpp"

#include <chrono>
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
};

class ScreenLoop {
 public:
  explicit ScreenLoop(render::Display& display) : display_(&display) {}

  // Shows on another display from now on (the first was closed when its screen changed).
  void set_display(render::Display& display) {
    display_ = &display;
    last_.reset();
    restart_playlist();
  }

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
  }
  // Page slides shown so far, and the lowest frame rate one of them reached (for the log).
  [[nodiscard]] int slides() const { return slides_; }
  [[nodiscard]] int slowest_slide_fps() const { return slowest_fps_; }

 private:
  // The context of the agenda shown (which must have a schedule and rooms: can_build()).
  [[nodiscard]] core::ScreenContext context_for(const ScreenState& state) const;
  [[nodiscard]] bool can_build(const ScreenState& state) const;
  // Whether the screen shows sessions, with pages to step through: an agenda, and the room it
  // is for in it (or a screen of every room).
  [[nodiscard]] bool shows_sessions(const ScreenState& state) const;
  [[nodiscard]] core::Frame build(const ScreenState& state, core::Instant at,
                                  core::PagePosition page) const;
  void slide(const core::Frame& from, const core::Frame& to, std::chrono::milliseconds duration);

  render::Display* display_;
  core::PagePosition page_;
  std::optional<std::chrono::steady_clock::time_point> page_until_;
  std::optional<core::Frame> last_;
  std::optional<render::Wake> pending_;  // an event that came during a slide
  int slides_ = 0;
  int slowest_fps_ = 0;
  // The schedule of the agenda shown; rebuilt when the agenda changes.
  std::shared_ptr<const core::Agenda> scheduled_agenda_;
  std::unique_ptr<core::Schedule> schedule_;
};

}  // namespace nownext::app
