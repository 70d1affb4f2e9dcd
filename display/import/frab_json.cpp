// frab and pretalx schedule.json (c3voc schema, v1 days -> rooms -> events and v2 with a flat
// events list) read into the shared frab tree. A SAX reader: a congress's export is over a
// megabyte, and building then walking a whole document tree cost as much as the rest of the
// import (see the import benchmarks).
#include "import/importers.hpp"

#include "core/feed_fields.hpp"
#include "core/json_depth.hpp"
#include "import/agenda_builder.hpp"
#include "import/frab_schedule.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

namespace nownext::import {
namespace {

using Json = nlohmann::json;

// Where in the tree a container is; everything else is skipped.
enum class Place {
  root,
  schedule,
  conference,
  conference_rooms,  // array
  conference_room,
  days,  // array
  day,
  day_rooms,        // object: room name -> events
  day_room_events,  // array
  events,           // array (v2)
  event,
  event_room,  // v2: {guid, name}
  persons,     // array
  person,
  skip,
};

class FrabSax final : public nlohmann::json_sax<Json> {
 public:
  explicit FrabSax(FrabSchedule& schedule) : s_(schedule) {}

  [[nodiscard]] const std::string& error() const { return error_; }
  [[nodiscard]] bool saw_conference() const { return saw_conference_; }
  [[nodiscard]] std::size_t days() const { return days_; }

  bool null() override { return true; }
  bool boolean(bool /*value*/) override { return true; }
  bool number_integer(number_integer_t value) override {
    std::string text = std::to_string(value);
    return scalar(text);
  }
  bool number_unsigned(number_unsigned_t value) override {
    std::string text = std::to_string(value);
    return scalar(text);
  }
  bool number_float(number_float_t /*value*/, const string_t& /*text*/) override { return true; }
  bool string(string_t& value) override { return scalar(value); }
  bool binary(binary_t& /*value*/) override { return true; }
  bool key(string_t& value) override {
    key_ = std::move(value);
    return true;
  }
  bool start_object(std::size_t /*size*/) override {
    const Place place = inside(true);
    if (place == Place::conference) saw_conference_ = true;
    if (place == Place::day) {
      ++days_;
      day_ = {};
    }
    if (place == Place::event) start_event();
    if (place == Place::person) person_ = {};
    stack_.push_back(place);
    return true;
  }
  bool end_object() override {
    const Place place = stack_.back();
    stack_.pop_back();
    if (place == Place::event) end_event();
    if (place == Place::person) end_person();
    if (place == Place::day && s_.first_day_end.empty()) s_.first_day_end = day_.end;
    if (place == Place::conference_room) {
      s_.rooms.push_back(FrabRoom{!room_.guid.empty() ? room_.guid : room_.slug, room_.name});
      room_ = {};
    }
    return true;
  }
  bool start_array(std::size_t /*size*/) override {
    const Place place = inside(false);
    if (place == Place::day_room_events) {
      day_room_ = key_;
      declare_room(day_room_);
    }
    stack_.push_back(place);
    return true;
  }
  bool end_array() override {
    stack_.pop_back();
    return true;
  }
  bool parse_error(std::size_t /*position*/, const std::string& /*token*/,
                   const nlohmann::detail::exception& e) override {
    error_ = "not valid JSON: " + core::readable_json_error(e);
    return false;
  }

 private:
  struct RoomFields {
    std::string guid, slug, name;
  };

  // The place of a container opening now (an object when `object`), from where it opens.
  [[nodiscard]] Place inside(bool object) const {
    if (stack_.empty()) return object ? Place::root : Place::skip;
    const Place top = stack_.back();
    const bool keyed = top != Place::conference_rooms && top != Place::days &&
                       top != Place::day_room_events && top != Place::events &&
                       top != Place::persons;
    const std::string_view key = keyed ? std::string_view{key_} : std::string_view{};
    switch (top) {
      case Place::root: return object && key == "schedule" ? Place::schedule : Place::skip;
      case Place::schedule:
        if (object && key == "conference") return Place::conference;
        return !object && key == "events" ? Place::events : Place::skip;
      case Place::conference:
        if (!object && key == "rooms") return Place::conference_rooms;
        return !object && key == "days" ? Place::days : Place::skip;
      case Place::conference_rooms: return object ? Place::conference_room : Place::skip;
      case Place::days: return object ? Place::day : Place::skip;
      case Place::day: return object && key == "rooms" ? Place::day_rooms : Place::skip;
      case Place::day_rooms: return object ? Place::skip : Place::day_room_events;
      case Place::day_room_events:
      case Place::events: return object ? Place::event : Place::skip;
      case Place::event:
        if (object && key == "room") return Place::event_room;
        return !object && (key == "persons" || key == "participants") ? Place::persons
                                                                      : Place::skip;
      case Place::persons: return object ? Place::person : Place::skip;
      default: return Place::skip;
    }
  }

  bool scalar(std::string& value) {
    if (stack_.empty()) return true;
    switch (stack_.back()) {
      case Place::conference: conference_field(value); break;
      case Place::conference_room: room_field(room_, value); break;
      case Place::day:
        if (key_ == "date") day_.date = std::move(value);
        if (key_ == "day_end" || key_ == "end") day_.end = std::move(value);
        break;
      case Place::event: event_field(value); break;
      case Place::event_room: room_field(event_room_, value); break;
      case Place::person: person_field(value); break;
      default: break;
    }
    return true;
  }

  void conference_field(std::string& value) {
    if (key_ == "acronym") s_.acronym = std::move(value);
    if (key_ == "title") s_.title = std::move(value);
    if (key_ == "description") s_.subtitle = std::move(value);
    if (key_ == "time_zone_name") s_.time_zone_name = std::move(value);
    if (key_ == "day_change") s_.day_change = std::move(value);
  }

  void room_field(RoomFields& room, std::string& value) {
    if (key_ == "guid") room.guid = std::move(value);
    if (key_ == "slug") room.slug = std::move(value);
    if (key_ == "name") room.name = std::move(value);
  }

  void event_field(std::string& value) {
    static constexpr std::pair<std::string_view, std::string FrabEvent::*> fields[] = {
        {"guid", &FrabEvent::guid},         {"id", &FrabEvent::id},
        {"date", &FrabEvent::date},         {"start", &FrabEvent::start},
        {"end", &FrabEvent::end},           {"duration", &FrabEvent::duration},
        {"room", &FrabEvent::room_name},    {"title", &FrabEvent::title},
        {"subtitle", &FrabEvent::subtitle}, {"type", &FrabEvent::type},
        {"track", &FrabEvent::track},       {"language", &FrabEvent::language},
        {"abstract", &FrabEvent::abstract}, {"description", &FrabEvent::description},
        {"state", &FrabEvent::state},
    };
    for (const auto& [name, field] : fields) {
      if (key_ == name) {
        event_.*field = std::move(value);
        return;
      }
    }
    if (key_ == "code" && event_.id.empty()) event_.id = std::move(value);
  }

  void person_field(std::string& value) {
    if (key_ == "guid") person_guid_ = std::move(value);
    if (key_ == "code") person_code_ = std::move(value);
    if (key_ == "id") person_.id = std::move(value);
    if (key_ == "public_name") person_public_name_ = std::move(value);
    if (key_ == "name") person_.name = std::move(value);
    if (key_ == "full_name") person_full_name_ = std::move(value);
    if (key_ == "role") person_.role = std::move(value);
  }

  void start_event() {
    event_ = {};
    event_room_ = {};
    const bool in_day = stack_.back() == Place::day_room_events;
    if (in_day) {
      event_.day = day_.date;
      event_.room_name = day_room_;
    }
  }

  void end_event() {
    if (!event_room_.guid.empty() || !event_room_.name.empty()) {  // v2
      event_.room_id = event_room_.guid;
      event_.room_name = !event_room_.name.empty() ? event_room_.name : event_room_.guid;
    }
    event_.where = "event " + (event_.id.empty() ? event_.guid : event_.id) + " (" +
                   (event_.day.empty() ? event_.start : event_.day) + ", " + event_.room_name + ")";
    s_.events.push_back(std::move(event_));
  }

  void end_person() {
    // The id: guid, else code, else number; the name: public name, else name, else full name.
    if (!person_guid_.empty()) person_.id = std::move(person_guid_);
    if (person_.id.empty()) person_.id = std::move(person_code_);
    if (!person_public_name_.empty()) person_.name = std::move(person_public_name_);
    if (person_.name.empty()) person_.name = std::move(person_full_name_);
    if (person_.id.empty()) person_.id = person_.name;
    event_.persons.push_back(std::move(person_));
    person_ = {};
    person_guid_.clear();
    person_code_.clear();
    person_public_name_.clear();
    person_full_name_.clear();
  }

  void declare_room(const std::string& name) {
    if (std::none_of(s_.rooms.begin(), s_.rooms.end(),
                     [&](const FrabRoom& r) { return r.name == name; })) {
      s_.rooms.push_back(FrabRoom{{}, name});
    }
  }

  FrabSchedule& s_;
  std::vector<Place> stack_;
  std::string key_;
  std::string error_;
  bool saw_conference_ = false;
  std::size_t days_ = 0;
  struct {
    std::string date, end;
  } day_;
  std::string day_room_;
  RoomFields room_;
  RoomFields event_room_;
  FrabEvent event_;
  FrabPerson person_;
  std::string person_guid_, person_code_, person_public_name_, person_full_name_;
};

}  // namespace

core::FeedResult import_frab_json(std::string_view bytes, const core::FeedLimits& limits) {
  core::FeedResult failed;
  if (!fits_size_limit(bytes, limits, failed.errors)) return failed;
  if (const auto offset = core::find_excess_depth(bytes, limits.max_depth)) {
    failed.errors.push_back({"", "nested deeper than " + std::to_string(limits.max_depth) +
                                     " levels at byte " + std::to_string(*offset)});
    return failed;
  }
  FrabSchedule s;
  FrabSax sax{s};
  if (!Json::sax_parse(bytes, &sax)) {
    failed.errors.push_back({"", sax.error().empty() ? "not valid JSON" : sax.error()});
    return failed;
  }
  if (!sax.saw_conference()) {
    failed.errors.push_back({"schedule.conference", "is required (not a frab schedule.json)"});
    return failed;
  }
  if (sax.days() == 0 && s.events.empty()) {
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
