// Nothing lost on screen, at the frame level: every session running in a room is named, and
// every speaker of the next session appears on some page of the full-width next card.
#include "core/screen.hpp"
#include "support/screen_fixture.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <utility>

using namespace nownext::core;
using nownext::testing::ScreenFixture;
using nownext::testing::shows;

namespace {

ScreenFixture overlap_screen(const std::string& layout) {
  return ScreenFixture{nownext::testing::read_test_file(nownext::testing::source_path(
                           "tests/data/field/09_overlap_same_room.json")),
                       layout, 1920, 1080, "en"};
}

// The playlist entry of a page kind in the fixture's layout.
std::size_t entry_of(const ScreenFixture& f, PageKind kind) {
  for (std::size_t i = 0; i < f.layout.playlist.size(); ++i) {
    if (f.layout.playlist[i].page == kind) return i;
  }
  FAIL("the layout has no such page");
  return 0;
}

}  // namespace

TEST_SUITE("nothing lost on screen") {
  TEST_CASE("three sessions at once in one room: the door names every one of them") {
    ScreenFixture f = overlap_screen("room-door-landscape");
    const Frame frame = build_screen(f.context, 0, f.at("2023-04-07T15:40"), {});
    CHECK(shows(frame, "Discussion section 1A"));
    CHECK(shows(frame, "Discussion section 1B"));
    CHECK(shows(frame, "Office hours (partly overlapping)"));
  }

  TEST_CASE("three sessions at once in one room: the hallway row counts and names the others") {
    ScreenFixture f = overlap_screen("hallway");
    const Frame frame = build_screen(f.context, 0, f.at("2023-04-07T15:40"), {});
    CHECK(shows(frame, "Discussion section 1A"));
    CHECK(shows(frame, "+2: Discussion section 1B · Office hours (partly overlapping)"));
    // A room with one session running says nothing more.
    CHECK_FALSE(shows(frame, "+1"));
  }

  TEST_CASE("every speaker of the now and next sessions appears on some page, at every size") {
    // Portrait layouts on landscape screens too: a small card pages, it never drops a name.
    for (const auto& [w, h] : {std::pair{800, 480}, {480, 800}, {1920, 1080}, {1080, 1920}}) {
      for (const char* layout : {"room-door-landscape", "room-door-portrait"}) {
        auto f = nownext::testing::idm_screen(layout, w, h);
        const Agenda& agenda = f->agenda;
        for (auto at = f->at("2017-07-18T08:00"); at < f->at("2017-07-20T08:00");) {
          const RoomNow answer = f->schedule.room_at(0, at);
          const std::pair<PageKind, std::optional<SessionIndex>> cards[] = {
              {PageKind::now, answer.state == RoomState::running
                                  ? std::optional{answer.now[0].back()}
                                  : std::nullopt},
              {PageKind::next, answer.next}};
          for (const auto& [kind, session] : cards) {
            if (!session) continue;
            const std::size_t entry = entry_of(*f, kind);
            const int pages = sub_pages(f->context, 0, at, entry);
            std::string seen = "\n";
            for (int page = 0; page < pages; ++page) {
              const Frame frame = build_screen(f->context, 0, at, {entry, page});
              for (const std::string& text : nownext::testing::texts_of(frame)) {
                seen += text + "\n";
              }
            }
            for (const Participation& p : agenda.sessions()[*session].speakers) {
              const std::string name{agenda.people()[p.person].name.in(std::string_view{"fr"})};
              CAPTURE(layout);
              CAPTURE(w);
              CAPTURE(h);
              CAPTURE(name);
              // The name starts a line of its own (a note may follow it in brackets).
              CHECK(seen.find("\n" + name) != std::string::npos);
            }
          }
          const auto change = f->schedule.next_change(at);
          if (!change) break;
          at = *change;
        }
      }
    }
  }
}
