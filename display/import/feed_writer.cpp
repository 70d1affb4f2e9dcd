// An agenda written out as a nownext/1 feed (see feed_writer.hpp).
#include "import/feed_writer.hpp"

#include <nlohmann/json.hpp>

namespace nownext::import {
namespace {

using json = nlohmann::ordered_json;

// A text with one untagged variant is a plain string; otherwise a map of language to text
// (an untagged variant beside tagged ones has no code to go under, and is dropped).
json text_json(const core::Text& text) {
  const auto& variants = text.variants();
  if (variants.size() == 1 && variants.front().first.empty()) return variants.front().second;
  json out = json::object();
  for (const auto& [language, value] : variants) {
    if (!language.empty()) out[language] = value;
  }
  return out;
}

void put_text(json& object, const char* key, const core::Text& text) {
  if (!text.empty()) object[key] = text_json(text);
}

json participants_json(const core::Agenda& agenda, const std::vector<core::Participation>& list) {
  json out = json::array();
  for (const core::Participation& p : list) {
    const std::string& id = agenda.people()[p.person].id;
    if (p.role.empty() && p.note.empty()) {
      out.push_back(id);
      continue;
    }
    json entry{{"person", id}};
    put_text(entry, "role", p.role);
    put_text(entry, "note", p.note);
    out.push_back(std::move(entry));
  }
  return out;
}

json status_json(const core::Agenda& agenda, const core::SessionStatus& status) {
  json out{{"state", core::to_string(status.state)}};
  if (status.state == core::SessionStatus::State::delayed) out["minutes"] = status.delay.count();
  if (status.state == core::SessionStatus::State::moved)
    out["room"] = agenda.rooms()[status.moved_to].id;
  return out;
}

json session_json(const core::Agenda& agenda, const core::Session& s) {
  const auto& zone = agenda.time_zone();
  json out{{"id", s.id},
           {"room", agenda.rooms()[s.room].id},
           {"start", core::format_local_iso(s.start, zone)},
           {"end", core::format_local_iso(s.end, zone)},
           {"kind", core::to_string(s.kind)}};
  put_text(out, "label", s.label);
  out["title"] = text_json(s.title);
  put_text(out, "description", s.description);
  if (!s.questions.empty()) {
    json questions = json::array();
    for (const core::Text& q : s.questions) questions.push_back(text_json(q));
    out["questions"] = std::move(questions);
  }
  if (!s.moderators.empty()) out["moderators"] = participants_json(agenda, s.moderators);
  if (!s.speakers.empty()) out["speakers"] = participants_json(agenda, s.speakers);
  if (s.parent) out["parent"] = agenda.sessions()[*s.parent].id;
  if (s.status.state != core::SessionStatus::State::scheduled)
    out["status"] = status_json(agenda, s.status);
  return out;
}

json event_json(const core::Event& e) {
  json out{{"id", e.id}, {"title", text_json(e.title)}};
  put_text(out, "subtitle", e.subtitle);
  put_text(out, "description", e.description);
  put_text(out, "venue", e.venue);
  out["time_zone"] = e.time_zone_name;
  if (e.day_change) out["day_change"] = e.day_change->count();
  if (!e.languages.empty()) out["languages"] = e.languages;
  return out;
}

json announcement_json(const core::Agenda& agenda, const core::Announcement& a) {
  json out{{"id", a.id}, {"text", text_json(a.text)}, {"severity", core::to_string(a.severity)}};
  if (a.from) out["from"] = core::format_local_iso(*a.from, agenda.time_zone());
  if (a.until) out["until"] = core::format_local_iso(*a.until, agenda.time_zone());
  if (!a.rooms.empty()) {
    json rooms = json::array();
    for (const core::RoomIndex r : a.rooms) rooms.push_back(agenda.rooms()[r].id);
    out["rooms"] = std::move(rooms);
  }
  return out;
}

}  // namespace

std::string write_feed(const core::Agenda& agenda) {
  json feed{{"format", "nownext/1"}, {"event", event_json(agenda.event())}};
  json rooms = json::array();
  for (const core::Room& r : agenda.rooms())
    rooms.push_back({{"id", r.id}, {"name", text_json(r.name)}});
  feed["rooms"] = std::move(rooms);
  json people = json::array();
  for (const core::Person& p : agenda.people()) {
    json person{{"id", p.id}, {"name", text_json(p.name)}};
    put_text(person, "role", p.role);
    people.push_back(std::move(person));
  }
  feed["people"] = std::move(people);
  json sessions = json::array();
  for (const core::Session& s : agenda.sessions()) sessions.push_back(session_json(agenda, s));
  feed["sessions"] = std::move(sessions);
  if (!agenda.announcements().empty()) {
    json announcements = json::array();
    for (const auto& a : agenda.announcements())
      announcements.push_back(announcement_json(agenda, a));
    feed["announcements"] = std::move(announcements);
  }
  return feed.dump(2) + "\n";
}

}  // namespace nownext::import
