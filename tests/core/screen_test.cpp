// Frames of the room-door, hallway and day screens at IDM 2017 instants: every state says
// something true, text stays legible and inside the screen.
#include "core/screen.hpp"
#include "support/generated_feed.hpp"
#include "support/screen_fixture.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <tuple>

using namespace nownext::core;
using nownext::testing::idm_screen;
using nownext::testing::shows;
using nownext::testing::texts_of;

namespace {

Frame room_frame(nownext::testing::ScreenFixture& f, const std::string& at,
                 PagePosition page = {}) {
  return build_screen(f.context, 0, f.at(at), page);
}

std::string all_text(const Frame& frame) {
  std::string out;
  for (const auto& t : texts_of(frame)) out += t + " | ";
  return out;
}

// Text boxes never below the legibility floor, every element inside the screen.
void check_legible_and_inside(const Frame& frame) {
  const int floor = frame.min_text_px;
  CHECK(floor >= legibility_floor_px(frame.width_px, frame.height_px));
  for (const auto& element : frame.elements) {
    std::visit(
        [&](const auto& e) {
          CHECK(e.rect.x >= 0);
          CHECK(e.rect.y >= 0);
          CHECK(e.rect.x + e.rect.w <= frame.width_px);
          CHECK(e.rect.y + e.rect.h <= frame.height_px);
        },
        element);
    if (const auto* box = std::get_if<TextBox>(&element)) {
      CAPTURE(box->text);
      CHECK(box->min_size_px >= floor);
      CHECK(box->max_size_px >= box->min_size_px);
    }
  }
}

}  // namespace

TEST_SUITE("screen: room door") {
  TEST_CASE("the legibility floor grows with the reading distance, the same in both orientations") {
    // A door read from 2 m, the default.
    CHECK(legibility_floor_px(1920, 1080) == 29);
    CHECK(legibility_floor_px(1080, 1920) == 29);
    CHECK(legibility_floor_px(3840, 2160) == 57);
    CHECK(legibility_floor_px(800, 480) == 13);
    // A hallway read from 5 m (issue: no text under 32 px at 1080p).
    CHECK(legibility_floor_px(1920, 1080, 5) == 37);
    CHECK(legibility_floor_px(400, 240, 0.5) == 12);
  }

  TEST_CASE("before the start on 18 July: welcome, the first start and a countdown") {
    auto f = idm_screen("room-door-landscape");
    const Frame frame = room_frame(*f, "2017-07-18T08:30");
    CAPTURE(all_text(frame));
    CHECK(shows(frame, "Bienvenue"));
    CHECK(shows(frame, "Début à 09:00 · dans 30\u00A0min"));
    CHECK(shows(frame, "À SUIVRE"));
    CHECK(shows(frame, "Enregistrement"));
    CHECK(shows(frame, "mardi 18 juillet 2017"));
    CHECK(shows(frame, "08:30"));
  }

  TEST_CASE("Panel 1 running: kind, title, time, minutes left, moderator, speakers, next") {
    auto f = idm_screen("room-door-landscape");
    const Frame frame = room_frame(*f, "2017-07-18T11:40");
    CAPTURE(all_text(frame));
    CHECK(shows(frame, "EN COURS"));
    CHECK(shows(frame, "Panel 1\u00A0: Comprendre la vulnérabilité des migrants"));
    CHECK(shows(frame, "11:30 – 13:00"));
    CHECK(shows(frame, "encore 1\u202Fh et 20\u00A0min"));
    CHECK(shows(frame, "Modération"));
    CHECK(shows(frame, "Vincent Chetail"));
    CHECK(shows(frame, "Professeur de droit international, Directeur, Global Migration Centre"));
    CHECK(shows(frame, "Nanette Thomas"));
    CHECK(shows(frame, "15:00 · dans 3\u202Fh et 20\u00A0min"));
    CHECK(shows(frame, "Identifier les vulnérabilités des migrants"));
  }

  TEST_CASE("Arabic counts two speakers in the dual, and each language lists names its own way") {
    // "Migrant voices" (11:10-11:30 on 18 July) has two speakers.
    auto door = idm_screen("room-door-landscape", 1920, 1080, "ar");
    const Frame frame = room_frame(*door, "2017-07-18T11:15");
    CAPTURE(all_text(frame));
    CHECK(shows(frame, "المتحدثان"));
    // Panel 1 has five: the plural, and the hallway row lists them with the Arabic "and".
    auto hall = idm_screen("hallway", 1920, 1080, "ar");
    const Frame row = build_screen(hall->context, 0, hall->at("2017-07-18T11:40"), {});
    CAPTURE(all_text(row));
    CHECK(shows(row, "المتحدثون"));
    CHECK(shows(row, " و"));
    CHECK_FALSE(shows(row, "Thomas, "));
    // A short name is held on one line (a no-break space), a long one may break.
    auto french = idm_screen("hallway", 1920, 1080, "fr");
    CHECK(shows(build_screen(french->context, 0, french->at("2017-07-18T11:40"), {}),
                "Matteo\u00A0Biffoni et Cecilia Jimenez-Damary"));
  }

  TEST_CASE("day 1's 13:00-15:00 gap is a break with the time things resume") {
    auto f = idm_screen("room-door-landscape");
    const Frame frame = room_frame(*f, "2017-07-18T13:30");
    CAPTURE(all_text(frame));
    CHECK(shows(frame, "Pause"));
    CHECK(shows(frame, "Reprise à 15:00"));
    CHECK_FALSE(shows(frame, "EN COURS"));
  }

  TEST_CASE("the book launch during day 2's break, with the break beside it") {
    auto f = idm_screen("room-door-landscape");
    const Frame frame = room_frame(*f, "2017-07-19T13:45");
    CAPTURE(all_text(frame));
    CHECK(shows(frame, "Manifestation parallèle\u00A0: Lancement du livre"));
    CHECK(shows(frame, "En parallèle\u00A0: Pause (13:00 – 15:00)"));
    CHECK(shows(frame, "Modération"));
    CHECK(shows(frame, "Vincent Houver"));
  }

  TEST_CASE("Session 6 › Panel 2: the parent chain above the panel") {
    auto f = idm_screen("room-door-landscape");
    const Frame frame = room_frame(*f, "2017-07-19T16:20");
    CAPTURE(all_text(frame));
    const auto texts = texts_of(frame);
    // The session by its label and title, and its part running now.
    CHECK(shows(frame, "Session 6\u00A0: Vers un pacte mondial sur les migrations"));
    CHECK(std::find(texts.begin(), texts.end(), "Panel 2") != texts.end());
    // The hallway row keeps both too.
    auto hall = idm_screen("hallway");
    const Frame row = build_screen(hall->context, 0, hall->at("2017-07-19T16:20"), {});
    CAPTURE(all_text(row));
    CHECK(shows(row, "Session 6 › Panel 2"));
    CHECK(shows(frame, "Modération"));
    CHECK(shows(frame, "Laura Thompson"));
    CHECK(shows(frame, "Synthèse et conclusions"));
  }

  TEST_CASE("Panel 5's seven people: the speakers are paged, not shrunk") {
    auto f = idm_screen("room-door-landscape");
    const Instant at = f->at("2017-07-19T12:00");
    const int pages = sub_pages(f->context, 0, at, 0);
    // Six speakers do not fit beside the title at the door's type sizes on 1080p.
    REQUIRE(pages >= 2);
    const std::string count = "/" + std::to_string(pages);
    const std::vector<std::string> speakers{"Khadjetou Mbareck Fall", "Chidi King"};
    std::map<std::string, int> seen;
    for (int page = 0; page < pages; ++page) {
      const Frame frame = build_screen(f->context, 0, at, {0, page});
      CAPTURE(all_text(frame));
      CHECK(shows(frame, "Intervenants  " + std::to_string(page + 1) + count));
      // Every page keeps the moderator.
      CHECK(shows(frame, "Modération"));
      CHECK(shows(frame, "Daniela Reale"));
      for (const std::string& name : speakers) seen[name] += shows(frame, name) ? 1 : 0;
    }
    // Each speaker on exactly one page: the first on the first, the last on the last.
    for (const std::string& name : speakers) CHECK(seen[name] == 1);
    CHECK(shows(build_screen(f->context, 0, at, {0, 0}), "Khadjetou Mbareck Fall"));
    CHECK(shows(build_screen(f->context, 0, at, {0, pages - 1}), "Chidi King"));
    // The playlist steps through the speaker pages, then the next card.
    CHECK(next_page(f->context, 0, at, {0, 0}) == PagePosition{0, 1});
    CHECK(next_page(f->context, 0, at, {0, pages - 1}) == PagePosition{1, 0});
  }

  TEST_CASE("end of the first day, and the end of the event") {
    auto f = idm_screen("room-door-landscape");
    const Frame evening = room_frame(*f, "2017-07-18T18:30");
    CAPTURE(all_text(evening));
    CHECK(shows(evening, "Fin de la première journée"));
    CHECK(shows(evening, "Reprise demain à 10:00"));
    const Frame after = room_frame(*f, "2017-07-19T18:30");
    CHECK(shows(after, "Fin de l\u2019événement"));
    CHECK(shows(after, "Merci de votre participation"));
    CHECK_FALSE(shows(after, "À SUIVRE"));
  }

  TEST_CASE("interface words come from the language's file") {
    auto f = idm_screen("room-door-landscape", 1920, 1080, "en");
    const Frame frame = room_frame(*f, "2017-07-18T11:40");
    CHECK(shows(frame, "NOW"));
    CHECK(shows(frame, "NEXT"));
    CHECK(shows(frame, "1 hr, 20 mins left"));
    CHECK(shows(frame, "Tuesday, 18 July 2017"));
  }

  TEST_CASE("a stale agenda and a demo clock are marked discreetly") {
    auto f = idm_screen("room-door-landscape");
    f->context.health = {true, f->at("2017-07-18T11:02")};
    f->context.demo_note = "Démonstration : horloge rejouée le 18 juillet 2017";
    const Frame frame = room_frame(*f, "2017-07-18T11:40");
    CHECK(shows(frame, "Programme non mis à jour depuis 11:02"));
    CHECK(shows(frame, "Démonstration"));
  }

  TEST_CASE("every state is legible and inside the screen, in both orientations and 4K") {
    for (const auto& [layout, w, h] : {std::tuple{"room-door-landscape", 1920, 1080},
                                       std::tuple{"room-door-portrait", 1080, 1920},
                                       std::tuple{"room-door-landscape", 3840, 2160},
                                       std::tuple{"room-door-landscape", 800, 480}}) {
      auto f = idm_screen(layout, w, h);
      for (const char* at :
           {"2017-07-18T08:30", "2017-07-18T11:40", "2017-07-18T13:30", "2017-07-19T13:45",
            "2017-07-19T16:20", "2017-07-19T12:00", "2017-07-18T18:30", "2017-07-19T18:30"}) {
        CAPTURE(layout);
        CAPTURE(at);
        for (std::size_t entry = 0; entry < f->layout.playlist.size(); ++entry) {
          check_legible_and_inside(build_screen(f->context, 0, f->at(at), {entry, 0}));
        }
      }
    }
  }

  TEST_CASE("the same inputs give the same frame, and the clock changes it") {
    auto f = idm_screen("room-door-portrait", 1080, 1920);
    CHECK(room_frame(*f, "2017-07-18T11:40") == room_frame(*f, "2017-07-18T11:40"));
    CHECK_FALSE(room_frame(*f, "2017-07-18T11:40") == room_frame(*f, "2017-07-18T11:41"));
  }
}

TEST_SUITE("screen: statuses") {
  const char* status_feed = R"({"format": "nownext/1",
    "event": {"id": "c", "title": "Conf", "time_zone": "Europe/Zurich", "languages": ["fr"]},
    "rooms": [{"id": "r1", "name": "Salle 1"}, {"id": "r2", "name": "Salle 2"}],
    "sessions": [
      {"id": "late", "room": "r1", "title": "Retardée", "status": {"state": "delayed", "minutes": 15},
       "start": "2017-07-18T10:00:00+02:00", "end": "2017-07-18T11:00:00+02:00"},
      {"id": "off", "room": "r1", "title": "Annulée", "status": {"state": "cancelled"},
       "start": "2017-07-18T11:30:00+02:00", "end": "2017-07-18T12:00:00+02:00"},
      {"id": "away", "room": "r1", "title": "Partie", "status": {"state": "moved", "room": "r2"},
       "start": "2017-07-18T12:00:00+02:00", "end": "2017-07-18T13:00:00+02:00"}]})";

  TEST_CASE("delayed, cancelled and moved sessions say so") {
    nownext::testing::ScreenFixture f{status_feed, "room-door-landscape", 1920, 1080};
    const Frame frame = build_screen(f.context, 0, f.at("2017-07-18T10:30"), {});
    CAPTURE(all_text(frame));
    CHECK(shows(frame, "RETARDÉ DE 15 MIN"));
    CHECK(shows(frame, "10:15 – 11:15"));
    CHECK(shows(frame, "ANNULÉ"));
    CHECK(shows(frame, "DÉPLACÉ\u00A0: Salle 2 · 12:00 Partie"));
  }
}

TEST_SUITE("screen: announcements") {
  TEST_CASE("an announcement in force for the room shows in a strip, and goes at its end") {
    nownext::testing::ScreenFixture f{
        nownext::testing::read_test_file(
            nownext::testing::source_path("feeds/examples/complete.json")),
        "room-door-landscape", 1920, 1080, "en"};
    const Frame during = build_screen(f.context, 0, f.at("2026-07-14T09:30"), {});
    CHECK(shows(during, "Badges at the Pregny gate"));
    CHECK_FALSE(shows(build_screen(f.context, 0, f.at("2026-07-14T10:00"), {}), "Badges"));
    CHECK_FALSE(shows(build_screen(f.context, 1, f.at("2026-07-14T09:30"), {}), "Badges"));
    check_legible_and_inside(during);
  }
}

TEST_SUITE("screen: hallway and day") {
  TEST_CASE("the hallway shows a row per room, paged when there are more than fit") {
    nownext::testing::ScreenFixture f{nownext::testing::generate_feed(), "hallway", 1920, 1080,
                                      "en"};
    const Instant at = f.at("2026-03-02T09:00");
    CHECK(sub_pages(f.context, 0, at, 0) == 10);  // 60 rooms, 6 a page
    const Frame first = build_screen(f.context, 0, at, {0, 0});
    const Frame last = build_screen(f.context, 0, at, {0, 9});
    CHECK(shows(first, "Room 0"));
    CHECK(shows(first, "Room 5"));
    CHECK_FALSE(shows(first, "Room 6"));
    CHECK(shows(last, "Room 59"));
    CHECK(shows(last, "10/10"));
    check_legible_and_inside(first);
  }

  TEST_CASE("a hallway may show only some rooms, in the order given") {
    nownext::testing::ScreenFixture f{nownext::testing::generate_feed(), "hallway", 1920, 1080,
                                      "en"};
    f.context.hallway_rooms = {7, 3};
    const Instant at = f.at("2026-03-02T09:00");
    CHECK(sub_pages(f.context, 0, at, 0) == 1);
    const Frame frame = build_screen(f.context, 0, at, {0, 0});
    const auto texts = texts_of(frame);
    const auto seven = std::find(texts.begin(), texts.end(), "Room 7");
    const auto three = std::find(texts.begin(), texts.end(), "Room 3");
    REQUIRE(seven != texts.end());
    REQUIRE(three != texts.end());
    CHECK(seven < three);
    CHECK_FALSE(shows(frame, "Room 0"));
  }

  TEST_CASE("the day overview lists the room's day, highlighting what runs") {
    auto f = idm_screen("day-overview");
    const Frame frame = room_frame(*f, "2017-07-19T15:30");
    CAPTURE(all_text(frame));
    CHECK(shows(frame, "PROGRAMME DU JOUR"));
    CHECK(shows(frame, "Panel 4\u00A0: Intégration"));
    CHECK(shows(frame, "Synthèse et conclusions"));
    CHECK_FALSE(shows(frame, "Enregistrement"));  // day 1's
    // The running item sits on the highlight colour; past ones are dimmed.
    bool highlighted = false;
    for (const auto& e : frame.elements) {
      if (const auto* r = std::get_if<FilledRect>(&e))
        highlighted |= r->color == f->theme.highlight;
    }
    CHECK(highlighted);
    check_legible_and_inside(frame);
  }
}

TEST_SUITE("screen: transitions") {
  TEST_CASE("a slide keeps what both frames share and moves the rest") {
    auto f = idm_screen("room-door-landscape");
    const Instant at = f->at("2017-07-18T11:40");
    const Frame from = build_screen(f->context, 0, at, {0, 0});
    const Frame to = build_screen(f->context, 0, at, {1, 0});
    CHECK(slide_between(from, to, 0.0).elements.size() >= to.elements.size());
    const Frame end = slide_between(from, to, 1.0);
    // At the end, every element of `to` is in place.
    for (const auto& element : to.elements) {
      CHECK(std::find(end.elements.begin(), end.elements.end(), element) != end.elements.end());
    }
    const Frame middle = slide_between(from, to, 0.5);
    CHECK_FALSE(middle == end);
  }
}
