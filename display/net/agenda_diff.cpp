// Session-by-session comparison of two agendas. Rooms and people are compared by id, since
// their positions may differ between the two.
#include "net/agenda_diff.hpp"

#include <algorithm>

namespace nownext::net {
namespace {

bool same_people(const core::Agenda& a, const std::vector<core::Participation>& pa,
                 const core::Agenda& b, const std::vector<core::Participation>& pb) {
  return std::equal(pa.begin(), pa.end(), pb.begin(), pb.end(), [&](const auto& x, const auto& y) {
    return a.people()[x.person].id == b.people()[y.person].id && x.role == y.role &&
           x.note == y.note;
  });
}

bool same_session(const core::Agenda& a, const core::Session& x, const core::Agenda& b,
                  const core::Session& y) {
  const auto room_id = [](const core::Agenda& agenda, core::RoomIndex room) {
    return agenda.rooms()[room].id;
  };
  return room_id(a, x.room) == room_id(b, y.room) &&
         room_id(a, x.effective_room()) == room_id(b, y.effective_room()) && x.start == y.start &&
         x.end == y.end && x.kind == y.kind && x.status.state == y.status.state &&
         x.status.delay == y.status.delay && x.label == y.label && x.title == y.title &&
         x.description == y.description && x.questions == y.questions &&
         x.parent_id == y.parent_id && same_people(a, x.moderators, b, y.moderators) &&
         same_people(a, x.speakers, b, y.speakers);
}

}  // namespace

SessionChanges compare_sessions(const core::Agenda& before, const core::Agenda& after) {
  SessionChanges changes;
  for (const auto& session : after.sessions()) {
    const auto old = before.find_session(session.id);
    if (!old) {
      ++changes.added;
    } else if (!same_session(before, before.sessions()[*old], after, session)) {
      ++changes.changed;
    }
  }
  for (const auto& session : before.sessions()) {
    if (!after.find_session(session.id)) ++changes.removed;
  }
  return changes;
}

std::string to_string(const SessionChanges& changes) {
  return std::to_string(changes.added) + " added, " + std::to_string(changes.removed) +
         " removed, " + std::to_string(changes.changed) + " changed";
}

}  // namespace nownext::net
