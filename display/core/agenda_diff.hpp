// What changed between two versions of an agenda, session by session (by stable id), so the
// display can mark a changed session and the log can say what changed.
#pragma once

#include "core/agenda.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace nownext::core {

// The parts of a session that can change, as bit flags.
enum class SessionField : std::uint8_t {
  time = 1U << 0U,     // start or end, as scheduled or after a delay
  room = 1U << 1U,     // scheduled room, or the room it moved to
  title = 1U << 2U,    // title or label
  people = 1U << 3U,   // moderators or speakers: who, in which order, their roles and notes
  status = 1U << 4U,   // scheduled / delayed / cancelled / moved
  details = 1U << 5U,  // kind, description, guiding questions, parent
};

struct SessionChange {
  std::string id;
  std::uint8_t fields = 0;  // SessionField bits

  [[nodiscard]] bool has(SessionField field) const {
    return (fields & static_cast<std::uint8_t>(field)) != 0;
  }
};

struct AgendaChanges {
  std::vector<std::string> added;      // ids, in the new agenda's order
  std::vector<std::string> removed;    // ids, in the old agenda's order
  std::vector<SessionChange> changed;  // in the new agenda's order

  [[nodiscard]] bool empty() const { return added.empty() && removed.empty() && changed.empty(); }
};

[[nodiscard]] AgendaChanges diff_agendas(const Agenda& before, const Agenda& after);

// One bounded line for a log: "1 added (x), 1 removed (y), 2 changed (a: time, room; b: status)";
// at most five sessions are named per part, the rest counted ("1,204 changed (a: title; …; e:
// title and 1,199 more)"), and ids are escaped (core/log_text.hpp).
[[nodiscard]] std::string describe(const AgendaChanges& changes);

}  // namespace nownext::core
