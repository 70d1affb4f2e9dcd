// Sorting and indexing of an agenda, and the names of its enumerations.
#include "core/agenda.hpp"

#include <algorithm>
#include <array>
#include <cassert>

namespace nownext::core {
namespace {

constexpr std::array kind_names{
    std::pair{SessionKind::session, std::string_view{"session"}},
    std::pair{SessionKind::panel, std::string_view{"panel"}},
    std::pair{SessionKind::keynote, std::string_view{"keynote"}},
    std::pair{SessionKind::remarks, std::string_view{"remarks"}},
    std::pair{SessionKind::workshop, std::string_view{"workshop"}},
    std::pair{SessionKind::registration, std::string_view{"registration"}},
    std::pair{SessionKind::opening, std::string_view{"opening"}},
    std::pair{SessionKind::closing, std::string_view{"closing"}},
    std::pair{SessionKind::break_time, std::string_view{"break"}},
    std::pair{SessionKind::meal, std::string_view{"meal"}},
    std::pair{SessionKind::side_event, std::string_view{"side_event"}},
    std::pair{SessionKind::other, std::string_view{"other"}},
};

// Earlier first; at equal starts the longer (enclosing) session first; then by id, so that
// the order never depends on the feed's order.
bool scheduled_before(const Session& a, const Session& b) {
  if (a.start != b.start) return a.start < b.start;
  if (a.end != b.end) return a.end > b.end;
  return a.id < b.id;
}

bool effectively_before(const Session& a, const Session& b) {
  if (a.effective_start() != b.effective_start()) return a.effective_start() < b.effective_start();
  if (a.effective_end() != b.effective_end()) return a.effective_end() > b.effective_end();
  return a.id < b.id;
}

}  // namespace

std::string_view to_string(SessionKind kind) {
  for (const auto& [k, name] : kind_names) {
    if (k == kind) return name;
  }
  return "other";
}

std::optional<SessionKind> session_kind_from_string(std::string_view name) {
  for (const auto& [k, n] : kind_names) {
    if (n == name) return k;
  }
  return std::nullopt;
}

std::string_view to_string(SessionStatus::State state) {
  switch (state) {
    case SessionStatus::State::scheduled: return "scheduled";
    case SessionStatus::State::delayed: return "delayed";
    case SessionStatus::State::cancelled: return "cancelled";
    case SessionStatus::State::moved: return "moved";
  }
  return "scheduled";
}

std::string_view to_string(Announcement::Severity severity) {
  switch (severity) {
    case Announcement::Severity::info: return "info";
    case Announcement::Severity::warning: return "warning";
    case Announcement::Severity::emergency: return "emergency";
  }
  return "info";
}

RoomIndex Session::effective_room() const {
  return status.state == SessionStatus::State::moved ? status.moved_to : room;
}

Instant Session::effective_start() const {
  return status.state == SessionStatus::State::delayed ? start + status.delay : start;
}

Instant Session::effective_end() const {
  return status.state == SessionStatus::State::delayed ? end + status.delay : end;
}

Agenda::Agenda(AgendaData data) : data_(std::move(data)) {
  assert(data_.event.time_zone != nullptr);
  data_.session_origins.clear();  // positions in a reader's input, stale once sorted
  auto& sessions = data_.sessions;
  std::sort(sessions.begin(), sessions.end(), scheduled_before);

  for (RoomIndex i = 0; i < data_.rooms.size(); ++i) room_ids_.emplace(data_.rooms[i].id, i);
  for (PersonIndex i = 0; i < data_.people.size(); ++i) person_ids_.emplace(data_.people[i].id, i);
  for (SessionIndex i = 0; i < sessions.size(); ++i) session_ids_.emplace(sessions[i].id, i);

  children_.resize(sessions.size());
  by_room_.resize(data_.rooms.size());
  for (SessionIndex i = 0; i < sessions.size(); ++i) {
    Session& session = sessions[i];
    if (!session.parent_id.empty()) {
      const auto parent = find_session(session.parent_id);
      assert(parent.has_value());
      session.parent = parent;
      children_[*parent].push_back(i);
    }
    assert(session.effective_room() < by_room_.size());
    by_room_[session.effective_room()].push_back(i);
  }
  for (auto& room : by_room_) {
    std::sort(room.begin(), room.end(), [&](SessionIndex a, SessionIndex b) {
      return effectively_before(sessions[a], sessions[b]);
    });
  }
}

std::span<const SessionIndex> Agenda::sessions_in_room(RoomIndex room) const {
  assert(room < by_room_.size());
  return by_room_[room];
}

std::span<const SessionIndex> Agenda::children_of(SessionIndex session) const {
  assert(session < children_.size());
  return children_[session];
}

namespace {
template <typename Map>
auto find_in(const Map& map, std::string_view id) -> std::optional<typename Map::mapped_type> {
  const auto found = map.find(id);
  if (found == map.end()) return std::nullopt;
  return found->second;
}
}  // namespace

std::optional<RoomIndex> Agenda::find_room(std::string_view id) const {
  return find_in(room_ids_, id);
}
std::optional<PersonIndex> Agenda::find_person(std::string_view id) const {
  return find_in(person_ids_, id);
}
std::optional<SessionIndex> Agenda::find_session(std::string_view id) const {
  return find_in(session_ids_, id);
}

const Text& Agenda::role_of(const Participation& participation) const {
  return participation.role.empty() ? data_.people[participation.person].role : participation.role;
}

}  // namespace nownext::core
