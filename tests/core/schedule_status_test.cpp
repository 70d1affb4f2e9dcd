// The schedule engine with cancelled, delayed and moved sessions, rooms without sessions, and a
// day on which the clocks go back.
#include "core/feed_parser.hpp"
#include "core/schedule.hpp"
#include "support/feed_snippets.hpp"

#include <doctest/doctest.h>

using namespace nownext::core;
using nownext::testing::FeedParts;
using nownext::testing::parse_ok;

namespace {

std::string ids(const Agenda& agenda, const std::vector<SessionIndex>& list) {
  std::string out;
  for (const SessionIndex s : list) out += (out.empty() ? "" : ",") + agenda.sessions()[s].id;
  return out;
}

std::string now_ids(const Agenda& agenda, const RoomNow& answer) {
  std::string out;
  for (const auto& chain : answer.now) {
    if (!out.empty()) out += "|";
    out += ids(agenda, chain);
  }
  return out;
}

Instant at(const Agenda& agenda, const char* text) {
  return *parse_instant_or_local(text, agenda.time_zone());
}

// r1: a 10:00-11:00 cancelled, b 11:00-12:00 delayed by 15 min, c 12:00-13:00 moved to r2.
Agenda status_agenda() {
  return parse_ok(nownext::testing::feed_with_sessions(R"([
    {"id": "a", "room": "r1", "title": "A", "status": {"state": "cancelled"},
     "start": "2017-07-18T10:00:00+02:00", "end": "2017-07-18T11:00:00+02:00"},
    {"id": "b", "room": "r1", "title": "B", "status": {"state": "delayed", "minutes": 15},
     "start": "2017-07-18T11:00:00+02:00", "end": "2017-07-18T12:00:00+02:00"},
    {"id": "c", "room": "r1", "title": "C", "status": {"state": "moved", "room": "r2"},
     "start": "2017-07-18T12:00:00+02:00", "end": "2017-07-18T13:00:00+02:00"}])"));
}

}  // namespace

TEST_SUITE("schedule: statuses") {
  TEST_CASE("a cancelled session is never now, but is shown as next") {
    const Agenda agenda = status_agenda();
    const Schedule schedule{agenda};
    const RoomNow before = schedule.room_at(0, at(agenda, "2017-07-18T09:30"));
    CHECK(ids(agenda, {*before.next}) == "a");
    CHECK(ids(agenda, before.later) == "b");
    CHECK(before.resumes_at == at(agenda, "2017-07-18T11:15"));  // the first that takes place

    const RoomNow during = schedule.room_at(0, at(agenda, "2017-07-18T10:30"));
    CHECK(during.now.empty());
    CHECK(during.state == RoomState::before_event);  // nothing has taken place yet
    CHECK(ids(agenda, {*during.next}) == "b");
  }

  TEST_CASE("a delayed session runs at its shifted times and keeps its original ones") {
    const Agenda agenda = status_agenda();
    const Schedule schedule{agenda};
    CHECK(schedule.room_at(0, at(agenda, "2017-07-18T11:14:59")).now.empty());
    const RoomNow running = schedule.room_at(0, at(agenda, "2017-07-18T11:15"));
    CHECK(now_ids(agenda, running) == "b");
    CHECK(now_ids(agenda, schedule.room_at(0, at(agenda, "2017-07-18T12:14:59"))) == "b");
    CHECK(schedule.room_at(0, at(agenda, "2017-07-18T12:15")).now.empty());
    const Session& b = agenda.sessions()[*agenda.find_session("b")];
    CHECK(b.start == at(agenda, "2017-07-18T11:00"));
    CHECK(schedule.next_change(at(agenda, "2017-07-18T11:00")) == at(agenda, "2017-07-18T11:15"));
  }

  TEST_CASE("a moved session runs in its new room and leaves a note in the old one") {
    const Agenda agenda = status_agenda();
    const Schedule schedule{agenda};
    const RoomNow old_room = schedule.room_at(0, at(agenda, "2017-07-18T12:30"));
    CHECK(old_room.now.empty());
    CHECK(old_room.state == RoomState::after_event);
    CHECK(ids(agenda, old_room.moved_away) == "c");
    const RoomNow new_room = schedule.room_at(1, at(agenda, "2017-07-18T12:30"));
    CHECK(now_ids(agenda, new_room) == "c");
    CHECK(ids(agenda, schedule.room_at(0, at(agenda, "2017-07-18T09:00")).moved_away) == "c");
    CHECK(schedule.room_at(0, at(agenda, "2017-07-18T13:00")).moved_away.empty());
  }

  TEST_CASE("a room without sessions says so") {
    FeedParts parts;
    parts.rooms = R"([{"id": "r1", "name": "Salle 1"}, {"id": "empty", "name": "Vide"}])";
    const Agenda agenda = parse_ok(parts.json());
    const Schedule schedule{agenda};
    const auto answers = schedule.all_rooms_at(at(agenda, "2017-07-18T10:15"));
    REQUIRE(answers.size() == 2);
    CHECK(answers[0].state == RoomState::running);
    CHECK(answers[1].state == RoomState::no_sessions);
    CHECK_FALSE(answers[1].next.has_value());
  }

  TEST_CASE("a feed with no sessions never changes") {
    FeedParts parts;
    parts.sessions = "[]";
    const Agenda agenda = parse_ok(parts.json());
    const Schedule schedule{agenda};
    CHECK_FALSE(schedule.next_change(at(agenda, "2017-07-18T10:00")).has_value());
    CHECK(schedule.room_at(0, at(agenda, "2017-07-18T10:00")).state == RoomState::no_sessions);
  }
}

TEST_SUITE("schedule: daylight saving") {
  // Europe/Zurich goes from +02:00 back to +01:00 at 03:00 local on 27 October 2024.
  Agenda night_agenda() {
    return parse_ok(nownext::testing::feed_with_sessions(R"([
      {"id": "night", "room": "r1", "title": "Night session",
       "start": "2024-10-27T01:30:00+02:00", "end": "2024-10-27T02:30:00+01:00"},
      {"id": "morning", "room": "r1", "title": "Morning",
       "start": "2024-10-27T09:00:00+01:00", "end": "2024-10-27T10:00:00+01:00"}])"));
  }

  TEST_CASE("a session across the change lasts its real length and shows local offsets") {
    const Agenda agenda = night_agenda();
    const Session& night = agenda.sessions()[*agenda.find_session("night")];
    CHECK(night.end - night.start == std::chrono::hours{2});
    CHECK(format_local_iso(night.start, agenda.time_zone()) == "2024-10-27T01:30:00+02:00");
    CHECK(format_local_iso(night.end, agenda.time_zone()) == "2024-10-27T02:30:00+01:00");
  }

  TEST_CASE("the repeated hour and the venue day are handled") {
    const Agenda agenda = night_agenda();
    const Schedule schedule{agenda};
    // 02:15 happens twice; a local time means the first, still summer time.
    CHECK(at(agenda, "2024-10-27T02:15") == *parse_instant("2024-10-27T02:15:00+02:00"));
    CHECK(now_ids(agenda, schedule.room_at(0, *parse_instant("2024-10-27T02:15:00+02:00"))) ==
          "night");
    CHECK(now_ids(agenda, schedule.room_at(0, *parse_instant("2024-10-27T02:15:00+01:00"))) ==
          "night");
    // Before 04:00 the night belongs to Saturday's venue day; the morning is the next day.
    CHECK(schedule.day_of(night_agenda().sessions()[0].start) ==
          std::chrono::year_month_day{std::chrono::year{2024} / 10 / 26});
    const RoomNow after = schedule.room_at(0, *parse_instant("2024-10-27T02:45:00+01:00"));
    CHECK(after.state == RoomState::between_days);
    CHECK(after.resumes_at == *parse_instant("2024-10-27T09:00:00+01:00"));
    CHECK(schedule.next_change(*parse_instant("2024-10-27T02:30:00+01:00")) ==
          *parse_instant("2024-10-27T04:00:00+01:00"));
  }

  TEST_CASE("the day-change hour is configurable") {
    const Agenda agenda = night_agenda();
    const Schedule midnight{agenda, ScheduleOptions{std::chrono::hours{0}}};
    CHECK(midnight.day_of(agenda.sessions()[0].start) ==
          std::chrono::year_month_day{std::chrono::year{2024} / 10 / 27});
    // Night and morning now share a day: between them the room is on a break.
    const RoomNow after = midnight.room_at(0, *parse_instant("2024-10-27T02:45:00+01:00"));
    CHECK(after.state == RoomState::on_break);
  }
}
