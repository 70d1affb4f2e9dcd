// Now / next answers from per-room indexes: a binary search finds the first session still to
// start; a running maximum of end times bounds the backward scan for running sessions.
#include "core/schedule.hpp"

#include <algorithm>
#include <cassert>

namespace nownext::core {
namespace {

std::int32_t day_number(std::chrono::year_month_day day) {
  return static_cast<std::int32_t>(std::chrono::sys_days{day}.time_since_epoch().count());
}

}  // namespace

std::string_view to_string(RoomState state) {
  switch (state) {
    case RoomState::running: return "running";
    case RoomState::on_break: return "break";
    case RoomState::before_event: return "before_event";
    case RoomState::between_days: return "between_days";
    case RoomState::after_event: return "after_event";
    case RoomState::no_sessions: return "no_sessions";
  }
  return "no_sessions";
}

std::chrono::hours day_change_hour(const Agenda& agenda, const ScheduleOptions& options) {
  return options.day_change.value_or(agenda.event().day_change.value_or(std::chrono::hours{4}));
}

Schedule::Schedule(const Agenda& agenda, ScheduleOptions options)
    : agenda_(agenda), options_(options), day_change_(day_change_hour(agenda, options)) {
  const auto sessions = agenda.sessions();
  day_of_session_.reserve(sessions.size());
  for (const Session& s : sessions)
    day_of_session_.push_back(day_number(day_of(s.effective_start())));

  rooms_.resize(agenda.rooms().size());
  for (RoomIndex r = 0; r < rooms_.size(); ++r) {
    RoomIndexData& room = rooms_[r];
    const auto in_room = agenda.sessions_in_room(r);
    room.sessions.assign(in_room.begin(), in_room.end());
    Instant max_end = Instant::min();
    for (const SessionIndex i : room.sessions) {
      room.starts.push_back(sessions[i].effective_start());
      max_end = std::max(max_end, sessions[i].effective_end());
      room.max_end_before.push_back(max_end);
    }
  }
  for (SessionIndex i = 0; i < sessions.size(); ++i) {
    if (sessions[i].room != sessions[i].effective_room()) {
      rooms_[sessions[i].room].moved_away.push_back(i);
    }
  }

  // Answers change at every start and end, and at each venue day's start while the event lasts
  // (the day decides "later", breaks against days, and moved-away notes).
  Instant last_point = Instant::min();
  for (const Session& s : sessions) {
    change_points_.push_back(s.effective_start());
    change_points_.push_back(s.effective_end());
    last_point = std::max(last_point, s.effective_end());
    if (!s.cancelled()) last_end_ = std::max(last_end_, s.effective_end());
  }
  // An announcement appears and goes at its second, not at the screen's next minute.
  for (const Announcement& a : agenda.announcements()) {
    if (a.from) change_points_.push_back(*a.from);
    if (a.until) change_points_.push_back(*a.until);
  }
  std::sort(change_points_.begin(), change_points_.end());
  change_points_.erase(std::unique(change_points_.begin(), change_points_.end()),
                       change_points_.end());
  if (!sessions.empty()) {
    first_day_ = *std::min_element(day_of_session_.begin(), day_of_session_.end());
    after_last_day_ = day_number(day_of(last_point)) + 1;
  }
}

std::chrono::year_month_day Schedule::day_of(Instant at) const {
  return venue_day(at, agenda_.time_zone(), day_change_);
}

bool Schedule::is_break(SessionIndex session) const {
  const SessionKind kind = agenda_.sessions()[session].kind;
  return kind == SessionKind::break_time || kind == SessionKind::meal;
}

std::vector<SessionChain> Schedule::running_chains(const RoomIndexData& room,
                                                   std::size_t first_later, Instant at) const {
  const auto sessions = agenda_.sessions();
  std::vector<SessionIndex> running;
  for (std::size_t i = first_later; i-- > 0 && room.max_end_before[i] > at;) {
    const Session& s = sessions[room.sessions[i]];
    if (s.effective_end() > at && !s.cancelled()) running.push_back(room.sessions[i]);
  }
  const auto is_running = [&](SessionIndex s) {
    return std::find(running.begin(), running.end(), s) != running.end();
  };
  std::vector<SessionChain> chains;
  for (const SessionIndex leaf : running) {
    const bool has_running_child = std::any_of(
        running.begin(), running.end(), [&](SessionIndex s) { return sessions[s].parent == leaf; });
    if (has_running_child) continue;
    SessionChain chain{leaf};
    for (auto up = sessions[leaf].parent; up && is_running(*up); up = sessions[*up].parent) {
      chain.push_back(*up);
    }
    std::reverse(chain.begin(), chain.end());
    chains.push_back(std::move(chain));
  }
  std::sort(chains.begin(), chains.end(), [&](const SessionChain& a, const SessionChain& b) {
    const bool a_break = is_break(a.back());
    const bool b_break = is_break(b.back());
    if (a_break != b_break) return !a_break;
    const Instant a_start = sessions[a.front()].effective_start();
    const Instant b_start = sessions[b.front()].effective_start();
    return a_start != b_start ? a_start < b_start : a.front() < b.front();
  });
  return chains;
}

RoomNow Schedule::room_at(RoomIndex room_index, Instant at) const {
  assert(room_index < rooms_.size());
  const RoomIndexData& room = rooms_[room_index];
  const auto sessions = agenda_.sessions();
  RoomNow answer;
  answer.room = room_index;

  const std::int32_t today = day_number(day_of(at));
  for (const SessionIndex moved : room.moved_away) {
    if (day_of_session_[moved] == today && sessions[moved].effective_end() > at) {
      answer.moved_away.push_back(moved);
    }
  }
  if (room.sessions.empty()) return answer;  // no_sessions

  const std::size_t first_later = static_cast<std::size_t>(
      std::upper_bound(room.starts.begin(), room.starts.end(), at) - room.starts.begin());
  answer.now = running_chains(room, first_later, at);
  if (first_later < room.sessions.size()) {
    answer.next = room.sessions[first_later];
    const std::int32_t next_day = day_of_session_[*answer.next];
    for (std::size_t i = first_later + 1;
         i < room.sessions.size() && day_of_session_[room.sessions[i]] == next_day; ++i) {
      answer.later.push_back(room.sessions[i]);
    }
  }

  const bool only_breaks = std::all_of(answer.now.begin(), answer.now.end(),
                                       [&](const SessionChain& c) { return is_break(c.back()); });
  if (!answer.now.empty() && !only_breaks) {
    answer.state = RoomState::running;
    return answer;
  }
  if (!answer.now.empty()) {
    answer.state = RoomState::on_break;
    for (const SessionChain& chain : answer.now) {
      const Instant end = sessions[chain.back()].effective_end();
      answer.resumes_at = answer.resumes_at ? std::max(*answer.resumes_at, end) : end;
    }
    return answer;
  }

  const auto next_active =
      std::find_if(room.sessions.begin() + static_cast<std::ptrdiff_t>(first_later),
                   room.sessions.end(), [&](SessionIndex s) { return !sessions[s].cancelled(); });
  if (next_active == room.sessions.end()) {
    answer.state = RoomState::after_event;
    return answer;
  }
  answer.resumes_at = sessions[*next_active].effective_start();
  // What has taken place decides between a break, before the event and between days; a
  // cancelled session has not taken place.
  const auto started = room.sessions.rend() - static_cast<std::ptrdiff_t>(first_later);
  const auto last_held = std::find_if(started, room.sessions.rend(),
                                      [&](SessionIndex s) { return !sessions[s].cancelled(); });
  const bool started_before = last_held != room.sessions.rend();
  const bool started_today = started_before && day_of_session_[*last_held] == today;
  if (started_today && day_of_session_[*next_active] == today) {
    answer.state = RoomState::on_break;
  } else if (!started_before) {
    answer.state = RoomState::before_event;
  } else {
    answer.state = RoomState::between_days;
  }
  return answer;
}

std::vector<RoomNow> Schedule::all_rooms_at(Instant at) const {
  std::vector<RoomNow> answers;
  answers.reserve(rooms_.size());
  for (RoomIndex r = 0; r < rooms_.size(); ++r) answers.push_back(room_at(r, at));
  return answers;
}

std::optional<Instant> Schedule::next_change(Instant at) const {
  std::optional<Instant> next;
  const auto point = std::upper_bound(change_points_.begin(), change_points_.end(), at);
  if (point != change_points_.end()) next = *point;

  const auto day_start = [&](std::int32_t day) {
    const std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{day}}};
    return venue_day_start(date, agenda_.time_zone(), day_change_);
  };
  const std::int32_t following = std::max(day_number(day_of(at)) + 1, first_day_);
  if (following <= after_last_day_) {
    const Instant start = day_start(following);
    next = next ? std::min(*next, start) : start;
  }
  return next;
}

std::optional<Instant> Schedule::previous_change(Instant at) const {
  std::optional<Instant> previous;
  const auto point = std::lower_bound(change_points_.begin(), change_points_.end(), at);
  if (point != change_points_.begin()) previous = *(point - 1);

  // The start of the venue day `at` is in (or, right at a day start, of the day before).
  std::int32_t day = day_number(day_of(at));
  const auto day_start = [&](std::int32_t d) {
    const std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{d}}};
    return venue_day_start(date, agenda_.time_zone(), day_change_);
  };
  if (day_start(day) >= at) --day;
  day = std::min(day, after_last_day_);
  if (day >= first_day_ && after_last_day_ >= first_day_) {
    const Instant start = day_start(day);
    previous = previous ? std::max(*previous, start) : start;
  }
  return previous;
}

}  // namespace nownext::core
