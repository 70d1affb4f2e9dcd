// Session-by-session comparison of two agendas. People are compared by what a screen shows
// (names, roles, notes), so a corrected role in the people list marks the sessions it touches.
#include "core/agenda_diff.hpp"

#include "core/log_text.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace nownext::core {
namespace {

struct ShownParticipant {
  std::string person_id;
  Text name;
  Text role;
  Text note;
  friend bool operator==(const ShownParticipant&, const ShownParticipant&) = default;
};

std::vector<ShownParticipant> shown(const Agenda& agenda, const std::vector<Participation>& list) {
  std::vector<ShownParticipant> result;
  result.reserve(list.size());
  for (const Participation& p : list) {
    const Person& person = agenda.people()[p.person];
    result.push_back({person.id, person.name, agenda.role_of(p), p.note});
  }
  return result;
}

std::string room_id(const Agenda& agenda, RoomIndex room) {
  return agenda.rooms()[room].id;
}

std::uint8_t changed_fields(const Agenda& before, const Session& a, const Agenda& after,
                            const Session& b) {
  std::uint8_t fields = 0;
  const auto mark = [&](SessionField field, bool differs) {
    if (differs) fields |= static_cast<std::uint8_t>(field);
  };
  mark(SessionField::time, a.start != b.start || a.end != b.end ||
                               a.effective_start() != b.effective_start() ||
                               a.effective_end() != b.effective_end());
  mark(SessionField::room,
       room_id(before, a.room) != room_id(after, b.room) ||
           room_id(before, a.effective_room()) != room_id(after, b.effective_room()));
  mark(SessionField::title, a.title != b.title || a.label != b.label);
  mark(SessionField::people, shown(before, a.moderators) != shown(after, b.moderators) ||
                                 shown(before, a.speakers) != shown(after, b.speakers));
  mark(SessionField::status, a.status.state != b.status.state);
  mark(SessionField::details, a.kind != b.kind || a.description != b.description ||
                                  a.questions != b.questions || a.parent_id != b.parent_id);
  return fields;
}

// How many sessions a log line names per part; the rest are counted.
constexpr std::size_t named_per_part = 5;

std::string fields_text(const SessionChange& change) {
  static constexpr std::array field_names{
      std::pair{SessionField::time, "time"},     std::pair{SessionField::room, "room"},
      std::pair{SessionField::title, "title"},   std::pair{SessionField::people, "people"},
      std::pair{SessionField::status, "status"}, std::pair{SessionField::details, "details"}};
  std::string names;
  for (const auto& [field, name] : field_names) {
    if (change.has(field)) names += (names.empty() ? "" : ", ") + std::string{name};
  }
  return names;
}

}  // namespace

AgendaChanges diff_agendas(const Agenda& before, const Agenda& after) {
  AgendaChanges changes;
  for (const Session& b : after.sessions()) {
    const auto old = before.find_session(b.id);
    if (!old) {
      changes.added.push_back(b.id);
      continue;
    }
    const std::uint8_t fields = changed_fields(before, before.sessions()[*old], after, b);
    if (fields != 0) changes.changed.push_back({b.id, fields});
  }
  for (const Session& a : before.sessions()) {
    if (!after.find_session(a.id)) changes.removed.push_back(a.id);
  }
  return changes;
}

std::string describe(const AgendaChanges& changes) {
  if (changes.empty()) return "no session changed";
  std::string out;
  const auto part = [&](std::size_t count, std::string_view what, std::string detail) {
    out += (out.empty() ? "" : ", ") + with_thousands(count) + " " + std::string{what} + " (" +
           detail + ")";
  };
  if (!changes.added.empty()) {
    part(changes.added.size(), "added", bounded_list(changes.added, named_per_part));
  }
  if (!changes.removed.empty()) {
    part(changes.removed.size(), "removed", bounded_list(changes.removed, named_per_part));
  }
  if (!changes.changed.empty()) {
    std::vector<std::string> named;
    for (std::size_t i = 0; i < changes.changed.size() && i < named_per_part; ++i) {
      const SessionChange& change = changes.changed[i];
      named.push_back(log_text(change.id, 64) + ": " + fields_text(change));
    }
    std::string detail = bounded_list(named, named_per_part, "; ", 256);
    if (changes.changed.size() > named_per_part) {
      detail += " and " + with_thousands(changes.changed.size() - named_per_part) + " more";
    }
    part(changes.changed.size(), "changed", detail);
  }
  return out;
}

}  // namespace nownext::core
