// Validation of an AgendaData built by any reader: what it repairs, leaves out or refuses.
#include "core/agenda_check.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace nownext::core;
using namespace std::chrono;

namespace {

AgendaData two_rooms() {
  AgendaData data;
  data.event.id = "e";
  data.event.time_zone_name = "Europe/Zurich";
  data.event.time_zone = find_time_zone("Europe/Zurich");
  data.rooms = {Room{"a", Text{"A"}}, Room{"b", Text{"B"}}};
  data.people = {Person{"p", Text{"P"}, {}}};
  return data;
}

Session session(std::string id, RoomIndex room, int start_minutes, int end_minutes) {
  Session s;
  s.id = std::move(id);
  s.room = room;
  const Instant base{sys_days{year{2026} / 6 / 1} + hours{8}};
  s.start = base + minutes{start_minutes};
  s.end = base + minutes{end_minutes};
  s.title = Text{"T"};
  return s;
}

bool warned(const FeedResult& result, const std::string& where, const std::string& what) {
  return std::any_of(result.warnings.begin(), result.warnings.end(), [&](const Diagnostic& w) {
    return w.where == where && w.what.find(what) != std::string::npos;
  });
}

}  // namespace

TEST_SUITE("agenda validation") {
  TEST_CASE("bad sessions are left out one by one, named by their origin, and the rest loads") {
    AgendaData data = two_rooms();
    data.sessions = {session("ok", 0, 0, 30), session("", 0, 0, 30), session("nowhere", 7, 0, 30),
                     session("point", 1, 10, 10), session("ok", 1, 40, 50)};
    data.session_origins = {"event 1", "event 2", "event 3", "event 4", "event 5"};
    const FeedResult result = validate_agenda(std::move(data));
    REQUIRE(result.ok());
    REQUIRE(result.agenda->sessions().size() == 1);
    CHECK(result.agenda->sessions()[0].id == "ok");
    CHECK(warned(result, "event 2.id", "a session without an id; left out"));
    CHECK(warned(result, "event 3.room", "no such room"));
    CHECK(warned(result, "event 4.end", "session 'point' lasts no time; left out"));
    CHECK(warned(result, "event 5.id", "duplicate session id 'ok' (first at event 1)"));
  }

  TEST_CASE("without origins a session is named by its id; unknown people and moves are repaired") {
    AgendaData data = two_rooms();
    Session s = session("s", 0, 0, 30);
    s.speakers = {Participation{0, {}, {}}, Participation{9, {}, {}}};
    s.status.state = SessionStatus::State::moved;
    s.status.moved_to = 5;
    data.sessions = {s};
    const FeedResult result = validate_agenda(std::move(data));
    REQUIRE(result.ok());
    const Session& kept = result.agenda->sessions()[0];
    CHECK(kept.speakers.size() == 1);
    CHECK(kept.status.state == SessionStatus::State::scheduled);
    CHECK(warned(result, "session 's'", "an unknown person left out"));
    CHECK(warned(result, "session 's'.status", "moved to an unknown room"));
  }

  TEST_CASE("a parent that does not enclose its child is dropped; the child stays") {
    AgendaData data = two_rooms();
    Session child = session("child", 0, 20, 90);
    child.parent_id = "parent";
    data.sessions = {session("parent", 0, 0, 60), child};
    const FeedResult result = validate_agenda(std::move(data));
    REQUIRE(result.ok());
    CHECK(result.agenda->sessions().size() == 2);
    const auto index = result.agenda->find_session("child");
    REQUIRE(index.has_value());
    CHECK_FALSE(result.agenda->sessions()[*index].parent.has_value());
    CHECK(warned(result, "session 'child'", "runs outside its parent session 'parent'"));
  }

  TEST_CASE("what makes the whole feed unusable is an error") {
    AgendaData no_zone = two_rooms();
    no_zone.event.time_zone = nullptr;
    CHECK(validate_agenda(std::move(no_zone)).errors.at(0).what ==
          "the event has no known time zone");
    AgendaData twin_rooms = two_rooms();
    twin_rooms.rooms[1].id = "a";
    CHECK(validate_agenda(std::move(twin_rooms)).errors.at(0).what == "duplicate room id 'a'");
    AgendaData twin_people = two_rooms();
    twin_people.people.push_back(twin_people.people[0]);
    CHECK(validate_agenda(std::move(twin_people)).errors.at(0).what == "duplicate person id 'p'");
    FeedLimits limits;
    limits.max_sessions = 1;
    AgendaData many = two_rooms();
    many.sessions = {session("a", 0, 0, 10), session("b", 0, 10, 20)};
    CHECK(validate_agenda(std::move(many), limits).errors.at(0).what ==
          "2 sessions; at most 1 are allowed");
  }
}
