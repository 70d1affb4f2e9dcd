// The tree that frab and pretalx publish as schedule.json and schedule.xml (the c3voc schema):
// conference -> days -> rooms -> events. Both readers fill these plain structs; one builder
// turns them into an agenda, so the two formats map the same way (feeds/IMPORTS.md).
#pragma once

#include "core/feed_parser.hpp"

#include <string>
#include <vector>

namespace nownext::import {

struct FrabPerson {
  std::string id;    // guid, code or number, whichever the export has
  std::string name;  // public_name or name
  std::string role;  // the c3voc v2 participant's role ("speaker", "moderator", ...); may be empty
};

struct FrabEvent {
  std::string where;  // for messages: "event 10386 (2019-08-21, Curie)"
  std::string guid;
  std::string id;
  std::string date;      // ISO 8601 start with offset (v1), or
  std::string start;     // ISO start (v2) or "HH:MM" of the day (v1, used when `date` is absent)
  std::string end;       // ISO end (v2)
  std::string duration;  // "HH:MM" (v1)
  std::string day;       // the day's date "YYYY-MM-DD", for a bare "HH:MM" start
  std::string room_id;   // a stable id when the export has one (guid, slug)
  std::string room_name;
  std::string title;
  std::string subtitle;
  std::string type;
  std::string track;
  std::string language;
  std::string abstract;
  std::string description;
  std::string state;  // "canceled", "withdrawn", ... when the export says
  std::vector<FrabPerson> persons;
};

struct FrabRoom {
  std::string id;  // guid or slug; may be empty
  std::string name;
};

struct FrabSchedule {
  std::string acronym;
  std::string title;
  std::string subtitle;
  std::string venue;
  std::string city;
  std::string time_zone_name;   // may be empty (pretalx before 2021)
  std::string day_change;       // "HH:MM[:SS]" (XML); may be empty
  std::string first_day_end;    // ISO end of the first day, for day_change when it is absent
  std::vector<FrabRoom> rooms;  // as declared, in order
  std::vector<FrabEvent> events;
};

// The agenda of a frab/pretalx schedule, every event checked on its own.
// `format` names the source in the agenda: "frab-json" or "frab-xml".
[[nodiscard]] core::FeedResult build_frab_agenda(const FrabSchedule& schedule, std::string format,
                                                 const core::FeedLimits& limits);

}  // namespace nownext::import
