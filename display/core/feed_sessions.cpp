// Sessions of a `nownext/1` feed and the rules that relate them: rooms, people, parents.
#include "core/feed_sessions.hpp"

#include <nlohmann/json.hpp>

#include <map>

namespace nownext::core {
namespace {

constexpr std::chrono::minutes max_delay{24 * 60};

using IdIndex = std::map<std::string, std::uint32_t, std::less<>>;

template <typename Items>
IdIndex index_ids(const Items& items) {
  IdIndex index;
  for (std::uint32_t i = 0; i < items.size(); ++i) index.emplace(items[i].id, i);
  return index;
}

std::optional<Participation> read_participation(const Json& value, const Where& where,
                                                const IdIndex& people, FeedFields& fields) {
  std::optional<std::string> person_id;
  Participation participation;
  if (value.is_object()) {
    fields.warn_unknown_members(value, where, {"person", "role", "note"});
    person_id = fields.id_member(value, "person", where, Presence::required);
    participation.role =
        fields.text_member(value, "role", where, Presence::optional, TextLength::short_text)
            .value_or(Text{});
    participation.note =
        fields.text_member(value, "note", where, Presence::optional, TextLength::short_text)
            .value_or(Text{});
  } else if (value.is_string()) {
    person_id = fields.id(value, where);
  } else {
    fields.error(where, "must be a person id or an object with \"person\"");
  }
  if (!person_id) return std::nullopt;
  const auto found = people.find(*person_id);
  if (found == people.end()) {
    fields.warning(where, "unknown person '" + *person_id + "', left out");
    return std::nullopt;
  }
  participation.person = found->second;
  return participation;
}

std::vector<Participation> read_participants(const Json& item, std::string_view key,
                                             const Where& where, const IdIndex& people,
                                             FeedFields& fields) {
  std::vector<Participation> result;
  const Json* list =
      fields.array(item, key, where, Presence::optional, fields.limits().max_list_items);
  if (list == nullptr) return result;
  const Where list_where{where, key};
  for (std::size_t i = 0; i < list->size(); ++i) {
    if (auto p = read_participation((*list)[i], Where{list_where, i}, people, fields)) {
      result.push_back(std::move(*p));
    }
  }
  return result;
}

std::vector<Text> read_questions(const Json& item, const Where& where, FeedFields& fields) {
  std::vector<Text> questions;
  const Json* list =
      fields.array(item, "questions", where, Presence::optional, fields.limits().max_list_items);
  if (list == nullptr) return questions;
  const Where list_where{where, "questions"};
  for (std::size_t i = 0; i < list->size(); ++i) {
    if (auto q = fields.text((*list)[i], Where{list_where, i}, TextLength::long_text)) {
      questions.push_back(std::move(*q));
    }
  }
  return questions;
}

SessionStatus read_status(const Json& item, const Where& session_where, const IdIndex& rooms,
                          FeedFields& fields) {
  SessionStatus status;
  const Json* value = fields.member(item, "status", session_where, Presence::optional);
  const Where where{session_where, "status"};
  if (value == nullptr || !fields.expect_object(*value, where)) return status;
  fields.warn_unknown_members(*value, where, {"state", "minutes", "room"});
  const auto state = fields.string_member(*value, "state", where, Presence::required);
  if (!state || *state == "scheduled") return status;
  if (*state == "cancelled") {
    status.state = SessionStatus::State::cancelled;
  } else if (*state == "delayed") {
    const Json* minutes = fields.member(*value, "minutes", where, Presence::required);
    if (minutes == nullptr) return status;
    if (!minutes->is_number_integer() || *minutes < 1 || *minutes > max_delay.count()) {
      fields.error(Where{where, "minutes"}, "must be a whole number of minutes from 1 to " +
                                                std::to_string(max_delay.count()));
      return status;
    }
    status.state = SessionStatus::State::delayed;
    status.delay = std::chrono::minutes{minutes->get<int>()};
  } else if (*state == "moved") {
    const auto room = fields.id_member(*value, "room", where, Presence::required);
    if (!room) return status;
    const auto found = rooms.find(*room);
    if (found == rooms.end()) {
      fields.warning(Where{where, "room"}, "unknown room '" + *room + "'; shown where scheduled");
      return status;
    }
    status.state = SessionStatus::State::moved;
    status.moved_to = found->second;
  } else {
    fields.error(Where{where, "state"},
                 "'" + *state + "' is not one of scheduled, delayed, cancelled, moved");
  }
  return status;
}

std::optional<Session> read_session(const Json& item, const Where& where, const IdIndex& rooms,
                                    const IdIndex& people, FeedFields& fields) {
  if (!fields.expect_object(item, where)) return std::nullopt;
  fields.warn_unknown_members(
      item, where,
      {"id", "room", "start", "end", "kind", "label", "title", "description", "questions",
       "moderators", "speakers", "parent", "status"});
  const std::size_t errors_before = fields.error_count();
  Session s;
  s.id = fields.id_member(item, "id", where, Presence::required).value_or("");
  const auto room = fields.id_member(item, "room", where, Presence::required);
  const auto start = fields.instant_member(item, "start", where, Presence::required);
  const auto end = fields.instant_member(item, "end", where, Presence::required);
  if (start && end) {
    s.start = *start;
    s.end = *end;
  }
  if (const auto kind = fields.string_member(item, "kind", where, Presence::optional)) {
    const auto known = session_kind_from_string(*kind);
    if (!known)
      fields.warning(Where{where, "kind"}, "unknown kind '" + *kind + "', shown as other");
    s.kind = known.value_or(SessionKind::other);
  }
  s.label = fields.text_member(item, "label", where, Presence::optional, TextLength::short_text)
                .value_or(Text{});
  s.title = fields.text_member(item, "title", where, Presence::required, TextLength::short_text)
                .value_or(Text{});
  s.description =
      fields.text_member(item, "description", where, Presence::optional, TextLength::long_text)
          .value_or(Text{});
  s.questions = read_questions(item, where, fields);
  s.moderators = read_participants(item, "moderators", where, people, fields);
  s.speakers = read_participants(item, "speakers", where, people, fields);
  s.parent_id = fields.id_member(item, "parent", where, Presence::optional).value_or("");
  s.status = read_status(item, where, rooms, fields);
  if (fields.error_count() != errors_before) return std::nullopt;

  const auto found_room = rooms.find(*room);
  if (found_room == rooms.end()) {
    fields.warning(Where{where, "room"},
                   "unknown room '" + *room + "'; session '" + s.id + "' left out");
    return std::nullopt;
  }
  s.room = found_room->second;
  return s;
}

}  // namespace

void read_sessions(const Json& sessions, AgendaData& data, FeedFields& fields) {
  const IdIndex rooms = index_ids(data.rooms);
  const IdIndex people = index_ids(data.people);
  data.sessions.reserve(sessions.size());
  data.session_origins.reserve(sessions.size());
  const Where document;
  const Where list{document, "sessions"};
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    const Where where{list, i};
    // What is wrong with one session leaves that session out; the rest of the feed loads.
    Diagnostics session_errors;
    FeedFields session_fields{fields.limits(), session_errors, fields.warnings()};
    auto session = read_session(sessions[i], where, rooms, people, session_fields);
    for (auto& error : session_errors) {
      if (error.where.empty()) error.where = where.str();
      fields.warning(Diagnostic{error.where, error.what + "; " + where.str() + " left out"});
    }
    if (!session || !session_errors.empty()) continue;
    data.sessions.push_back(std::move(*session));
    data.session_origins.push_back(where.str());
  }
}

}  // namespace nownext::core
