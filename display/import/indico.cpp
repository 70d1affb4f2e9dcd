// Indico's timetable export (/export/timetable/ID.json): days of entries, each a session block
// ("Session", with conveners and its own entries), a contribution (with presenters) or a
// break. Dates are local {date, time, tz}.
#include "import/importers.hpp"

#include "import/agenda_builder.hpp"
#include "import/event_zone.hpp"
#include "import/import_time.hpp"
#include "import/json_input.hpp"

#include <nlohmann/json.hpp>

namespace nownext::import {
namespace {

struct Context {
  std::string event_id;
  const date::time_zone* zone = nullptr;
  AgendaBuilder& builder;
};

std::optional<core::Instant> read_date(const core::Json& entry, std::string_view key,
                                       const Context& context) {
  const core::Json& value = object_of(entry, key);
  const auto day = core::parse_date(text_of(value, "date"));
  const auto time = parse_time_of_day(text_of(value, "time"));
  if (!day || !time) return std::nullopt;
  const date::time_zone* zone = core::find_time_zone(text_of(value, "tz"));
  return local_instant(*day, *time, zone != nullptr ? *zone : *context.zone);
}

// A person link: name (or first and family names), affiliation as the role printed.
void add_people(const core::Json& list, std::vector<core::Participation>& into,
                AgendaBuilder& builder) {
  for (const core::Json& p : list) {
    std::string name = text_of(p, "name");
    if (name.empty()) {
      name = text_of(p, "firstName");
      const std::string family = text_of(p, "familyName");
      if (!family.empty()) name += (name.empty() ? "" : " ") + family;
    }
    if (name.empty()) continue;
    const std::string affiliation = text_of(p, "affiliation");
    into.push_back(
        core::Participation{builder.person(name + " " + affiliation, name, affiliation), {}, {}});
  }
}

struct Place {
  std::string id;
  std::string name;
};

void read_entry(const std::string& key, const core::Json& entry, const Place& inherited,
                const std::string& parent, const Context& context) {
  AgendaBuilder& builder = context.builder;
  const std::string type = text_of(entry, "entryType");
  std::string id = text_of(entry, "id");
  if (id.empty()) id = key;
  const std::string where = type + " " + id;
  const auto start = read_date(entry, "startDate", context);
  const auto end = read_date(entry, "endDate", context);
  if (!start || !end) {
    builder.warning(where, "no startDate or endDate that can be read; left out");
    return;
  }
  Place place = inherited;
  if (const std::string room = text_of(entry, "room"); !room.empty()) {
    const std::string room_id = text_of(entry, "roomId");
    place = Place{room_id.empty() ? room : "room-" + room_id, room};
  }
  if (place.name.empty()) place = Place{"no-room", "(no room)"};
  core::Session s;
  s.id = id;
  s.start = *start;
  s.end = *end;
  s.room = builder.room(place.id, place.name);
  std::string title = text_of(entry, "title");
  const std::string slot = text_of(entry, "slotTitle");
  if (!slot.empty() && slot != title) title = title.empty() ? slot : title + ": " + slot;
  s.title = builder.short_text(title.empty() ? type : title, where);
  s.description = builder.long_text(text_of(entry, "description"), where);
  s.parent_id = parent;
  if (type == "Session") {
    s.kind = core::SessionKind::session;
    add_people(array_of(entry, "conveners"), s.moderators, builder);
    add_people(array_of(entry, "chairs"), s.moderators, builder);
  } else if (type == "Break") {
    s.kind = core::SessionKind::break_time;
  } else {
    if (type != "Contribution") builder.warning(where, "unknown entryType; read as a contribution");
    add_people(array_of(entry, "presenters"), s.speakers, builder);
    s.kind = kind_from_words(title).value_or(core::SessionKind::session);
  }
  builder.add_session(std::move(s), where);
  if (type == "Session") {
    for (const auto& [child_key, child] : object_of(entry, "entries").items()) {
      read_entry(child_key, child, place, id, context);
    }
  }
}

// The days of the timetable: results -> {event id -> {YYYYMMDD -> entries}}.
const core::Json* find_days(const core::Json& root, std::string& event_id) {
  const core::Json& results = object_of(root, "results");
  for (const auto& [key, value] : results.items()) {
    if (!value.is_object()) continue;
    event_id = key;
    return &value;
  }
  return nullptr;
}

std::string first_zone_name(const core::Json& days) {
  for (const auto& [day, entries] : days.items()) {
    if (!entries.is_object()) continue;
    for (const auto& [key, entry] : entries.items()) {
      std::string tz = text_of(object_of(entry, "startDate"), "tz");
      if (!tz.empty()) return tz;
    }
  }
  return {};
}

}  // namespace

core::FeedResult import_indico(std::string_view bytes, const core::FeedLimits& limits) {
  core::FeedResult failed;
  const auto root = read_json_document(bytes, limits, failed.errors);
  if (!root) return failed;
  std::string event_id;
  const core::Json* days = find_days(*root, event_id);
  if (days == nullptr) {
    failed.errors.push_back({"results", "has no event timetable (not an Indico timetable export)"});
    return failed;
  }
  AgendaBuilder builder{limits, "indico"};
  core::Event& event = builder.data().event;
  event.id = "indico-" + make_id(event_id);
  event.title = builder.short_text("Indico event " + event_id, "results");
  set_event_zone(event, first_zone_name(*days), std::nullopt, builder);
  const Context context{event_id, event.time_zone, builder};
  std::size_t count = 0;
  for (const auto& [day, entries] : days->items()) {
    if (!entries.is_object()) {
      builder.warning("results." + event_id + "." + day, "not an object of entries; left out");
      continue;
    }
    for (const auto& [key, entry] : entries.items()) {
      if (++count > limits.max_sessions) {
        builder.error("more than " + std::to_string(limits.max_sessions) + " entries");
        return builder.finish();
      }
      read_entry(key, entry, {}, {}, context);
    }
  }
  return builder.finish();
}

}  // namespace nownext::import
