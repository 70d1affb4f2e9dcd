// The top of a `nownext/1` feed: envelope, event, rooms, people and announcements. Sessions
// are read in feed_sessions.cpp. Every problem is collected with its path, not just the first.
#include "core/feed_parser.hpp"

#include "core/input_checks.hpp"

#include "core/agenda_check.hpp"
#include "core/feed_fields.hpp"
#include "core/feed_sessions.hpp"
#include "core/json_depth.hpp"

#include <nlohmann/json.hpp>

#include <map>

namespace nownext::core {
namespace {

// Records an error for each id seen before in a list, naming the item that used it first.
class DuplicateIds {
 public:
  DuplicateIds(FeedFields& fields, const Where& list, std::string kind)
      : fields_(fields), list_(list), kind_(std::move(kind)) {}
  bool add(const std::string& id, std::size_t index) {
    const auto [found, inserted] = first_seen_.emplace(id, index);
    if (!inserted) {
      const Where item{list_, index};
      const Where first{list_, found->second};
      fields_.error(Where{item, "id"}, "duplicate " + kind_ + " id '" + id + "' (first at " +
                                           Where{first, "id"}.str() + ")");
    }
    return inserted;
  }

 private:
  FeedFields& fields_;
  const Where& list_;
  std::string kind_;
  std::map<std::string, std::size_t, std::less<>> first_seen_;
};

const Where document;  // the root of every path

void read_event(const Json& root, Event& event, FeedFields& fields) {
  const Where where{document, "event"};
  const Json* value = fields.member(root, "event", document, Presence::required);
  if (value == nullptr || !fields.expect_object(*value, where)) return;
  fields.warn_unknown_members(*value, where,
                              {"id", "title", "subtitle", "description", "venue", "time_zone",
                               "day_change", "languages", "digits"});
  event.id = fields.id_member(*value, "id", where, Presence::required).value_or("");
  event.title =
      fields.text_member(*value, "title", where, Presence::required, TextLength::short_text)
          .value_or(Text{});
  event.subtitle =
      fields.text_member(*value, "subtitle", where, Presence::optional, TextLength::long_text)
          .value_or(Text{});
  event.description =
      fields.text_member(*value, "description", where, Presence::optional, TextLength::long_text)
          .value_or(Text{});
  event.venue =
      fields.text_member(*value, "venue", where, Presence::optional, TextLength::short_text)
          .value_or(Text{});
  if (const auto zone = fields.string_member(*value, "time_zone", where, Presence::required)) {
    event.time_zone_name = *zone;
    event.time_zone = find_time_zone(*zone);
    // "localtime", "posix/..." exist as files but follow the machine: screens would show the
    // kiosk's zone, not the venue's.
    if (event.time_zone == nullptr || !is_iana_zone_name(*zone)) {
      fields.error(Where{where, "time_zone"},
                   "unknown time zone '" + *zone + "' (use an IANA name such as Europe/Zurich)");
    }
  }
  if (value->contains("day_change")) {
    event.day_change =
        std::chrono::hours{fields.whole_number_member(*value, "day_change", where, 0, 12, 4)};
  }
  if (auto digits = fields.string_member(*value, "digits", where, Presence::optional)) {
    event.digits = digits_named(*digits);
    if (!event.digits) {
      fields.warning(Where{where, "digits"}, "'" + *digits + "' is not latin or native, ignored");
    }
  }
  if (const Json* languages = fields.array(*value, "languages", where, Presence::optional,
                                           fields.limits().max_list_items)) {
    const Where list{where, "languages"};
    for (std::size_t i = 0; i < languages->size(); ++i) {
      if (auto code = fields.language_code((*languages)[i], Where{list, i})) {
        event.languages.push_back(std::move(*code));
      }
    }
  }
}

void read_rooms(const Json& root, std::vector<Room>& rooms, FeedFields& fields) {
  const Json* list =
      fields.array(root, "rooms", document, Presence::required, fields.limits().max_rooms);
  if (list == nullptr) return;
  const Where list_where{document, "rooms"};
  DuplicateIds ids{fields, list_where, "room"};
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    const Where where{list_where, i};
    if (!fields.expect_object(item, where)) continue;
    fields.warn_unknown_members(item, where, {"id", "name"});
    auto id = fields.id_member(item, "id", where, Presence::required);
    auto name = fields.text_member(item, "name", where, Presence::required, TextLength::short_text);
    if (id && ids.add(*id, i) && name) {
      rooms.push_back(Room{std::move(*id), std::move(*name)});
    }
  }
}

void read_people(const Json& root, std::vector<Person>& people, FeedFields& fields) {
  const Json* list =
      fields.array(root, "people", document, Presence::optional, fields.limits().max_people);
  if (list == nullptr) return;
  const Where list_where{document, "people"};
  DuplicateIds ids{fields, list_where, "person"};
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    const Where where{list_where, i};
    if (!fields.expect_object(item, where)) continue;
    fields.warn_unknown_members(item, where, {"id", "name", "role"});
    auto id = fields.id_member(item, "id", where, Presence::required);
    auto name = fields.text_member(item, "name", where, Presence::required, TextLength::short_text);
    auto role = fields.text_member(item, "role", where, Presence::optional, TextLength::short_text);
    if (id && ids.add(*id, i) && name) {
      people.push_back(Person{std::move(*id), std::move(*name), role.value_or(Text{})});
    }
  }
}

std::optional<Announcement::Severity> severity_from_string(std::string_view name) {
  if (name == "info") return Announcement::Severity::info;
  if (name == "warning") return Announcement::Severity::warning;
  // "critical" is the name earlier versions documented for what is now "emergency".
  if (name == "emergency" || name == "critical") return Announcement::Severity::emergency;
  return std::nullopt;
}

void read_announcement_rooms(const Json& item, const Where& where, const AgendaData& data,
                             Announcement& announcement, FeedFields& fields) {
  const Json* rooms =
      fields.array(item, "rooms", where, Presence::optional, fields.limits().max_rooms);
  if (rooms == nullptr) return;
  const Where list{where, "rooms"};
  for (std::size_t r = 0; r < rooms->size(); ++r) {
    const Where at{list, r};
    const auto id = fields.id((*rooms)[r], at);
    if (!id) continue;
    const auto room = std::find_if(data.rooms.begin(), data.rooms.end(),
                                   [&](const Room& candidate) { return candidate.id == *id; });
    if (room == data.rooms.end()) {
      fields.warning(at, "unknown room '" + *id + "', ignored");
    } else {
      announcement.rooms.push_back(static_cast<RoomIndex>(room - data.rooms.begin()));
    }
  }
}

void read_announcements(const Json& root, AgendaData& data, FeedFields& fields) {
  const Json* list = fields.array(root, "announcements", document, Presence::optional,
                                  fields.limits().max_announcements);
  if (list == nullptr) return;
  const Where list_where{document, "announcements"};
  DuplicateIds ids{fields, list_where, "announcement"};
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    const Where where{list_where, i};
    if (!fields.expect_object(item, where)) continue;
    fields.warn_unknown_members(item, where, {"id", "text", "severity", "from", "until", "rooms"});
    const std::size_t errors_before = fields.error_count();
    Announcement announcement;
    if (auto id = fields.id_member(item, "id", where, Presence::required)) {
      ids.add(*id, i);
      announcement.id = std::move(*id);
    }
    announcement.text =
        fields.text_member(item, "text", where, Presence::required, TextLength::long_text)
            .value_or(Text{});
    if (auto severity = fields.string_member(item, "severity", where, Presence::optional)) {
      if (const auto parsed = severity_from_string(*severity)) {
        announcement.severity = *parsed;
      } else {
        fields.error(Where{where, "severity"},
                     "'" + *severity + "' is not one of info, warning, emergency");
      }
    }
    announcement.from = fields.instant_member(item, "from", where, Presence::optional);
    announcement.until = fields.instant_member(item, "until", where, Presence::optional);
    if (announcement.from && announcement.until && *announcement.until <= *announcement.from) {
      fields.error(Where{where, "until"}, "must be after from");
    }
    read_announcement_rooms(item, where, data, announcement, fields);
    if (fields.error_count() == errors_before)
      data.announcements.push_back(std::move(announcement));
  }
}

void read_format(const Json& root, std::string& format, FeedFields& fields) {
  const auto value = fields.string_member(root, "format", document, Presence::required);
  if (!value) return;
  if (*value != feed_format) {
    fields.error(
        Where{document, "format"},
        value->starts_with("nownext/")
            ? "unsupported version '" + *value + "' (this program reads " +
                  std::string{feed_format} + ")"
            : "'" + *value + "' is not a nownext feed (expected " + std::string{feed_format} + ")");
    return;
  }
  format = *value;
}

}  // namespace

FeedResult parse_feed(std::string_view bytes, const FeedLimits& limits) {
  FeedResult result;
  FeedFields fields{limits, result.errors, result.warnings};
  if (bytes.size() > limits.max_bytes) {
    fields.error(document, "the feed is " + std::to_string(bytes.size()) + " bytes; at most " +
                               std::to_string(limits.max_bytes) + " are allowed");
    return result;
  }
  if (const auto offset = find_excess_depth(bytes, limits.max_depth)) {
    fields.error(document, "nested deeper than " + std::to_string(limits.max_depth) +
                               " levels at byte " + std::to_string(*offset));
    return result;
  }
  const std::optional<Json> parsed = parse_json_object(bytes, result.errors);
  if (!parsed) return result;
  const Json& root = *parsed;

  AgendaData data;
  read_format(root, data.format, fields);
  if (!result.errors.empty()) return result;  // another format: nothing else is meaningful
  fields.warn_unknown_members(root, document,
                              {"format", "event", "rooms", "people", "sessions", "announcements"});
  read_event(root, data.event, fields);
  read_rooms(root, data.rooms, fields);
  read_people(root, data.people, fields);
  if (const Json* sessions =
          fields.array(root, "sessions", document, Presence::required, limits.max_sessions)) {
    read_sessions(*sessions, data, fields);
  }
  read_announcements(root, data, fields);

  if (!result.errors.empty()) return result;
  return validate_agenda(std::move(data), limits, std::move(result.warnings));
}

}  // namespace nownext::core
