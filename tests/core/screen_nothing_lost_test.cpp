// Nothing lost on screen, at the frame level: every session running in a room is named, and
// every speaker of the next session appears on some page of the full-width next card.
#include "core/screen.hpp"
#include "support/screen_fixture.hpp"

#include <doctest/doctest.h>

#include <string>

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

  TEST_CASE("the full-width next card shows every speaker of the next session, on pages") {
    for (const auto& [w, h] : {std::pair{800, 480}, {480, 800}, {1920, 1080}, {1080, 1920}}) {
      auto f =
          nownext::testing::idm_screen(w > h ? "room-door-landscape" : "room-door-portrait", w, h);
      const std::size_t next_entry = entry_of(*f, PageKind::next);
      const Agenda& agenda = f->agenda;
      for (RoomIndex room = 0; room < agenda.rooms().size(); ++room) {
        // Every instant where the answer changes, over both days.
        for (auto at = f->at("2017-07-18T08:00"); at < f->at("2017-07-20T08:00");) {
          const RoomNow answer = f->schedule.room_at(room, at);
          if (answer.next) {
            const Session& next = agenda.sessions()[*answer.next];
            const int pages = sub_pages(f->context, room, at, next_entry);
            std::string seen = "\n";
            for (int page = 0; page < pages; ++page) {
              const Frame frame = build_screen(f->context, room, at, {next_entry, page});
              for (const std::string& text : nownext::testing::texts_of(frame)) seen += text + "\n";
              if (pages > 1) {
                CHECK(shows(frame, std::to_string(page + 1) + "/" + std::to_string(pages)));
              }
            }
            for (const Participation& p : next.speakers) {
              const std::string name{agenda.people()[p.person].name.in(std::string_view{"fr"})};
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
