// Indico's timetable export, on a small two-day meeting written by hand after Indico's
// documented serializer: session blocks with conveners and their contributions, a break, a
// contribution outside any block.
#include "core/agenda_summary.hpp"
#include "core/schedule.hpp"
#include "import/read_feed.hpp"
#include "import/sample_files.hpp"
#include "support/test_files.hpp"

#include <doctest/doctest.h>

using namespace nownext;
using nownext::testing::agenda_of;
using nownext::testing::now_next;

namespace {

std::string indico_export() {
  return nownext::testing::read_test_file(
      nownext::testing::source_path("tests/data/imports/indico-timetable.json"));
}

const core::Session& session(const core::Agenda& agenda, const char* id) {
  const auto index = agenda.find_session(id);
  INFO("session " << id);
  REQUIRE(index.has_value());
  return agenda.sessions()[*index];
}

std::string name_of(const core::Agenda& agenda, const core::Participation& p) {
  return std::string{agenda.people()[p.person].name.any()};
}

}  // namespace

TEST_SUITE("Indico timetable") {
  TEST_CASE("the export is recognized and imports two days, two rooms, ten entries, five people") {
    const std::string bytes = indico_export();
    CHECK(import::detect_format(bytes) == import::FeedFormat::indico);
    const core::FeedResult result = import::read_feed(bytes);
    const core::Agenda& agenda = agenda_of(result);
    CHECK(result.warnings.empty());
    CHECK(agenda.event().id == "indico-4242");
    CHECK(agenda.event().time_zone_name == "Europe/Zurich");
    CHECK(core::summarize(agenda).days.size() == 2);
    REQUIRE(agenda.rooms().size() == 2);
    CHECK(agenda.rooms()[0].id == "room-18");  // Indico's room id, not its name
    CHECK(agenda.rooms()[0].name.any() == "Room XVIII");
    CHECK(agenda.sessions().size() == 10);
    CHECK(agenda.people().size() == 5);
  }

  TEST_CASE("session blocks are parents, conveners moderate, presenters speak with affiliations") {
    const std::string bytes = indico_export();
    const core::FeedResult result = import::read_feed(bytes);
    const core::Agenda& agenda = agenda_of(result);
    const core::Session& block = session(agenda, "s102");
    CHECK(block.title.any() == "Panel on mobility");
    REQUIRE(block.moderators.size() == 2);
    CHECK(name_of(agenda, block.moderators[0]) == "Chen Li");
    CHECK(agenda.role_of(block.moderators[1]).any() == "UNHCR");
    const core::Session& talk = session(agenda, "c203");
    REQUIRE(talk.parent.has_value());
    CHECK(agenda.sessions()[*talk.parent].id == "s102");
    REQUIRE(talk.speakers.size() == 2);
    CHECK(name_of(agenda, talk.speakers[0]) == "Élise Martin");
    CHECK(agenda.role_of(talk.speakers[0]).any() == "Université de Genève");
    // A block's slot title is added to its session's title; a contribution inherits its room.
    CHECK(session(agenda, "s101").title.any() == "Opening session: Welcome and keynote");
    CHECK(agenda.rooms()[session(agenda, "c201").room].id == "room-18");
    CHECK(session(agenda, "b301").kind == core::SessionKind::break_time);
  }

  TEST_CASE("now and next follow the blocks, the break and the second day") {
    const std::string bytes = indico_export();
    const core::FeedResult result = import::read_feed(bytes);
    const core::Agenda& agenda = agenda_of(result);
    auto answer = now_next(agenda, "room-18", "2026-09-15T09:20:00+02:00");
    CHECK(answer.now == "Keynote: data for migration policy");
    CHECK(answer.next == "Coffee break");
    answer = now_next(agenda, "room-18", "2026-09-15T10:40:00+02:00");
    CHECK(answer.now == "Coffee break");
    CHECK(answer.next == "Closing remarks");
    answer = now_next(agenda, "room-19", "2026-09-15T11:50:00+02:00");
    CHECK(answer.now == "Questions from the floor");
    CHECK(answer.next == "Working groups: Group A");
    answer = now_next(agenda, "room-19", "2026-09-16T11:30:00+02:00");
    CHECK(answer.now == "Working groups: Group A");
    CHECK(answer.next.empty());
  }

  TEST_CASE("an entry without dates is left out with a warning naming it; the rest loads") {
    std::string bytes = indico_export();
    const auto at = bytes.find("\"startDate\"", bytes.find("\"b301\""));
    REQUIRE(at != std::string::npos);
    bytes.replace(at, 11, "\"startDay\"");
    const core::FeedResult result = import::read_feed(bytes);
    const core::Agenda& agenda = agenda_of(result);
    CHECK(agenda.sessions().size() == 9);
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].to_string() ==
          "Break b301: no startDate or endDate that can be read; left out");
  }

  TEST_CASE("chairs moderate like conveners; a room without an id is known by its name") {
    const core::FeedResult result = import::read_feed(R"({"results": {"77": {"20260915": {
        "s1": {"entryType": "Session", "id": "s1", "title": "Plenary", "room": "Main Hall",
               "startDate": {"date": "2026-09-15", "time": "09:00:00", "tz": "America/Montreal"},
               "endDate": {"date": "2026-09-15", "time": "10:00:00", "tz": "America/Montreal"},
               "chairs": [{"firstName": "Ana", "familyName": "Silva", "affiliation": "ICAO"}],
               "entries": {}}}}}})");
    const core::Agenda& agenda = agenda_of(result);
    CHECK(agenda.event().time_zone_name == "America/Montreal");
    REQUIRE(agenda.rooms().size() == 1);
    CHECK(agenda.rooms()[0].id == "Main-Hall");
    const core::Session& s = agenda.sessions()[0];
    REQUIRE(s.moderators.size() == 1);
    CHECK(name_of(agenda, s.moderators[0]) == "Ana Silva");
    CHECK(core::format_local_iso(s.start, agenda.time_zone()) == "2026-09-15T09:00:00-04:00");
  }

  TEST_CASE("a JSON document without a timetable is refused, saying so") {
    const core::FeedResult result =
        import::read_feed(R"({"count": 0, "results": []})", import::FeedFormat::indico);
    REQUIRE_FALSE(result.ok());
    CHECK(result.errors[0].to_string() ==
          "results: has no event timetable (not an Indico timetable export)");
  }
}
