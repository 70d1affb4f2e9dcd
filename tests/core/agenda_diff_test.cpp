#include "core/agenda_diff.hpp"
#include "core/feed_parser.hpp"
#include "support/feed_snippets.hpp"

#include <doctest/doctest.h>

using namespace nownext::core;
using nownext::testing::FeedParts;
using nownext::testing::parse_ok;
using nownext::testing::session;

namespace {
const SessionChange* find(const AgendaChanges& changes, const std::string& id) {
  for (const auto& c : changes.changed) {
    if (c.id == id) return &c;
  }
  return nullptr;
}
}  // namespace

TEST_SUITE("agenda changes") {
  TEST_CASE("identical agendas have no changes") {
    const Agenda a = parse_ok(FeedParts{}.json());
    const Agenda b = parse_ok(FeedParts{}.json());
    CHECK(diff_agendas(a, b).empty());
    CHECK(describe(diff_agendas(a, b)) == "no session changed");
  }

  TEST_CASE("added, removed and changed sessions are found by id") {
    FeedParts before;
    before.sessions = "[" + session("same") + "," + session("gone") + "," +
                      session("moved", R"(, "speakers": ["ana"])") + "," +
                      session("later", R"(, "title": "Old title")") + "]";
    FeedParts after;
    after.sessions =
        "[" + session("same") + "," + session("new") + "," +
        session("moved", R"(, "speakers": ["bo"], "status": {"state": "moved", "room": "r2"})") +
        R"(, {"id": "later", "room": "r1", "title": "New title",
                          "start": "2017-07-18T11:00:00+02:00", "end": "2017-07-18T11:30:00+02:00"}])";
    const AgendaChanges changes = diff_agendas(parse_ok(before.json()), parse_ok(after.json()));
    CHECK(changes.added == std::vector<std::string>{"new"});
    CHECK(changes.removed == std::vector<std::string>{"gone"});
    REQUIRE(changes.changed.size() == 2);
    const SessionChange* moved = find(changes, "moved");
    REQUIRE(moved != nullptr);
    CHECK(moved->has(SessionField::people));
    CHECK(moved->has(SessionField::room));
    CHECK(moved->has(SessionField::status));
    CHECK_FALSE(moved->has(SessionField::time));
    const SessionChange* later = find(changes, "later");
    REQUIRE(later != nullptr);
    CHECK(later->has(SessionField::time));
    CHECK(later->has(SessionField::title));
    CHECK(describe(changes) ==
          "1 added (new), 1 removed (gone), 2 changed (moved: room, people, status; "
          "later: time, title)");
  }

  TEST_CASE("a delay is a change of time and status") {
    FeedParts after;
    after.sessions =
        std::string{"["} + session("s1", R"(, "status": {"state": "delayed", "minutes": 5})") + "]";
    const AgendaChanges changes =
        diff_agendas(parse_ok(FeedParts{}.json()), parse_ok(after.json()));
    REQUIRE(changes.changed.size() == 1);
    CHECK(changes.changed[0].has(SessionField::time));
    CHECK(changes.changed[0].has(SessionField::status));
  }

  TEST_CASE("a corrected role in the people list changes the sessions it appears in") {
    FeedParts before;
    before.sessions =
        std::string{"["} + session("s1", R"(, "speakers": ["ana"])") + "," + session("s2") + "]";
    FeedParts after = before;
    after.people =
        R"([{"id": "ana", "name": "Ana", "role": "Ministre"}, {"id": "bo", "name": "Bo"}])";
    const AgendaChanges changes = diff_agendas(parse_ok(before.json()), parse_ok(after.json()));
    REQUIRE(changes.changed.size() == 1);
    CHECK(changes.changed[0].id == "s1");
    CHECK(changes.changed[0].fields == static_cast<std::uint8_t>(SessionField::people));
  }
}
