// frab and Pentabarf schedule.xml (as FOSDEM and the c3voc schema publish it), read with
// pugixml into the shared frab tree.
#include "import/importers.hpp"

#include "import/agenda_builder.hpp"
#include "import/frab_schedule.hpp"

#include <pugixml.hpp>

#include <algorithm>

namespace nownext::import {
namespace {

std::string child_text(const pugi::xml_node& node, const char* name) {
  return node.child(name).text().get();
}

std::string attribute(const pugi::xml_node& node, const char* name) {
  return node.attribute(name).value();
}

FrabEvent read_event(const pugi::xml_node& e, const std::string& day, const FrabRoom& room) {
  FrabEvent event;
  event.guid = attribute(e, "guid");
  event.id = attribute(e, "id");
  event.date = child_text(e, "date");
  event.start = child_text(e, "start");
  event.duration = child_text(e, "duration");
  event.day = day;
  event.room_name = child_text(e, "room");
  if (event.room_name.empty()) event.room_name = room.name;
  if (event.room_name == room.name) event.room_id = room.id;
  event.title = child_text(e, "title");
  event.subtitle = child_text(e, "subtitle");
  event.type = child_text(e, "type");
  event.track = child_text(e, "track");
  event.language = child_text(e, "language");
  event.abstract = child_text(e, "abstract");
  event.description = child_text(e, "description");
  event.state = child_text(e, "state");
  for (const pugi::xml_node& p : e.child("persons").children("person")) {
    FrabPerson person;
    person.id = attribute(p, "guid");
    if (person.id.empty()) person.id = attribute(p, "id");
    person.name = p.text().get();
    person.role = attribute(p, "role");
    if (person.id.empty()) person.id = person.name;
    event.persons.push_back(std::move(person));
  }
  event.where = "event " + (event.id.empty() ? event.guid : event.id) + " (" + day + ", " +
                event.room_name + ")";
  return event;
}

FrabRoom read_room(const pugi::xml_node& room) {
  std::string id = attribute(room, "guid");
  if (id.empty()) id = attribute(room, "slug");
  return FrabRoom{std::move(id), attribute(room, "name")};
}

}  // namespace

core::FeedResult import_frab_xml(std::string_view bytes, const core::FeedLimits& limits) {
  core::FeedResult failed;
  if (!fits_size_limit(bytes, limits, failed.errors)) return failed;
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed =
      doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    failed.errors.push_back({"", std::string{"not valid XML: "} + parsed.description() +
                                     " at byte " + std::to_string(parsed.offset)});
    return failed;
  }
  const pugi::xml_node schedule = doc.child("schedule");
  const pugi::xml_node conference = schedule.child("conference");
  if (!conference) {
    failed.errors.push_back({"schedule.conference", "is required (not a frab schedule.xml)"});
    return failed;
  }
  FrabSchedule s;
  s.acronym = child_text(conference, "acronym");
  s.title = child_text(conference, "title");
  s.subtitle = child_text(conference, "subtitle");
  s.venue = child_text(conference, "venue");
  s.city = child_text(conference, "city");
  s.time_zone_name = child_text(conference, "time_zone_name");
  s.day_change = child_text(conference, "day_change");
  const auto declare = [&](FrabRoom room) {
    const bool known = std::any_of(s.rooms.begin(), s.rooms.end(),
                                   [&](const FrabRoom& r) { return r.name == room.name; });
    if (!known) s.rooms.push_back(std::move(room));
  };
  for (const pugi::xml_node& room : schedule.child("rooms").children("room")) {
    declare(read_room(room));
  }
  std::size_t events = 0;
  for (const pugi::xml_node& day : schedule.children("day")) {
    if (s.first_day_end.empty()) s.first_day_end = attribute(day, "end");
    const std::string date = attribute(day, "date");
    for (const pugi::xml_node& room_node : day.children("room")) {
      const FrabRoom room = read_room(room_node);
      declare(room);
      for (const pugi::xml_node& e : room_node.children("event")) {
        if (++events > limits.max_sessions) {
          failed.errors.push_back(
              {"", "more than " + std::to_string(limits.max_sessions) + " events are not allowed"});
          return failed;
        }
        s.events.push_back(read_event(e, date, room));
      }
    }
  }
  if (!schedule.child("day")) {
    failed.errors.push_back({"schedule.day", "no days in the schedule"});
    return failed;
  }
  return build_frab_agenda(s, "frab-xml", limits);
}

}  // namespace nownext::import
