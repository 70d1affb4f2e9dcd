// Screens without sessions: the wait for a first agenda says why, and a door whose room left the
// programme says so under its own name, never showing another room's sessions.
#include "core/screen_notice.hpp"
#include "support/screen_fixture.hpp"

#include <doctest/doctest.h>

#include <date/tz.h>

#include <algorithm>

using namespace nownext;
using namespace nownext::core;
using testing::shows;

namespace {

// The bundled feed with the room of the door renamed, as an exporter that derives ids from names.
std::string idm_without_salle_xviii() {
  std::string json = testing::read_test_file(testing::source_path("feeds/idm2017.json"));
  for (auto at = json.find("\"salle-xviii\""); at != std::string::npos;
       at = json.find("\"salle-xviii\"", at)) {
    json.replace(at, 13, "\"salle-18\"");
  }
  return json;
}

}  // namespace

TEST_SUITE("screens without sessions") {
  TEST_CASE("before any agenda the screen says the programme is not available yet and why") {
    const Theme theme = testing::load_theme("default");
    const UiStrings strings = testing::load_strings("en");
    const date::time_zone& zone = *find_time_zone("Europe/Zurich");
    const Instant tried = *parse_instant("2026-03-02T08:41:00Z");

    SUBCASE("while the first try is under way it is only loading") {
      const Frame frame = waiting_screen(theme, strings, 1920, 1080, {}, "");
      CHECK(shows(frame, "Loading the programme"));
      CHECK_FALSE(shows(frame, "not available"));
    }
    SUBCASE("the feed cannot be reached, with the time of the last try") {
      const Frame frame = waiting_screen(theme, strings, 1920, 1080,
                                         {FeedTrouble::unreachable, to_local(tried, zone)}, "");
      CHECK(shows(frame, "The programme is not available yet"));
      CHECK(shows(frame, "cannot be reached (last try at 09:41)"));
    }
    SUBCASE("the feed is invalid, in portrait and in French") {
      const Frame frame =
          waiting_screen(theme, testing::load_strings("fr"), 1080, 1920,
                         {FeedTrouble::invalid, to_local(tried, zone)}, "Démonstration");
      CHECK(frame.width_px == 1080);
      CHECK(shows(frame, "pas encore disponible"));
      CHECK(shows(frame, "n\u2019est pas valide (dernier essai à 09:41)"));
      CHECK(shows(frame, "Démonstration"));
    }
  }

  TEST_CASE("a screen whose id the fleet lacks says so, naming the id and the fleet file") {
    const Theme theme = testing::load_theme("default");
    const UnknownScreen unknown{"attic", "https://agenda.example.org/fleet.json"};

    SUBCASE("in English") {
      const Frame frame =
          unknown_screen_screen(theme, testing::load_strings("en"), 1920, 1080, unknown, "");
      CHECK(shows(frame, "This screen is not in the fleet file"));
      CHECK(shows(frame, "attic"));
      CHECK(shows(frame, "https://agenda.example.org/fleet.json"));
    }
    SUBCASE("in French, in portrait, with the demo note") {
      const Frame frame = unknown_screen_screen(theme, testing::load_strings("fr"), 1080, 1920,
                                                unknown, "Démonstration");
      CHECK(frame.width_px == 1080);
      CHECK(shows(frame, "fichier de flotte"));
      CHECK(shows(frame, "attic"));
      CHECK(shows(frame, "Démonstration"));
    }
    SUBCASE("in each of the other UN languages, with the id and the file") {
      for (const char* language : {"ar", "zh", "ru", "es"}) {
        CAPTURE(language);
        const UiStrings strings = testing::load_strings(language);
        const Frame frame = unknown_screen_screen(theme, strings, 1280, 720, unknown, "");
        CHECK(shows(frame, strings.word("screen_unknown")));
        CHECK(shows(frame, "attic"));
        CHECK(shows(frame, "https://agenda.example.org/fleet.json"));
      }
    }
  }

  TEST_CASE("a door whose room the agenda lacks shows its own name and no other room's sessions") {
    testing::ScreenFixture fixture{idm_without_salle_xviii(), "room-door-landscape", 1920, 1080,
                                   "en"};
    const Instant at = fixture.at("2017-07-18T11:00");
    const Frame normal = build_screen(fixture.context, 0, at, {});
    REQUIRE(shows(normal, "Ahmed Hussen"));  // what room 0 shows at that time

    SUBCASE("with the name from the last agenda that had the room") {
      const Frame frame =
          absent_room_screen(fixture.context, "salle-xviii", Text{"Salle XVIII"}, at);
      CHECK(shows(frame, "Salle XVIII"));
      CHECK(shows(frame, "This room is not in the current programme"));
      CHECK(shows(frame, "11:00"));  // the clock goes on
      CHECK_FALSE(shows(frame, "Ahmed Hussen"));
      CHECK_FALSE(shows(frame, "Salle de conférence"));
    }
    SUBCASE("with only the configured id when no agenda ever had it") {
      const Frame frame = absent_room_screen(fixture.context, "salle-xviii", std::nullopt, at);
      const auto texts = testing::texts_of(frame);
      CHECK(std::find(texts.begin(), texts.end(), "salle-xviii") != texts.end());
      CHECK(shows(frame, "This room is not in the current programme"));
    }
  }

  TEST_CASE("a configured room going and coming back is said once each time, name kept") {
    const Agenda with =
        testing::load_agenda(testing::read_test_file(testing::source_path("feeds/idm2017.json")));
    const Agenda without = testing::load_agenda(idm_without_salle_xviii());
    RoomPresence presence{"salle-xviii"};
    CHECK_FALSE(presence.present());                 // no agenda seen yet
    CHECK_FALSE(presence.update(with).has_value());  // there from the start: nothing to say
    CHECK(presence.present());
    REQUIRE(presence.last_name().has_value());
    const std::string name{presence.last_name()->any()};
    const auto gone = presence.update(without);
    REQUIRE(gone.has_value());
    CHECK(gone->find("room salle-xviii: not in the new programme") != std::string::npos);
    CHECK(gone->find("rooms: salle-18") != std::string::npos);
    CHECK_FALSE(presence.present());
    CHECK_FALSE(presence.update(without).has_value());  // once
    REQUIRE(presence.last_name().has_value());
    CHECK(presence.last_name()->any() == name);  // the last agenda that had it
    CHECK(presence.update(with) == "room salle-xviii: in the programme again");
    CHECK_FALSE(presence.update(with).has_value());
    CHECK(presence.update(without).has_value());  // and again when it goes again
  }

  TEST_CASE("a configured room missing from the first agenda is said at once") {
    RoomPresence presence{"attic"};
    const auto line = presence.update(
        testing::load_agenda(testing::read_test_file(testing::source_path("feeds/idm2017.json"))));
    REQUIRE(line.has_value());
    CHECK(line->find("room attic: not in the programme") != std::string::npos);
    CHECK_FALSE(presence.last_name().has_value());
  }
}

TEST_SUITE("preview") {
  TEST_CASE("the preview's footer gives the simulated clock, its speed or pause, and the layout") {
    const auto strings = nownext::testing::load_strings("fr");
    const LocalTime when{std::chrono::year_month_day{std::chrono::year{2017}, std::chrono::July,
                                                     std::chrono::day{18}},
                         std::chrono::hh_mm_ss<std::chrono::seconds>{std::chrono::hours{11} +
                                                                     std::chrono::minutes{40}},
                         std::chrono::hours{2}};
    CHECK(preview_note(strings, when, 60, false, "room-door-landscape") ==
          "Aperçu : horloge simulée au mardi 18 juillet 2017, 11:40 · ×60 · room-door-landscape");
    CHECK(preview_note(strings, when, 1.5, true, "hallway").find("en pause · hallway") !=
          std::string::npos);
    CHECK(preview_note(strings, when, 1, false, "hallway").find("rejou") == std::string::npos);
  }
}
