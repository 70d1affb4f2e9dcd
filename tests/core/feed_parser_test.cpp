#include "core/feed_parser.hpp"
#include "core/schedule.hpp"
#include "support/feed_snippets.hpp"

#include <doctest/doctest.h>

using namespace nownext::core;
using nownext::testing::feed_with_sessions;
using nownext::testing::FeedParts;
using nownext::testing::parse_ok;

namespace {
bool has_warning(const FeedResult& result, const std::string& where) {
  for (const auto& w : result.warnings) {
    if (w.where == where) return true;
  }
  return false;
}
}  // namespace

TEST_SUITE("feed parser") {
  TEST_CASE("a minimal feed gives an agenda with its event, rooms, people and session") {
    const Agenda agenda = parse_ok(FeedParts{}.json());
    CHECK(agenda.format() == "nownext/1");
    CHECK(agenda.event().id == "conf");
    CHECK(agenda.event().time_zone_name == "Europe/Zurich");
    CHECK(agenda.event().languages == std::vector<std::string>{"fr", "en"});
    REQUIRE(agenda.rooms().size() == 2);
    CHECK(agenda.rooms()[1].name.any() == "Salle 2");
    CHECK(agenda.people().size() == 2);
    REQUIRE(agenda.sessions().size() == 1);
    CHECK(agenda.sessions()[0].kind == SessionKind::session);
    CHECK(agenda.sessions()[0].status.state == SessionStatus::State::scheduled);
  }

  TEST_CASE("texts may be maps of language to string") {
    FeedParts parts;
    parts.event = R"({"id": "c", "title": {"fr": "Dialogue", "en": "Dialogue", "ar": "حوار",
                      "zh": "对话", "es": "Diálogo", "ru": "Диалог"}, "time_zone": "UTC"})";
    const Agenda agenda = parse_ok(parts.json());
    CHECK(agenda.event().title.in("zh") == "对话");
    CHECK(agenda.event().title.in("ru") == "Диалог");
    CHECK(agenda.event().title.variants().size() == 6);
  }

  TEST_CASE("moderators and speakers keep their order, roles and notes") {
    const Agenda agenda = parse_ok(feed_with_sessions("[" + nownext::testing::session("s1", R"(,
        "moderators": ["bo"],
        "speakers": [{"person": "ana", "role": "Ministre", "note": "message vidéo"}, "bo"])") +
                                                      "]"));
    const Session& s = agenda.sessions()[0];
    REQUIRE(s.speakers.size() == 2);
    CHECK(agenda.people()[s.speakers[0].person].id == "ana");
    CHECK(agenda.role_of(s.speakers[0]).any() == "Ministre");
    CHECK(s.speakers[0].note.any() == "message vidéo");
    CHECK(agenda.people()[s.speakers[1].person].id == "bo");
    CHECK(agenda.people()[s.moderators[0].person].id == "bo");
  }

  TEST_CASE("a participant without an override takes the person's own role") {
    const Agenda agenda = parse_ok(feed_with_sessions(
        "[" + nownext::testing::session("s1", R"(, "speakers": ["ana"])") + "]"));
    CHECK(agenda.role_of(agenda.sessions()[0].speakers[0]).any() == "Directrice");
  }

  TEST_CASE("statuses: delayed shifts the times, moved changes the room, cancelled is kept") {
    const Agenda agenda = parse_ok(feed_with_sessions(
        "[" +
        nownext::testing::session("late", R"(, "status": {"state": "delayed", "minutes": 15})") +
        "," + nownext::testing::session("gone", R"(, "status": {"state": "cancelled"})") + "," +
        nownext::testing::session("away", R"(, "status": {"state": "moved", "room": "r2"})") +
        "]"));
    const Session& late = agenda.sessions()[*agenda.find_session("late")];
    CHECK(late.effective_start() - late.start == std::chrono::minutes{15});
    CHECK(late.effective_end() - late.end == std::chrono::minutes{15});
    CHECK(agenda.sessions()[*agenda.find_session("gone")].cancelled());
    const Session& away = agenda.sessions()[*agenda.find_session("away")];
    CHECK(away.room == 0);
    CHECK(away.effective_room() == 1);
    CHECK(agenda.sessions_in_room(1).size() == 1);
  }

  TEST_CASE("a session in an unknown room is dropped with a warning; the rest loads") {
    const FeedResult result = parse_feed(feed_with_sessions(
        "[" + nownext::testing::session("s1") + R"(, {"id": "s2", "room": "attic", "title": "T",
          "start": "2017-07-18T11:00:00+02:00", "end": "2017-07-18T12:00:00+02:00"}])"));
    REQUIRE(result.ok());
    CHECK(result.agenda->sessions().size() == 1);
    CHECK(has_warning(result, "sessions[1].room"));
  }

  TEST_CASE("children of a dropped session are shown as sessions of their own") {
    const FeedResult result = parse_feed(feed_with_sessions(
        R"([{"id": "p", "room": "attic", "title": "P", "start": "2017-07-18T10:00:00+02:00",
             "end": "2017-07-18T12:00:00+02:00"},)" +
        nownext::testing::session("c", R"(, "parent": "p")") + "]"));
    REQUIRE(result.ok());
    REQUIRE(result.agenda->sessions().size() == 1);
    CHECK(result.agenda->sessions()[0].id == "c");
    CHECK_FALSE(result.agenda->sessions()[0].parent.has_value());
    CHECK(has_warning(result, "sessions[1].parent"));
  }

  TEST_CASE("unknown people, kinds and members are warnings, not errors") {
    const FeedResult result = parse_feed(feed_with_sessions(
        "[" +
        nownext::testing::session(
            "s1",
            R"(, "speakers": ["nobody"], "kind": "hackathon", "colour": "red", "x-ours": 1)") +
        "]"));
    REQUIRE(result.ok());
    CHECK(has_warning(result, "sessions[0].speakers[0]"));
    CHECK(has_warning(result, "sessions[0].kind"));
    CHECK(has_warning(result, "sessions[0].colour"));
    CHECK_FALSE(has_warning(result, "sessions[0].x-ours"));
    CHECK(result.agenda->sessions()[0].kind == SessionKind::other);
    CHECK(result.agenda->sessions()[0].speakers.empty());
  }

  TEST_CASE("sessions are sorted by start, enclosing ones first, and indexed by room") {
    const Agenda agenda = parse_ok(feed_with_sessions(R"([
      {"id": "b", "room": "r1", "title": "B", "start": "2017-07-18T11:00:00+02:00",
       "end": "2017-07-18T12:00:00+02:00"},
      {"id": "child", "room": "r1", "title": "C", "parent": "a",
       "start": "2017-07-18T10:00:00+02:00", "end": "2017-07-18T10:30:00+02:00"},
      {"id": "a", "room": "r1", "title": "A", "start": "2017-07-18T10:00:00+02:00",
       "end": "2017-07-18T11:00:00+02:00"},
      {"id": "other", "room": "r2", "title": "O", "start": "2017-07-18T09:00:00+02:00",
       "end": "2017-07-18T10:00:00+02:00"}])"));
    std::vector<std::string> order;
    for (const Session& s : agenda.sessions()) order.push_back(s.id);
    CHECK(order == std::vector<std::string>{"other", "a", "child", "b"});
    CHECK(agenda.sessions_in_room(0).size() == 3);
    CHECK(agenda.sessions_in_room(1).size() == 1);
    const SessionIndex a = *agenda.find_session("a");
    REQUIRE(agenda.children_of(a).size() == 1);
    CHECK(agenda.sessions()[agenda.children_of(a)[0]].id == "child");
    CHECK(agenda.sessions()[*agenda.find_session("child")].parent == a);
  }

  TEST_CASE("announcements are parsed with their severity, times and rooms") {
    FeedParts parts;
    parts.extra = R"(, "announcements": [{"id": "fire", "text": {"fr": "Évacuez", "en": "Evacuate"},
        "severity": "emergency", "from": "2017-07-18T10:00:00+02:00",
        "until": "2017-07-18T10:15:00+02:00", "rooms": ["r2", "cellar"]}])";
    const FeedResult result = parse_feed(parts.json());
    REQUIRE(result.ok());
    REQUIRE(result.agenda->announcements().size() == 1);
    const Announcement& a = result.agenda->announcements()[0];
    CHECK(a.severity == Announcement::Severity::emergency);
    CHECK(a.text.in("en") == "Evacuate");
    CHECK(a.rooms == std::vector<RoomIndex>{1});
    CHECK(has_warning(result, "announcements[0].rooms[1]"));
  }

  TEST_CASE("an announcement's severity 'critical', its earlier name, still means emergency") {
    FeedParts parts;
    parts.extra = R"(, "announcements": [{"id": "fire", "text": "Evacuate",
        "severity": "critical"}])";
    const FeedResult result = parse_feed(parts.json());
    REQUIRE(result.ok());
    CHECK(result.agenda->announcements()[0].severity == Announcement::Severity::emergency);
  }

  TEST_CASE("a UTF-8 byte order mark is accepted") {
    const Agenda agenda = parse_ok("\xEF\xBB\xBF" + FeedParts{}.json());
    CHECK(agenda.sessions().size() == 1);
  }

  TEST_CASE("an event's day_change sets the hour its venue days begin") {
    FeedParts parts;
    parts.event = R"({"id": "c", "title": "C", "time_zone": "Europe/Zurich", "day_change": 9})";
    const Agenda agenda = parse_ok(parts.json());
    REQUIRE(agenda.event().day_change.has_value());
    CHECK(agenda.event().day_change->count() == 9);
    const auto at_eight = parse_instant("2017-07-19T08:00:00+02:00");
    REQUIRE(at_eight.has_value());
    const std::chrono::year_month_day day_before{std::chrono::year{2017}, std::chrono::July,
                                                 std::chrono::day{18}};
    CHECK(Schedule{agenda}.day_of(*at_eight) == day_before);
    // Without it, or when the schedule's options say otherwise, days begin at 04:00 (or there).
    CHECK(Schedule{parse_ok(FeedParts{}.json())}.day_of(*at_eight) != day_before);
    CHECK(Schedule{agenda, ScheduleOptions{std::chrono::hours{4}}}.day_of(*at_eight) != day_before);
  }

  TEST_CASE("a day_change outside 0-12 is refused") {
    FeedParts parts;
    parts.event = R"({"id": "c", "title": "C", "time_zone": "Europe/Zurich", "day_change": 20})";
    const FeedResult result = parse_feed(parts.json());
    REQUIRE_FALSE(result.ok());
    CHECK(result.errors[0].where == "event.day_change");
  }
}
