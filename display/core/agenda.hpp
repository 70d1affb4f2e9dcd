// The agenda model: an event, its rooms, people and sessions, as read from a feed.
// An Agenda is immutable once built: sorted, indexed by room and time, cheap to query.
#pragma once

#include "core/locale_format.hpp"
#include "core/text.hpp"
#include "core/time.hpp"

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nownext::core {

using RoomIndex = std::uint32_t;     // position in Agenda::rooms()
using PersonIndex = std::uint32_t;   // position in Agenda::people()
using SessionIndex = std::uint32_t;  // position in Agenda::sessions()

struct Event {
  std::string id;
  Text title;
  Text subtitle;                               // may be empty
  Text description;                            // may be empty
  Text venue;                                  // may be empty
  std::string time_zone_name;                  // IANA, e.g. "Europe/Zurich"
  const date::time_zone* time_zone = nullptr;  // never null in a built Agenda
  std::vector<std::string> languages;          // preferred first; may be empty
  // The digits the feed asks screens to write numbers with (Arabic-Indic for an Arabic screen
  // when native); the strings file's when absent. A kiosk's configuration overrides it.
  std::optional<Digits> digits;
  // The local hour a venue day starts (a frab `day_change`), when the source says; the
  // schedule's default otherwise.
  std::optional<std::chrono::hours> day_change;
};

struct Room {
  std::string id;
  Text name;
};

struct Person {
  std::string id;
  Text name;
  Text role;  // title and affiliation as printed; may be empty
};

// A person's part in one session: who, and what the programme prints beside them there.
struct Participation {
  PersonIndex person = 0;
  Text role;  // overrides the person's role in this session when not empty
  Text note;  // e.g. "message vidéo"; may be empty
};

// What a session is, for the display's wording and styling. Unknown kinds in a feed become
// `other` (with a warning) so that a newer feed still loads.
enum class SessionKind {
  session,
  panel,
  keynote,
  remarks,
  workshop,
  registration,
  opening,
  closing,
  break_time,
  meal,
  side_event,
  other
};
[[nodiscard]] std::string_view to_string(SessionKind kind);
[[nodiscard]] std::optional<SessionKind> session_kind_from_string(std::string_view name);

struct SessionStatus {
  enum class State { scheduled, delayed, cancelled, moved };
  State state = State::scheduled;
  std::chrono::minutes delay{0};  // only for `delayed`; positive
  RoomIndex moved_to = 0;         // only for `moved`
  friend bool operator==(const SessionStatus&, const SessionStatus&) = default;
};
[[nodiscard]] std::string_view to_string(SessionStatus::State state);

struct Session {
  std::string id;
  RoomIndex room = 0;  // the room the programme gives (see effective_room())
  Instant start;       // as scheduled, inclusive
  Instant end;         // as scheduled, exclusive; always after start
  SessionKind kind = SessionKind::session;
  Text label;  // short name such as "Panel 1"; may be empty
  Text title;
  Text description;                       // may be empty
  std::vector<Text> questions;            // guiding questions, in order
  std::vector<Participation> moderators;  // in printed order
  std::vector<Participation> speakers;    // in printed order
  std::string parent_id;                  // empty for a top-level session
  std::optional<SessionIndex> parent;     // resolved from parent_id
  SessionStatus status;

  // Where and when the session really takes place, status applied.
  [[nodiscard]] RoomIndex effective_room() const;
  [[nodiscard]] Instant effective_start() const;
  [[nodiscard]] Instant effective_end() const;
  [[nodiscard]] bool cancelled() const { return status.state == SessionStatus::State::cancelled; }
};

// A message to the people at the venue, from the feed or from an alerts source (CAP). Its
// severity decides its form on screen: `info` a strip above the footer, `warning` that strip and
// a card of its own in the page rotation, `emergency` the whole screen until it ends.
struct Announcement {
  enum class Severity { info, warning, emergency };
  std::string id;
  Text text;     // the headline; one variant per language
  Text details;  // a longer text for the card and the takeover (CAP's description); may be empty
  Severity severity = Severity::info;
  // Precedence among announcements of one severity, higher first (CAP's severity and urgency);
  // 0 for the feed's.
  int rank = 0;
  std::optional<Instant> from;   // inclusive; none = from the start
  std::optional<Instant> until;  // exclusive; none = until removed
  std::vector<RoomIndex> rooms;  // empty = every room
  friend bool operator==(const Announcement&, const Announcement&) = default;
};
[[nodiscard]] std::string_view to_string(Announcement::Severity severity);

// Everything a feed says, before sorting and indexing. The parser fills it; the Agenda
// constructor takes it over.
struct AgendaData {
  std::string format;  // e.g. "nownext/1"
  Event event;
  std::vector<Room> rooms;        // in the feed's order, which is the display order
  std::vector<Person> people;     // in the feed's order
  std::vector<Session> sessions;  // any order; parent_id set, parent unset
  std::vector<Announcement> announcements;
  // Where each session came from ("sessions[3]", "event 10386"), for messages; either empty or
  // one per session. The Agenda does not keep it.
  std::vector<std::string> session_origins;
};

class Agenda {
 public:
  // Sorts the sessions (by start, longer first, then id), resolves parents and builds the
  // indexes. Preconditions, checked by the parser: ids unique, references valid, zone set.
  explicit Agenda(AgendaData data);

  [[nodiscard]] const std::string& format() const { return data_.format; }
  [[nodiscard]] const Event& event() const { return data_.event; }
  [[nodiscard]] const date::time_zone& time_zone() const { return *data_.event.time_zone; }
  [[nodiscard]] std::span<const Room> rooms() const { return data_.rooms; }
  [[nodiscard]] std::span<const Person> people() const { return data_.people; }
  [[nodiscard]] std::span<const Session> sessions() const { return data_.sessions; }
  [[nodiscard]] std::span<const Announcement> announcements() const { return data_.announcements; }

  // The sessions that take place in a room (status applied: moved ones in their new room),
  // ordered by effective start, longer first.
  [[nodiscard]] std::span<const SessionIndex> sessions_in_room(RoomIndex room) const;
  // The sessions whose parent is `session`, in order.
  [[nodiscard]] std::span<const SessionIndex> children_of(SessionIndex session) const;

  [[nodiscard]] std::optional<RoomIndex> find_room(std::string_view id) const;
  [[nodiscard]] std::optional<PersonIndex> find_person(std::string_view id) const;
  [[nodiscard]] std::optional<SessionIndex> find_session(std::string_view id) const;

  // The role printed for a participant: the session's override, else the person's own.
  [[nodiscard]] const Text& role_of(const Participation& participation) const;

 private:
  AgendaData data_;
  std::vector<std::vector<SessionIndex>> by_room_;
  std::vector<std::vector<SessionIndex>> children_;
  std::map<std::string, RoomIndex, std::less<>> room_ids_;
  std::map<std::string, PersonIndex, std::less<>> person_ids_;
  std::map<std::string, SessionIndex, std::less<>> session_ids_;
};

}  // namespace nownext::core
