// iCalendar (RFC 5545) read with libical: each VEVENT a session, LOCATION its room.
// The repairs that real calendars need (CR CR LF, folds inside a UTF-8 character, TZID
// without VTIMEZONE, all-day events) are described in feeds/IMPORTS.md.
#include "import/importers.hpp"

#include "import/agenda_builder.hpp"
#include "import/event_zone.hpp"
#include "import/import_time.hpp"

#include <libical/ical.h>

#include <date/tz.h>

#include <memory>
#include <mutex>

namespace nownext::import {
namespace {

struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

// Line ends made CR LF (a stray CR before one, as in CR CR LF, dropped) and folds undone
// here rather than by the parser, so that a fold between the bytes of one UTF-8 character
// joins them again.
std::string unfolded(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (c == '\r') continue;
    if (c == '\n') {
      if (i + 1 < bytes.size() && (bytes[i + 1] == ' ' || bytes[i + 1] == '\t')) {
        ++i;  // a fold: the next line goes on this one
        continue;
      }
      out += "\r\n";
      continue;
    }
    out += c;
  }
  return out;
}

std::string text_or_empty(const char* text) {
  return text == nullptr ? std::string{} : text;
}

std::string parameter(icalproperty* property, const char* name) {
  return text_or_empty(icalproperty_get_parameter_as_string(property, name));
}

std::string x_property(icalcomponent* component, std::string_view name) {
  for (icalproperty* p = icalcomponent_get_first_property(component, ICAL_X_PROPERTY); p != nullptr;
       p = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)) {
    if (text_or_empty(icalproperty_get_x_name(p)) == name)
      return text_or_empty(icalproperty_get_value_as_string(p));
  }
  return {};
}

struct CalendarTime {
  core::Instant instant;
  bool all_day = false;
};

// DTSTART or DTEND as an instant: UTC when it says so, else local in its TZID (looked up in
// the tz database, VTIMEZONE or not), else in the event's zone (a floating time).
std::optional<CalendarTime> read_time(icalcomponent* event, icalproperty_kind kind,
                                      const date::time_zone& event_zone, const std::string& where,
                                      AgendaBuilder& builder) {
  icalproperty* property = icalcomponent_get_first_property(event, kind);
  if (property == nullptr) return std::nullopt;
  const icaltimetype t = kind == ICAL_DTSTART_PROPERTY ? icalproperty_get_dtstart(property)
                                                       : icalproperty_get_dtend(property);
  if (icaltime_is_null_time(t) != 0 || t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31) {
    builder.warning(where, "a time that cannot be read");
    return std::nullopt;
  }
  const std::chrono::year_month_day day{std::chrono::year{t.year},
                                        std::chrono::month{static_cast<unsigned>(t.month)},
                                        std::chrono::day{static_cast<unsigned>(t.day)}};
  if (t.is_date != 0) return CalendarTime{local_instant(day, {}, event_zone), true};
  const std::chrono::seconds time_of_day{t.hour * 3600 + t.minute * 60 + t.second};
  if (icaltime_is_utc(t) != 0) {
    return CalendarTime{core::Instant{std::chrono::sys_days{day}.time_since_epoch()} + time_of_day};
  }
  const date::time_zone* zone = &event_zone;
  if (const std::string tzid = parameter(property, "TZID"); !tzid.empty()) {
    zone = core::find_time_zone(tzid);
    if (zone == nullptr) {
      builder.warning(where, "unknown TZID '" + tzid + "'; read in the event's time zone");
      zone = &event_zone;
    }
  }
  return CalendarTime{local_instant(day, time_of_day, *zone), false};
}

// The calendar's zone name: X-WR-TIMEZONE, else its first VTIMEZONE, else the first TZID.
std::string calendar_zone_name(icalcomponent* calendar) {
  if (std::string name = x_property(calendar, "X-WR-TIMEZONE"); !name.empty()) return name;
  if (icalcomponent* vtz = icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT)) {
    if (icalproperty* tzid = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY))
      return text_or_empty(icalproperty_get_tzid(tzid));
  }
  for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
       e != nullptr; e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    if (icalproperty* start = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY)) {
      if (std::string tzid = parameter(start, "TZID"); !tzid.empty()) return tzid;
    }
  }
  return {};
}

void read_people(icalcomponent* event, core::Session& session, AgendaBuilder& builder) {
  for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY);
       p != nullptr; p = icalcomponent_get_next_property(event, ICAL_ATTENDEE_PROPERTY)) {
    const std::string name = parameter(p, "CN");
    if (name.empty()) continue;  // an address alone is no name to show
    const core::Participation participation{builder.person(name, name), {}, {}};
    (parameter(p, "ROLE") == "CHAIR" ? session.moderators : session.speakers)
        .push_back(participation);
  }
}

std::string parent_of(icalcomponent* event) {
  for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_RELATEDTO_PROPERTY);
       p != nullptr; p = icalcomponent_get_next_property(event, ICAL_RELATEDTO_PROPERTY)) {
    const std::string type = parameter(p, "RELTYPE");
    if (type.empty() || type == "PARENT") return text_or_empty(icalproperty_get_relatedto(p));
  }
  return {};
}

void read_event(icalcomponent* event, std::size_t index, const date::time_zone& zone,
                AgendaBuilder& builder) {
  core::Session s;
  s.id = text_or_empty(icalcomponent_get_uid(event));
  const std::string where =
      "VEVENT " + std::to_string(index + 1) + (s.id.empty() ? std::string{} : " (" + s.id + ")");
  if (s.id.empty()) s.id = "event-" + std::to_string(index + 1);
  for (icalproperty* e = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY);
       e != nullptr; e = icalcomponent_get_next_property(event, ICAL_XLICERROR_PROPERTY)) {
    builder.warning(where, text_or_empty(icalproperty_get_xlicerror(e)));
  }
  const auto start = read_time(event, ICAL_DTSTART_PROPERTY, zone, where, builder);
  if (!start) {
    builder.warning(where, "no DTSTART; left out");
    return;
  }
  if (start->all_day) {
    builder.warning(where, "an all-day event (DTSTART;VALUE=DATE) is no session; left out");
    return;
  }
  s.start = start->instant;
  if (const auto end = read_time(event, ICAL_DTEND_PROPERTY, zone, where, builder)) {
    s.end = end->instant;
  } else if (icalproperty* d = icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY)) {
    s.end = s.start + std::chrono::seconds{icaldurationtype_as_int(icalproperty_get_duration(d))};
  } else {
    s.end = s.start;  // RFC 5545 3.6.1: a point in time; the validator says so
  }
  const std::string location = text_or_empty(icalcomponent_get_location(event));
  s.room = builder.room(location.empty() ? "no-location" : location,
                        location.empty() ? "(no location)" : location);
  const std::string summary = text_or_empty(icalcomponent_get_summary(event));
  s.title = builder.short_text(summary.empty() ? "(untitled)" : summary, where);
  s.description = builder.long_text(text_or_empty(icalcomponent_get_description(event)), where);
  if (icalproperty* p = icalcomponent_get_first_property(event, ICAL_SUMMARY_PROPERTY)) {
    builder.count_language(parameter(p, "LANGUAGE").substr(0, 2));
  }
  const std::string categories = [&] {
    icalproperty* p = icalcomponent_get_first_property(event, ICAL_CATEGORIES_PROPERTY);
    return p == nullptr ? std::string{} : text_or_empty(icalproperty_get_categories(p));
  }();
  s.kind = kind_from_words(categories).value_or(kind_from_words(summary).value_or(s.kind));
  read_people(event, s, builder);
  s.parent_id = make_id(parent_of(event));
  if (icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED)
    s.status.state = core::SessionStatus::State::cancelled;
  builder.add_session(std::move(s), where);
}

}  // namespace

core::FeedResult import_icalendar(std::string_view bytes, const core::FeedLimits& limits) {
  core::FeedResult failed;
  if (!fits_size_limit(bytes, limits, failed.errors)) return failed;
  static std::once_flag quiet;
  std::call_once(quiet, [] { icalerror_set_errors_are_fatal(0); });
  const std::string text = unfolded(bytes);
  ComponentPtr root{icalparser_parse_string(text.c_str())};
  icalcomponent* calendar = root.get();
  if (calendar != nullptr && icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT) {
    calendar = icalcomponent_get_first_component(calendar, ICAL_VCALENDAR_COMPONENT);
  }
  if (calendar == nullptr) {
    failed.errors.push_back({"", "not an iCalendar file (no VCALENDAR)"});
    return failed;
  }
  AgendaBuilder builder{limits, "ical"};
  core::Event& event = builder.data().event;
  const std::string name = x_property(calendar, "X-WR-CALNAME");
  event.id = make_id(name);
  if (event.id.empty()) event.id = "calendar";
  event.title = builder.short_text(name.empty() ? "Calendar" : name, "X-WR-CALNAME");
  event.description = builder.long_text(x_property(calendar, "X-WR-CALDESC"), "X-WR-CALDESC");
  set_event_zone(event, calendar_zone_name(calendar), std::nullopt, builder);
  std::size_t index = 0;
  for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
       e != nullptr; e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    if (index == limits.max_sessions) {
      builder.error("more than " + std::to_string(limits.max_sessions) + " events");
      break;
    }
    read_event(e, index++, *event.time_zone, builder);
  }
  return builder.finish();
}

}  // namespace nownext::import
