// What the audit renders of a feed: the instants (changes, and a minute after each) and every page
// of the playlist at an instant.
#include "core/audit_plan.hpp"
#include "support/screen_fixture.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace nownext::core;
using nownext::testing::idm_screen;
using nownext::testing::read_test_file;
using nownext::testing::ScreenFixture;
using nownext::testing::source_path;

namespace {

bool has(const std::vector<Instant>& instants, Instant at) {
  return std::find(instants.begin(), instants.end(), at) != instants.end();
}

}  // namespace

TEST_SUITE("audit plan") {
  TEST_CASE("instants: an hour before the first change, every change and a minute after each") {
    const auto f = idm_screen("room-door-landscape");
    const std::vector<Instant> instants = audit_instants(f->schedule);
    REQUIRE(instants.size() > 4);
    CHECK(std::is_sorted(instants.begin(), instants.end()));
    CHECK(std::adjacent_find(instants.begin(), instants.end()) == instants.end());
    // The first venue day starts at 04:00; the first session at 09:00.
    CHECK(instants[0] == f->at("2017-07-18T03:00"));
    CHECK(instants[1] == f->at("2017-07-18T04:00"));
    CHECK(instants[2] == f->at("2017-07-18T04:01"));
    CHECK(has(instants, f->at("2017-07-18T09:00")));
    CHECK(has(instants, f->at("2017-07-18T09:01")));
    CHECK(has(instants, f->at("2017-07-19T04:00")));
    // Every change the schedule knows of is there, with the minute after it; nothing after.
    Instant last = instants[0];
    for (auto at = f->schedule.next_change(instants[0]); at; at = f->schedule.next_change(*at)) {
      CHECK(has(instants, *at));
      CHECK(has(instants, *at + std::chrono::minutes{1}));
      last = *at;
    }
    CHECK(instants.back() == last + std::chrono::minutes{1});
  }

  TEST_CASE("instants include the start and end of each announcement") {
    ScreenFixture f{read_test_file(source_path("feeds/examples/complete.json")),
                    "room-door-landscape", 1920, 1080, "en"};
    const std::vector<Instant> instants = audit_instants(f.schedule);
    CHECK(has(instants, f.at("2026-07-14T08:00")));
    CHECK(has(instants, f.at("2026-07-14T08:01")));
    CHECK(has(instants, f.at("2026-07-14T10:00")));
  }

  TEST_CASE("pages: each page of the playlist once, numbered as next_page steps") {
    const auto f = idm_screen("room-door-landscape");
    // Panel 1 pages through its speakers on the now card; the next card follows.
    const Instant at = f->at("2017-07-18T11:40");
    const std::vector<AuditPage> pages = audit_pages(f->context, 0, at);
    int expected = 0;
    for (std::size_t entry = 0; entry < f->layout.playlist.size(); ++entry) {
      if (page_has_content(f->context, 0, at, entry))
        expected += sub_pages(f->context, 0, at, entry);
    }
    REQUIRE(expected > 2);
    REQUIRE(pages.size() == static_cast<std::size_t>(expected));
    PagePosition position;
    for (std::size_t i = 0; i < pages.size(); ++i) {
      CHECK(pages[i].step == static_cast<int>(i));
      CHECK(pages[i].position == position);
      position = next_page(f->context, 0, at, position);
    }
    CHECK(position == PagePosition{});
  }
}
