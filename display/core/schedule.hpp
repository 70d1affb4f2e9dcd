// The schedule engine: what every room shows at an instant (now / next / later, and the room's
// state when nothing runs), and the next instant at which any of that changes.
// Pure: the instant is always an argument; times are venue-local through the agenda's zone.
#pragma once

#include "core/agenda.hpp"

#include <chrono>
#include <optional>
#include <string_view>
#include <vector>

namespace nownext::core {

struct ScheduleOptions {
  // Venue days begin at this local hour, so a session that runs past midnight stays on the
  // day it started: the hours before it belong to the day before. Unset: the agenda's own
  // (Event::day_change, e.g. frab's), else 04:00.
  std::optional<std::chrono::hours> day_change;
};

// The hour venue days begin, for `agenda` with `options` (see ScheduleOptions::day_change).
[[nodiscard]] std::chrono::hours day_change_hour(const Agenda& agenda,
                                                 const ScheduleOptions& options);

enum class RoomState {
  running,       // something other than a break runs
  on_break,      // only a break runs, or nothing between two sessions of the same venue day
  before_event,  // nothing in this room has taken place yet
  between_days,  // the room's day is over; more follows on a later day
  after_event,   // nothing more takes place in this room
  no_sessions,   // the room has no sessions at all
};
[[nodiscard]] std::string_view to_string(RoomState state);

// One chain of sessions running at once, outermost first: {Session 6, Panel 1}.
using SessionChain = std::vector<SessionIndex>;

struct RoomNow {
  RoomIndex room = 0;
  RoomState state = RoomState::no_sessions;
  // Running chains (cancelled sessions never run). Sessions other than breaks come first, then
  // by start: during day 2's break of IDM 2017, {book launch} before {break}.
  std::vector<SessionChain> now;
  // The first session to start after the instant (it may be cancelled: shown as such).
  std::optional<SessionIndex> next;
  // The sessions after `next` on the same venue day, in order.
  std::vector<SessionIndex> later;
  // When the programme goes on: the end of a running break, else the next start of a session
  // that is not cancelled. Unset while something other than a break runs, and after the event.
  std::optional<Instant> resumes_at;
  // Sessions scheduled in this room today (venue day) but moved elsewhere, not yet over.
  std::vector<SessionIndex> moved_away;
};

class Schedule {
 public:
  // `agenda` must outlive the schedule.
  explicit Schedule(const Agenda& agenda, ScheduleOptions options = {});

  [[nodiscard]] const Agenda& agenda() const { return agenda_; }
  [[nodiscard]] const ScheduleOptions& options() const { return options_; }

  [[nodiscard]] RoomNow room_at(RoomIndex room, Instant at) const;
  [[nodiscard]] std::vector<RoomNow> all_rooms_at(Instant at) const;
  // The first instant after `at` at which any room's answer changes (a start, an end, or the
  // start of a venue day while the event lasts) or an announcement of the agenda begins or ends,
  // or nullopt when nothing changes any more.
  [[nodiscard]] std::optional<Instant> next_change(Instant at) const;
  // The last such instant before `at`, or nullopt before the first.
  [[nodiscard]] std::optional<Instant> previous_change(Instant at) const;
  // Whether nothing that is not cancelled takes place, in any room, from `at` on.
  [[nodiscard]] bool event_over(Instant at) const { return at >= last_end_; }
  // The venue day of an instant, with this schedule's day-change hour.
  [[nodiscard]] std::chrono::year_month_day day_of(Instant at) const;

 private:
  struct RoomIndexData {
    std::vector<SessionIndex> sessions;    // effective order (Agenda::sessions_in_room)
    std::vector<Instant> starts;           // effective starts, same order, for binary search
    std::vector<Instant> max_end_before;   // max effective end over sessions[0..i], inclusive
    std::vector<SessionIndex> moved_away;  // scheduled here, moved elsewhere
  };

  [[nodiscard]] std::vector<SessionChain> running_chains(const RoomIndexData& room,
                                                         std::size_t first_later, Instant at) const;
  [[nodiscard]] bool is_break(SessionIndex session) const;

  const Agenda& agenda_;
  ScheduleOptions options_;
  std::chrono::hours day_change_;  // resolved from options_ and the agenda
  std::vector<RoomIndexData> rooms_;
  std::vector<std::int32_t> day_of_session_;  // venue day of each effective start, as day count
  std::vector<Instant> change_points_;  // session starts and ends, announcements' bounds; sorted
  // The venue days whose starts are change points too: from the first session's day to the
  // day after the last end. Computed when asked, so a feed spanning centuries costs nothing.
  Instant last_end_ = Instant::min();  // of the sessions not cancelled
  std::int32_t first_day_ = 0;
  std::int32_t after_last_day_ = -1;
};

}  // namespace nownext::core
