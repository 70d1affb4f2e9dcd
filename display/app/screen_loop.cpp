// The screen loop: what to show now, when to wake next, and the slide between pages.
#include "app/screen_loop.hpp"

#include "core/screen_alert.hpp"

#include <algorithm>

namespace nownext::app {
namespace {

using std::chrono::steady_clock;

core::RoomIndex room_index(const core::Agenda& agenda, const std::optional<std::string>& room) {
  if (room) {
    if (const auto found = agenda.find_room(*room)) return *found;
  }
  return 0;
}

}  // namespace

const core::UiStrings& ScreenLoop::strings_for(const ScreenState& state) const {
  if (state.bilingual == core::Bilingual::pair && state.paired_strings) {
    return *state.paired_strings;
  }
  if (state.bilingual == core::Bilingual::alternate && second_language_ && state.second_strings) {
    return *state.second_strings;
  }
  return state.setup.strings;
}

core::ScreenContext ScreenLoop::context_for(const ScreenState& state) const {
  const core::Rect size = stack_->display().size();
  const core::UiStrings& strings = strings_for(state);
  // The feed's texts in the language on screen first, then in the configured ones.
  std::vector<std::string> languages{strings.language()};
  if (strings.language() != state.setup.strings.language()) {
    languages.push_back(state.setup.strings.language());
  }
  languages.insert(languages.end(), state.languages.begin(), state.languages.end());
  languages.insert(languages.end(), state.agenda->event().languages.begin(),
                   state.agenda->event().languages.end());
  std::vector<core::RoomIndex> rooms;
  for (const auto& id : state.hallway_rooms) {
    if (const auto room = state.agenda->find_room(id)) rooms.push_back(*room);
  }
  return {*schedule_,
          state.setup.layout,
          state.setup.theme,
          strings,
          std::move(languages),
          size.w,
          size.h,
          state.health,
          state.demo_note,
          std::move(rooms),
          state.built,
          state.logo,
          &stack_->display().shaper(),
          state.alerts};
}

bool ScreenLoop::can_build(const ScreenState& state) const {
  // An agenda without rooms is still an agenda (check accepts it): its screen shows the header
  // and an empty body, not "Loading" for ever.
  return state.agenda && schedule_;
}

bool ScreenLoop::shows_sessions(const ScreenState& state) const {
  return can_build(state) && !state.unknown_screen &&
         (!state.room || state.setup.layout.kind == core::LayoutKind::hallway ||
          state.agenda->find_room(*state.room).has_value());
}

core::Frame ScreenLoop::build(const ScreenState& state, core::Instant at,
                              core::PagePosition page) const {
  if (state.unknown_screen) {
    const core::Rect size = stack_->display().size();
    return core::unknown_screen_screen(state.setup.theme, state.setup.strings, size.w, size.h,
                                       *state.unknown_screen, state.demo_note);
  }
  if (!can_build(state)) {
    const core::Rect size = stack_->display().size();
    // An emergency does not wait for the programme.
    if (const auto* emergency = core::announcements_at({}, state.alerts, {}, at).takeover) {
      return core::takeover_screen(*emergency, state.languages, size.w, size.h,
                                   state.setup.layout.reading_distance_m);
    }
    return core::waiting_screen(state.setup.theme, strings_for(state), size.w, size.h,
                                state.waiting, state.demo_note);
  }
  // Never another room's sessions under this room's door.
  if (!shows_sessions(state)) {
    return core::absent_room_screen(context_for(state), *state.room, state.room_name, at);
  }
  return core::build_screen(context_for(state), room_index(*state.agenda, state.room), at, page);
}

void ScreenLoop::run(ScreenState& state, const Clock& clock, const LoopHooks& hooks) {
  for (;;) {
    if (hooks.refresh) hooks.refresh(state);
    const core::Instant now = clock.now(state.agenda.get());
    show(state, now);
    if (hooks.shown) hooks.shown(state, now);
    const render::Wake wake = wait(now, clock.wake_cap());
    if (wake == render::Wake::quit) return;
    if (wake == render::Wake::screen_changed) reopened();
    if (wake == render::Wake::deadline || wake == render::Wake::woken) continue;
    if (hooks.handle && !hooks.handle(wake, state)) return;
  }
}

void ScreenLoop::present(const core::Frame& frame) {
  if (stack_->display().show(core::shifted(frame, offset_))) ++frames_;
}

bool ScreenLoop::powered(const ScreenState& state, core::Instant at) {
  power_ = {};
  if (!state.power || !state.agenda) return true;
  power_ = core::power_at(*state.power, schedule_.get(), state.agenda->time_zone(), at);
  if (!power_.on && taken_over(state, at)) power_.on = true;  // an emergency turns it on
  return power_.on;
}

void ScreenLoop::reopened() {
  stack_->reopen();
  last_.reset();
  built_from_.reset();
  restart_playlist();
}

const core::Schedule* ScreenLoop::schedule_for(const std::shared_ptr<const core::Agenda>& agenda) {
  if (agenda != scheduled_agenda_) {
    scheduled_agenda_ = agenda;
    schedule_ = agenda ? std::make_unique<core::Schedule>(*agenda) : nullptr;
  }
  return schedule_.get();
}

void ScreenLoop::show(const ScreenState& state, core::Instant at) {
  (void)schedule_for(state.agenda);
  offset_ = state.burn_in ? core::burn_in_offset(*state.burn_in, at) : core::Offset{};
  if (!powered(state, at)) {
    // Off: black, once; the loop then sleeps until the next on time.
    const core::Rect size = stack_->display().size();
    core::Frame black;
    black.width_px = size.w;
    black.height_px = size.h;
    black.background = {0, 0, 0};
    if (!last_ || *last_ != black) present(black);
    last_ = std::move(black);
    built_from_.reset();
    page_until_.reset();
    return;
  }
  const auto duration_of = [&](core::PagePosition page) {
    return core::playlist_entry(state.setup.layout, page.entry).duration;
  };
  if (alternate_language(state, at)) return;
  const auto now = steady_clock::now();
  if (!page_until_) {
    page_until_ = now + duration_of(page_);
  } else if (now >= *page_until_) {
    // The page's time is up: step to the next page, or, with nothing to page through (no
    // agenda yet, the room not in it), give the page its time again. A page deadline left in
    // the past made every wait() return at once, for ever.
    // An emergency shows on every page: no page to step to, no slide to wait for.
    if (shows_sessions(state) && !taken_over(state, at)) {
      const core::PagePosition next =
          core::next_page(context_for(state), room_index(*state.agenda, state.room), at, page_);
      if (next != page_) {
        const core::Frame from = last_ ? *last_ : build(state, at, page_);
        core::Frame to = build(state, at, next);
        page_ = next;
        slide(from, to, state.setup.layout.transition);
        page_until_ = steady_clock::now() + duration_of(page_);
        last_ = std::move(to);  // the slide's last frame: no need to build it again
        present(*last_);
        built_from_.reset();
        return;
      }
    }
    page_until_ = steady_clock::now() + duration_of(page_);
  }
  BuiltFrom inputs = built_from(state, at);
  const bool changed_since = next_change_ && at >= *next_change_;
  if (last_ && built_from_ && *built_from_ == inputs && !changed_since) return;
  last_ = build(state, at, page_);
  present(*last_);
  built_from_ = std::move(inputs);
  next_change_ = schedule_ ? schedule_->next_change(at) : std::nullopt;
  if (const auto alert = core::next_announcement_change(state.alerts, at)) {
    next_change_ = next_change_ ? std::min(*next_change_, *alert) : *alert;
  }
}

bool ScreenLoop::taken_over(const ScreenState& state, core::Instant at) const {
  if (!shows_sessions(state) || state.agenda->rooms().empty()) return false;
  return core::screen_announcements(context_for(state), room_index(*state.agenda, state.room), at)
             .takeover != nullptr;
}

bool ScreenLoop::alternate_language(const ScreenState& state, core::Instant at) {
  if (state.bilingual != core::Bilingual::alternate || !state.second_strings) {
    second_language_ = false;
    language_until_.reset();
    return false;
  }
  const auto now = steady_clock::now();
  if (!language_until_) language_until_ = now + state.alternate_interval;
  if (now < *language_until_) return false;
  second_language_ = !second_language_;
  const core::Frame from = last_ ? *last_ : core::Frame{};
  core::Frame to = build(state, at, page_);
  if (last_) {
    stack_->display().prepare(to);
    (void)animate(from, to, language_fade, core::fade_between);
  }
  // The page keeps its time: a language's turn does not cut a page short.
  language_until_ = steady_clock::now() + state.alternate_interval;
  last_ = std::move(to);
  present(*last_);
  built_from_ = built_from(state, at);
  next_change_ = schedule_ ? schedule_->next_change(at) : std::nullopt;
  return true;
}

ScreenLoop::BuiltFrom ScreenLoop::built_from(const ScreenState& state, core::Instant at) const {
  BuiltFrom from;
  from.agenda = state.agenda.get();
  from.room = state.room;
  from.room_name = state.room_name;
  from.hallway_rooms = state.hallway_rooms;
  from.languages = state.languages;
  from.stale = state.health.stale;
  from.last_success = state.health.last_success;
  from.trouble = state.waiting.trouble;
  if (state.waiting.last_try) {
    const core::LocalTime& local = *state.waiting.last_try;
    from.last_try = std::chrono::sys_days{local.date}.time_since_epoch() +
                    local.time_of_day.to_duration() - local.utc_offset;
  }
  from.demo_note = state.demo_note;
  from.unknown_screen = state.unknown_screen;
  from.built = state.built;
  from.alerts = state.alerts;
  from.offset = offset_;
  from.size = stack_->display().size();
  from.page = page_;
  from.second_language = second_language_;
  from.minute = std::chrono::floor<std::chrono::minutes>(at);
  return from;
}

ScreenLoop::AnimationPace ScreenLoop::animate(const core::Frame& from, const core::Frame& to,
                                              std::chrono::milliseconds duration,
                                              core::Frame (*between)(const core::Frame&,
                                                                     const core::Frame&, double)) {
  AnimationPace pace;
  if (duration.count() <= 0 || from.width_px != to.width_px || from.height_px != to.height_px) {
    return pace;
  }
  // The first step shows what is on screen already, in the animation's drawing order (the
  // elements that stay go over those that move), which the display repaints whole: done before
  // the clock starts, while the picture is still, it does not make the first moving frame late.
  present(between(from, to, 0.0));
  const auto start = steady_clock::now();
  // Frames at a steady 60 a second, timed from the start so drawing time does not add up.
  constexpr std::chrono::microseconds frame_time{16'667};
  int frames = 0;
  for (;;) {
    const auto frame_start = steady_clock::now();
    const double progress = std::chrono::duration<double>(frame_start - start) / duration;
    present(between(from, to, std::min(1.0, progress)));
    pace.longest_frame = std::max(
        pace.longest_frame,
        std::chrono::duration_cast<std::chrono::microseconds>(steady_clock::now() - frame_start));
    ++frames;
    if (progress >= 1.0) {
      const double seconds = std::chrono::duration<double>(steady_clock::now() - start).count();
      pace.fps = static_cast<int>(frames / std::max(seconds, 0.001));
      return pace;
    }
    const render::Wake wake = stack_->display().wait_until(start + frames * frame_time);
    if (wake != render::Wake::deadline) {
      pending_ = wake;  // handled by the next wait(), after the animation
      if (wake == render::Wake::quit) return {};
    }
  }
}

void ScreenLoop::slide(const core::Frame& from, const core::Frame& to,
                       std::chrono::milliseconds duration) {
  // The new page's text is made before the slide starts, while the old page stays still.
  stack_->display().prepare(to);
  const AnimationPace pace = animate(from, to, duration, core::slide_between);
  if (pace.fps <= 0) return;
  slowest_fps_ = slides_++ == 0 ? pace.fps : std::min(slowest_fps_, pace.fps);
  longest_slide_frame_ = std::max(longest_slide_frame_, pace.longest_frame);
}

render::Wake ScreenLoop::wait(core::Instant at, std::chrono::milliseconds cap) {
  if (pending_) {
    const render::Wake wake = *pending_;
    pending_.reset();
    return wake;
  }
  const auto now = steady_clock::now();
  if (!power_.on) {
    // Off: nothing to draw until the next on time (or an alert, which wakes the loop).
    auto deadline = now + cap;
    if (power_.next_change && *power_.next_change > at) {
      deadline = std::min(deadline, now + (*power_.next_change - at));
    }
    return stack_->display().wait_until(deadline);
  }
  // The clock on screen shows minutes: wake just after the next minute begins.
  const auto into_minute = at.time_since_epoch() % std::chrono::minutes{1};
  auto deadline = now + (std::chrono::minutes{1} - into_minute) + std::chrono::milliseconds{20};
  deadline = std::min(deadline, now + cap);
  if (page_until_) deadline = std::min(deadline, *page_until_);
  if (language_until_) deadline = std::min(deadline, *language_until_);
  // An announcement begins or ends at its second.
  if (next_change_ && *next_change_ > at) deadline = std::min(deadline, now + (*next_change_ - at));
  return stack_->display().wait_until(deadline);
}

}  // namespace nownext::app
