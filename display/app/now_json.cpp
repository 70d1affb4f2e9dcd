// Session and room answers as JSON; times in the venue's zone with its offset.
#include "app/now_json.hpp"

namespace nownext::app {
namespace {

using json = nlohmann::ordered_json;

json optional_time(const std::optional<core::Instant>& instant, const core::Agenda& agenda) {
  return instant ? json(core::format_local_iso(*instant, agenda.time_zone())) : json(nullptr);
}

json people_json(const core::Agenda& agenda, const std::vector<core::Participation>& list,
                 const std::vector<std::string>& languages) {
  json people = json::array();
  for (const auto& p : list) {
    const core::Person& person = agenda.people()[p.person];
    json entry{{"id", person.id},
               {"name", person.name.in(languages)},
               {"role", agenda.role_of(p).in(languages)}};
    if (!p.note.empty()) entry["note"] = p.note.in(languages);
    people.push_back(std::move(entry));
  }
  return people;
}

json session_json(const core::Agenda& agenda, core::SessionIndex index,
                  const std::vector<std::string>& languages) {
  const core::Session& s = agenda.sessions()[index];
  const auto& zone = agenda.time_zone();
  json out{{"id", s.id},
           {"title", s.title.in(languages)},
           {"label", s.label.empty() ? json(nullptr) : json(s.label.in(languages))},
           {"kind", core::to_string(s.kind)},
           {"start", core::format_local_iso(s.effective_start(), zone)},
           {"end", core::format_local_iso(s.effective_end(), zone)},
           {"room", agenda.rooms()[s.effective_room()].id},
           {"status", core::to_string(s.status.state)},
           {"parent", s.parent ? json(agenda.sessions()[*s.parent].id) : json(nullptr)},
           {"moderators", people_json(agenda, s.moderators, languages)},
           {"speakers", people_json(agenda, s.speakers, languages)}};
  if (s.status.state == core::SessionStatus::State::delayed) {
    out["delay_minutes"] = s.status.delay.count();
    out["scheduled_start"] = core::format_local_iso(s.start, zone);
    out["scheduled_end"] = core::format_local_iso(s.end, zone);
  }
  if (s.status.state == core::SessionStatus::State::moved) {
    out["scheduled_room"] = agenda.rooms()[s.room].id;
  }
  return out;
}

json sessions_json(const core::Agenda& agenda, const std::vector<core::SessionIndex>& list,
                   const std::vector<std::string>& languages) {
  json out = json::array();
  for (const auto index : list) out.push_back(session_json(agenda, index, languages));
  return out;
}

}  // namespace

json room_now_json(const core::Schedule& schedule, const core::RoomNow& answer,
                   const std::vector<std::string>& languages) {
  const core::Agenda& agenda = schedule.agenda();
  json parallel = json::array();
  for (std::size_t i = 1; i < answer.now.size(); ++i) {
    parallel.push_back(sessions_json(agenda, answer.now[i], languages));
  }
  return json{
      {"room", agenda.rooms()[answer.room].id},
      {"name", agenda.rooms()[answer.room].name.in(languages)},
      {"state", core::to_string(answer.state)},
      {"now", answer.now.empty() ? json::array() : sessions_json(agenda, answer.now[0], languages)},
      {"parallel", parallel},
      {"next", answer.next ? session_json(agenda, *answer.next, languages) : json(nullptr)},
      {"later", sessions_json(agenda, answer.later, languages)},
      {"resumes_at", optional_time(answer.resumes_at, agenda)},
      {"moved_away", sessions_json(agenda, answer.moved_away, languages)},
  };
}

}  // namespace nownext::app
