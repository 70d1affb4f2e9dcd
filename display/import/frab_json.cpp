// frab and pretalx schedule.json (c3voc schema, v1 days -> rooms -> events and v2 with a flat
// events list) read into the shared frab tree.
#include "import/importers.hpp"

#include "import/frab_schedule.hpp"
#include "import/json_input.hpp"

#include <nlohmann/json.hpp>

namespace nownext::import {
namespace {

std::vector<FrabPerson> read_persons(const core::Json& event) {
  std::vector<FrabPerson> persons;
  for (const auto* key : {"persons", "participants"}) {
    for (const core::Json& p : array_of(event, key)) {
      FrabPerson person;
      for (const auto* id : {"guid", "code", "id"}) {
        person.id = text_of(p, id);
        if (!person.id.empty()) break;
      }
      for (const auto* name : {"public_name", "name", "full_name"}) {
        person.name = text_of(p, name);
        if (!person.name.empty()) break;
      }
      person.role = text_of(p, "role");
      if (person.id.empty()) person.id = person.name;
      persons.push_back(std::move(person));
    }
  }
  return persons;
}

FrabEvent read_event(const core::Json& e, std::string_view day, std::string_view room_name) {
  FrabEvent event;
  event.guid = text_of(e, "guid");
  event.id = text_of(e, "id");
  if (event.id.empty()) event.id = text_of(e, "code");
  event.date = text_of(e, "date");
  event.start = text_of(e, "start");
  event.end = text_of(e, "end");
  event.duration = text_of(e, "duration");
  event.day = std::string{day};
  const core::Json& room = object_of(e, "room");
  if (!room.empty()) {  // v2: a reference with a guid
    event.room_id = text_of(room, "guid");
    event.room_name = text_of(room, "name");
    if (event.room_name.empty()) event.room_name = event.room_id;
  } else {
    event.room_name = text_of(e, "room");
    if (event.room_name.empty()) event.room_name = std::string{room_name};
  }
  event.title = text_of(e, "title");
  event.subtitle = text_of(e, "subtitle");
  event.type = text_of(e, "type");
  event.track = text_of(e, "track");
  event.language = text_of(e, "language");
  event.abstract = text_of(e, "abstract");
  event.description = text_of(e, "description");
  event.state = text_of(e, "state");
  event.persons = read_persons(e);
  event.where = "event " + (event.id.empty() ? event.guid : event.id) + " (" +
                (day.empty() ? event.start : std::string{day}) + ", " + event.room_name + ")";
  return event;
}

}  // namespace

core::FeedResult import_frab_json(std::string_view bytes, const core::FeedLimits& limits) {
  core::FeedResult failed;
  const auto root = read_json_document(bytes, limits, failed.errors);
  if (!root) return failed;
  const core::Json& schedule = object_of(*root, "schedule");
  const core::Json& conference = object_of(schedule, "conference");
  if (conference.empty()) {
    failed.errors.push_back({"schedule.conference", "is required (not a frab schedule.json)"});
    return failed;
  }
  FrabSchedule s;
  s.acronym = text_of(conference, "acronym");
  s.title = text_of(conference, "title");
  s.subtitle = text_of(conference, "description");
  s.time_zone_name = text_of(conference, "time_zone_name");
  s.day_change = text_of(conference, "day_change");
  for (const core::Json& room : array_of(conference, "rooms")) {
    std::string id = text_of(room, "guid");
    if (id.empty()) id = text_of(room, "slug");
    s.rooms.push_back(FrabRoom{std::move(id), text_of(room, "name")});
  }
  const core::Json& days = array_of(conference, "days");
  for (const core::Json& day : days) {
    if (s.first_day_end.empty()) s.first_day_end = text_of(day, "day_end");
    if (s.first_day_end.empty()) s.first_day_end = text_of(day, "end");
    const std::string date = text_of(day, "date");
    for (const auto& [key, events] : object_of(day, "rooms").items()) {
      const std::string& room_name = key;  // a lambda cannot capture a binding (clang 14)
      if (std::none_of(s.rooms.begin(), s.rooms.end(),
                       [&](const FrabRoom& r) { return r.name == room_name; })) {
        s.rooms.push_back(FrabRoom{{}, room_name});
      }
      if (!events.is_array()) continue;
      for (const core::Json& e : events) s.events.push_back(read_event(e, date, room_name));
    }
  }
  for (const core::Json& e : array_of(schedule, "events"))
    s.events.push_back(read_event(e, {}, {}));
  if (days.empty() && s.events.empty()) {
    failed.errors.push_back({"schedule.conference.days", "has no days and no events"});
    return failed;
  }
  if (s.events.size() > limits.max_sessions) {
    failed.errors.push_back({"", std::to_string(s.events.size()) + " events; at most " +
                                     std::to_string(limits.max_sessions) + " are allowed"});
    return failed;
  }
  return build_frab_agenda(s, "frab-json", limits);
}

}  // namespace nownext::import
