// Validation of an AgendaData: invariants of an Agenda checked once for every format, with
// bad items repaired or left out one by one.
#include "core/agenda_check.hpp"

#include <map>
#include <set>

namespace nownext::core {
namespace {

constexpr std::size_t max_session_nesting = 8;

using IdIndex = std::map<std::string, std::uint32_t, std::less<>>;

class Checker {
 public:
  Checker(AgendaData& data, const FeedLimits& limits, FeedResult& result)
      : data_(data), limits_(limits), result_(result) {}

  void error(std::string what) { result_.errors.push_back({"", std::move(what)}); }

  void warning(std::size_t session, std::string_view member, std::string what) {
    if (result_.warnings.size() >= limits_.max_errors) return;
    std::string where = origin(session);
    if (!member.empty()) where += "." + std::string{member};
    result_.warnings.push_back({std::move(where), std::move(what)});
  }

  [[nodiscard]] std::string origin(std::size_t session) const {
    if (data_.session_origins.size() == data_.sessions.size())
      return data_.session_origins[session];
    return "session '" + data_.sessions[session].id + "'";
  }

 private:
  AgendaData& data_;
  const FeedLimits& limits_;
  FeedResult& result_;
};

void check_whole(const AgendaData& data, const FeedLimits& limits, Checker& check) {
  if (data.event.time_zone == nullptr) check.error("the event has no known time zone");
  const auto too_many = [&](std::string_view what, std::size_t count, std::size_t max) {
    if (count > max)
      check.error(std::to_string(count) + " " + std::string{what} + "; at most " +
                  std::to_string(max) + " are allowed");
  };
  too_many("rooms", data.rooms.size(), limits.max_rooms);
  too_many("people", data.people.size(), limits.max_people);
  too_many("sessions", data.sessions.size(), limits.max_sessions);
  std::set<std::string_view> rooms;
  for (const Room& room : data.rooms) {
    if (room.id.empty()) check.error("a room has no id");
    if (!rooms.insert(room.id).second) check.error("duplicate room id '" + room.id + "'");
  }
  std::set<std::string_view> people;
  for (const Person& person : data.people) {
    if (!people.insert(person.id).second) check.error("duplicate person id '" + person.id + "'");
  }
}

// Longer than this, a session is probably a mistake in its end (a wrong year, a day for a month).
constexpr auto absurd_session_length = std::chrono::days{4};

// Whether session `i` can be used on its own; repairs what can be repaired.
bool check_session(AgendaData& data, std::size_t i, IdIndex& seen, Checker& check) {
  Session& s = data.sessions[i];
  if (s.id.empty()) {
    check.warning(i, "id", "a session without an id; left out");
    return false;
  }
  const auto [first, inserted] = seen.emplace(s.id, static_cast<std::uint32_t>(i));
  if (!inserted) {
    check.warning(i, "id",
                  "duplicate session id '" + s.id + "' (first at " + check.origin(first->second) +
                      "); left out");
    return false;
  }
  if (s.room >= data.rooms.size()) {
    check.warning(i, "room", "no such room; session '" + s.id + "' left out");
    return false;
  }
  if (s.end == s.start) {
    check.warning(i, "end", "session '" + s.id + "' lasts no time; left out");
    return false;
  }
  if (s.end < s.start) {
    check.warning(i, "end", "must be after start; session '" + s.id + "' left out");
    return false;
  }
  // Kept, since a venue may mean it (a hack lounge open all week), but rarely right (field case
  // 05: a session of 694 days).
  if (s.end - s.start > absurd_session_length) {
    const auto days = std::chrono::floor<std::chrono::days>(s.end - s.start).count();
    check.warning(i, "end",
                  "session '" + s.id + "' lasts " + std::to_string(days) +
                      " days; is its end right? It is shown on every day it runs");
  }
  const auto known_person = [&](const Participation& p) { return p.person < data.people.size(); };
  for (auto* list : {&s.moderators, &s.speakers}) {
    const auto before = list->size();
    std::erase_if(*list, [&](const Participation& p) { return !known_person(p); });
    if (list->size() != before) check.warning(i, "", "an unknown person left out");
  }
  if (s.status.state == SessionStatus::State::moved && s.status.moved_to >= data.rooms.size()) {
    check.warning(i, "status", "moved to an unknown room; shown where scheduled");
    s.status = SessionStatus{};
  }
  return true;
}

// Parents must exist, be kept, enclose their children's times and not form a cycle; a parent
// that does not is dropped, and the child shown as a session of its own.
void check_parents(AgendaData& data, const std::vector<bool>& keep, const IdIndex& ids,
                   Checker& check) {
  auto& sessions = data.sessions;
  std::vector<bool> detach(sessions.size(), false);
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    const Session& s = sessions[i];
    if (!keep[i] || s.parent_id.empty()) continue;
    const auto parent = ids.find(s.parent_id);
    if (parent != ids.end() && !keep[parent->second]) {
      check.warning(i, "parent",
                    "parent '" + s.parent_id + "' was left out; shown as a session of its own");
      detach[i] = true;
      continue;
    }
    if (parent == ids.end()) {
      check.warning(i, "parent",
                    "unknown parent session '" + s.parent_id + "'; shown as a session of its own");
      detach[i] = true;
      continue;
    }
    std::uint32_t up = parent->second;
    std::size_t depth = 1;
    for (; depth <= max_session_nesting && up != i; ++depth) {
      const auto next = ids.find(sessions[up].parent_id);
      if (sessions[up].parent_id.empty() || next == ids.end()) break;
      up = next->second;
    }
    const Session& p = sessions[parent->second];
    if (up == i) {
      check.warning(
          i, "parent",
          "parent '" + s.parent_id + "' leads back to session '" + s.id + "'; parent dropped");
      detach[i] = true;
    } else if (depth >= max_session_nesting) {  // its ancestors and itself: depth + 1 levels
      check.warning(i, "parent",
                    "sessions nested more than " + std::to_string(max_session_nesting) +
                        " levels deep; parent dropped");
      detach[i] = true;
    } else if (s.start < p.start || s.end > p.end) {
      check.warning(i, "", "runs outside its parent session '" + p.id + "'; parent dropped");
      detach[i] = true;
    }
  }
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    if (detach[i]) sessions[i].parent_id.clear();
  }
}

}  // namespace

FeedResult validate_agenda(AgendaData data, const FeedLimits& limits, Diagnostics warnings) {
  FeedResult result;
  result.warnings = std::move(warnings);
  Checker check{data, limits, result};
  check_whole(data, limits, check);
  if (!result.errors.empty()) return result;

  std::vector<bool> keep(data.sessions.size(), false);
  IdIndex ids;
  for (std::size_t i = 0; i < data.sessions.size(); ++i)
    keep[i] = check_session(data, i, ids, check);
  check_parents(data, keep, ids, check);

  std::vector<Session> kept;
  kept.reserve(data.sessions.size());
  for (std::size_t i = 0; i < data.sessions.size(); ++i) {
    if (keep[i]) kept.push_back(std::move(data.sessions[i]));
  }
  data.sessions = std::move(kept);
  data.session_origins.clear();
  result.agenda.emplace(std::move(data));
  return result;
}

}  // namespace nownext::core
