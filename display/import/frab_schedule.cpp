// One mapping from the frab/pretalx tree to an agenda, for schedule.json and schedule.xml.
#include "import/frab_schedule.hpp"

#include "import/agenda_builder.hpp"
#include "import/event_zone.hpp"
#include "import/import_time.hpp"

#include <map>
#include <set>

namespace nownext::import {
namespace {

bool role_moderates(std::string_view role) {
  return role == "moderator" || role == "host" || role == "chair" || role == "facilitator";
}

bool state_cancels(std::string_view state) {
  return state == "canceled" || state == "cancelled" || state == "withdrawn" || state == "rejected";
}

// The start and end of an event, from v2's start/end or v1's date (or day + start) and
// duration; nullopt with a warning naming the event when neither can be read.
std::optional<std::pair<core::Instant, core::Instant>> event_times(const FrabEvent& e,
                                                                   const date::time_zone& zone,
                                                                   AgendaBuilder& builder) {
  std::optional<core::Instant> start;
  if (!e.date.empty()) start = core::parse_instant(e.date);
  if (!start && e.start.size() > 8) start = core::parse_instant(e.start);
  if (!start && !e.day.empty()) {
    const auto day = core::parse_date(e.day);
    const auto time = parse_time_of_day(e.start);
    if (day && time) start = local_instant(*day, *time, zone);
  }
  if (!start) {
    builder.warning(e.where, "no start time that can be read ('" +
                                 (e.date.empty() ? e.start : e.date) + "'); left out");
    return std::nullopt;
  }
  if (!e.end.empty()) {
    if (const auto end = core::parse_instant(e.end)) return std::pair{*start, *end};
  }
  const auto duration = parse_duration(e.duration);
  if (!duration) {
    builder.warning(e.where, "duration '" + e.duration + "' is not HH:MM; left out");
    return std::nullopt;
  }
  return std::pair{*start, *start + *duration};
}

// The venue day's start hour: the conference's day_change, else the hour the first day ends
// (rounded up: FOSDEM's days end at 08:59 for a 09:00 change).
std::optional<std::chrono::hours> day_change_of(const FrabSchedule& s) {
  if (const auto time = parse_time_of_day(s.day_change)) {
    return std::chrono::ceil<std::chrono::hours>(*time);
  }
  if (s.first_day_end.size() >= 16) {
    if (const auto time = parse_time_of_day(std::string_view{s.first_day_end}.substr(11, 5))) {
      const auto hours = std::chrono::ceil<std::chrono::hours>(*time);
      if (hours.count() <= 12) return hours;
    }
  }
  return std::nullopt;
}

void add_event(const FrabEvent& e, const std::map<std::string, std::string, std::less<>>& room_ids,
               const date::time_zone& zone, AgendaBuilder& builder) {
  const auto times = event_times(e, zone, builder);
  if (!times) return;
  core::Session s;
  s.id = !e.guid.empty() ? e.guid : e.id;
  s.start = times->first;
  s.end = times->second;
  std::string room_id = e.room_id;
  if (room_id.empty()) {
    const auto declared = room_ids.find(e.room_name);
    room_id = declared != room_ids.end() ? declared->second : e.room_name;
  }
  s.room = builder.room(room_id, e.room_name);
  s.title = builder.short_text(e.title, e.where);
  if (s.title.empty()) {
    builder.warning(e.where, "no title; shown as its type");
    s.title = builder.short_text(e.type.empty() ? "(untitled)" : e.type, e.where);
  }
  const std::string& body = !e.abstract.empty() ? e.abstract : e.description;
  s.description =
      builder.long_text(e.subtitle.empty() ? body : e.subtitle + "\n\n" + body, e.where);
  s.kind = kind_from_words(e.type).value_or(kind_from_words(e.title).value_or(s.kind));
  for (const FrabPerson& p : e.persons) {
    if (p.name.empty()) continue;
    const core::Participation participation{builder.person(p.id, p.name), {}, {}};
    (role_moderates(p.role) ? s.moderators : s.speakers).push_back(participation);
  }
  if (state_cancels(e.state)) s.status.state = core::SessionStatus::State::cancelled;
  builder.count_language(e.language);
  builder.add_session(std::move(s), e.where);
}

}  // namespace

core::FeedResult build_frab_agenda(const FrabSchedule& schedule, std::string format,
                                   const core::FeedLimits& limits) {
  AgendaBuilder builder{limits, std::move(format)};
  core::Event& event = builder.data().event;
  event.id = make_id(schedule.acronym);
  if (event.id.empty()) event.id = "conference";
  event.title = builder.short_text(schedule.title.empty() ? schedule.acronym : schedule.title,
                                   "conference.title");
  event.subtitle = builder.long_text(schedule.subtitle, "conference.subtitle");
  const std::string venue = schedule.venue.empty() || schedule.city.empty()
                                ? schedule.venue + schedule.city
                                : schedule.venue + ", " + schedule.city;
  event.venue = builder.short_text(venue, "conference.venue");
  std::string first_time;
  for (const FrabEvent& e : schedule.events) {
    first_time = !e.date.empty() ? e.date : e.start;
    if (offset_of(first_time)) break;
  }
  set_event_zone(event, schedule.time_zone_name, offset_of(first_time), builder);
  event.day_change = day_change_of(schedule);

  std::map<std::string, std::string, std::less<>> room_ids;  // declared name -> stable id
  for (const FrabRoom& room : schedule.rooms) {
    if (!room.id.empty()) room_ids.emplace(room.name, room.id);
  }
  // Declared rooms first, in their order, so that the hallway keeps the export's; a room no
  // event uses is not kept (FOSDEM declares each day's rooms, some empty).
  std::set<std::string_view> used;
  for (const FrabEvent& e : schedule.events) used.insert(e.room_name);
  for (const FrabRoom& room : schedule.rooms) {
    if (used.contains(room.name)) builder.room(room.id.empty() ? room.name : room.id, room.name);
  }
  for (const FrabEvent& e : schedule.events) add_event(e, room_ids, *event.time_zone, builder);
  return builder.finish();
}

}  // namespace nownext::import
