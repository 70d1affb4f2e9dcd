// Announcements on screen: their start and end are changes of the schedule; info is a strip on
// every layout, warning a strip and a card of its own in the rotation, emergency the whole screen
// until it ends; the most severe first, the others in turn.
#include "core/screen.hpp"
#include "core/screen_alert.hpp"
#include "support/screen_fixture.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

using namespace nownext::core;
using nownext::testing::ScreenFixture;
using nownext::testing::shows;

namespace {

// The IDM 2017 feed with a second room, Salle XIX (without sessions), and `announcements` (a
// JSON array) added.
std::string idm_with(const std::string& announcements) {
  std::string feed =
      nownext::testing::read_test_file(nownext::testing::source_path("feeds/idm2017.json"));
  const auto rooms_end = feed.find(']', feed.find("\"rooms\""));
  REQUIRE(rooms_end != std::string::npos);
  feed.insert(rooms_end, R"(, {"id": "salle-xix", "name": "Salle XIX"})");
  const auto end = feed.rfind('}');
  REQUIRE(end != std::string::npos);
  return feed.substr(0, end) + R"(, "announcements": )" + announcements + "}";
}

const std::string evacuation = R"([{"id": "evac", "severity": "emergency",
    "text": {"fr": "Évacuez la salle XVIII", "en": "Leave room XVIII"},
    "from": "2017-07-18T11:00:30+02:00", "until": "2017-07-18T11:10:00+02:00",
    "rooms": ["salle-xviii"]}])";

bool is_takeover(const Frame& frame) {
  return frame.background == Color{0, 0, 0} && !shows(frame, "Salle de conférence XVIII");
}

}  // namespace

TEST_SUITE("announcements") {
  TEST_CASE("an announcement's start and end are changes of the schedule, to the second") {
    ScreenFixture f{idm_with(evacuation), "room-door-landscape", 1920, 1080};
    CHECK(f.schedule.next_change(f.at("2017-07-18T11:00")) == f.at("2017-07-18T11:00:30"));
    CHECK(f.schedule.next_change(f.at("2017-07-18T11:05")) == f.at("2017-07-18T11:10"));
    CHECK(f.schedule.previous_change(f.at("2017-07-18T11:01")) == f.at("2017-07-18T11:00:30"));
  }

  TEST_CASE("alerts from outside the feed give their changes too") {
    Announcement a;
    a.from = *parse_instant("2017-07-18T11:00:30+02:00");
    a.until = *parse_instant("2017-07-18T11:10:00+02:00");
    const std::vector<Announcement> alerts{a};
    CHECK(next_announcement_change(alerts, *a.from - std::chrono::seconds{1}) == a.from);
    CHECK(next_announcement_change(alerts, *a.from) == a.until);
    CHECK_FALSE(next_announcement_change(alerts, *a.until).has_value());
  }

  TEST_CASE("info is a strip on the door and on the hallway, and only while in force") {
    const std::string info = R"([{"id": "coffee", "text": {"fr": "Café au foyer", "en": "Coffee"},
        "from": "2017-07-18T11:00:00+02:00", "until": "2017-07-18T12:00:00+02:00",
        "rooms": ["salle-xviii"]}])";
    ScreenFixture door{idm_with(info), "room-door-landscape", 1920, 1080};
    CHECK(shows(build_screen(door.context, 0, door.at("2017-07-18T11:30"), {}), "Café au foyer"));
    CHECK_FALSE(shows(build_screen(door.context, 0, door.at("2017-07-18T12:00"), {}), "Café"));
    ScreenFixture hall{idm_with(info), "hallway", 1920, 1080};
    CHECK(shows(build_screen(hall.context, 0, hall.at("2017-07-18T11:30"), {}), "Café au foyer"));
    // A hallway that does not show the room is not told.
    hall.context.hallway_rooms = {1};
    CHECK_FALSE(shows(build_screen(hall.context, 0, hall.at("2017-07-18T11:30"), {}), "Café"));
  }

  TEST_CASE("a warning is a strip and a card of its own in the page rotation") {
    const std::string warning = R"([{"id": "move", "severity": "warning",
        "text": {"fr": "Le panel 2 change de salle", "en": "Panel 2 moves"},
        "from": "2017-07-18T11:00:00+02:00", "until": "2017-07-18T12:00:00+02:00"}])";
    ScreenFixture f{idm_with(warning), "room-door-landscape", 1920, 1080};
    const Instant at = f.at("2017-07-18T11:30");
    std::set<PageKind> kinds;
    PagePosition page{};
    std::optional<PagePosition> card;
    for (int step = 0; step < 12; ++step) {
      const PageKind kind = playlist_entry(f.layout, page.entry).page;
      kinds.insert(kind);
      if (kind == PageKind::announcement) card = page;
      CHECK(shows(build_screen(f.context, 0, at, page), "Le panel 2 change de salle"));
      page = next_page(f.context, 0, at, page);
    }
    REQUIRE(card.has_value());
    CHECK(kinds.count(PageKind::now) == 1);
    const Frame frame = build_screen(f.context, 0, at, *card);
    CHECK_FALSE(shows(frame, "Panel 1"));  // the card replaces the sessions on its page
    // Once it has ended, the rotation skips its page.
    const Instant after = f.at("2017-07-18T12:00");
    PagePosition p{};
    for (int step = 0; step < 12; ++step) {
      CHECK(playlist_entry(f.layout, p.entry).page != PageKind::announcement);
      p = next_page(f.context, 0, after, p);
    }
  }

  TEST_CASE("an emergency replaces every page of every screen it targets until it ends") {
    ScreenFixture f{idm_with(evacuation), "room-door-landscape", 1920, 1080};
    CHECK_FALSE(is_takeover(build_screen(f.context, 0, f.at("2017-07-18T11:00:29"), {})));
    for (std::size_t entry = 0; entry < playlist_size(f.layout); ++entry) {
      const Frame frame = build_screen(f.context, 0, f.at("2017-07-18T11:00:30"), {entry, 0});
      CHECK(is_takeover(frame));
      CHECK(shows(frame, "Évacuez la salle XVIII"));
      CHECK(shows(frame, "Leave room XVIII"));
    }
    CHECK_FALSE(is_takeover(build_screen(f.context, 1, f.at("2017-07-18T11:05"), {})));
    CHECK_FALSE(is_takeover(build_screen(f.context, 0, f.at("2017-07-18T11:10"), {})));
    ScreenFixture hall{idm_with(evacuation), "hallway", 1080, 1920};
    CHECK(is_takeover(build_screen(hall.context, 0, hall.at("2017-07-18T11:05"), {})));
  }

  TEST_CASE("an emergency's text is large and inside the screen, at every size") {
    for (const auto& [w, h] : {std::pair{1920, 1080}, {1080, 1920}, {800, 480}, {3840, 2160}}) {
      CAPTURE(w);
      ScreenFixture f{idm_with(evacuation), "room-door-landscape", w, h};
      const Frame frame = build_screen(f.context, 0, f.at("2017-07-18T11:05"), {});
      for (const auto& element : frame.elements) {
        std::visit(
            [&](const auto& e) {
              CHECK(e.rect.x >= 0);
              CHECK(e.rect.y >= 0);
              CHECK(e.rect.x + e.rect.w <= w);
              CHECK(e.rect.y + e.rect.h <= h);
            },
            element);
        if (const auto* box = std::get_if<TextBox>(&element)) {
          CHECK(box->min_size_px >= frame.min_text_px);
          if (box->role == TextRole::title) CHECK(box->max_size_px > 2 * frame.min_text_px);
        }
      }
    }
  }

  TEST_CASE("the takeover stacks the languages it carries, the screen's first, at most six") {
    const std::string many = R"([{"id": "evac", "severity": "emergency", "text": {
        "en": "Leave", "ar": "غادروا", "zh": "撤离", "ru": "Покиньте", "es": "Salgan",
        "fr": "Sortez", "de": "Verlassen"}}])";
    ScreenFixture f{idm_with(many), "room-door-landscape", 1920, 1080};
    f.context.languages = {"fr", "en"};
    const Frame frame = build_screen(f.context, 0, f.at("2017-07-18T11:05"), {});
    const std::vector<std::string> shown = nownext::testing::texts_of(frame);
    REQUIRE(shown.size() == 6);
    CHECK(shown[0] == "Sortez");
    CHECK(shown[1] == "Leave");
    CHECK(std::set<std::string>(shown.begin(), shown.end()).size() == 6);
    // Each block below the one before, Arabic aligned on its starting side: the right.
    int y = -1;
    for (const auto& element : frame.elements) {
      if (const auto* box = std::get_if<TextBox>(&element)) {
        CHECK(box->rect.y > y);
        CHECK(box->align == Align::start);
        y = box->rect.y;
      }
    }
  }

  TEST_CASE("of several announcements the most severe is shown; the others wait their turn") {
    const std::string two = R"([
        {"id": "a-info", "text": "Coffee", "from": "2017-07-18T11:00:00+02:00"},
        {"id": "b-warn", "severity": "warning", "text": "Panel moves",
         "from": "2017-07-18T11:00:00+02:00", "until": "2017-07-18T11:20:00+02:00"},
        {"id": "c-evac", "severity": "emergency", "text": "Evacuate",
         "from": "2017-07-18T11:05:00+02:00", "until": "2017-07-18T11:10:00+02:00"}])";
    ScreenFixture f{idm_with(two), "room-door-landscape", 1920, 1080};
    const auto at = [&](const char* t) { return screen_announcements(f.context, 0, f.at(t)); };
    CHECK(at("2017-07-18T11:01").strip->id == "b-warn");
    CHECK(at("2017-07-18T11:01").takeover == nullptr);
    CHECK(at("2017-07-18T11:06").takeover->id == "c-evac");
    CHECK(at("2017-07-18T11:15").takeover == nullptr);
    CHECK(at("2017-07-18T11:25").strip->id == "a-info");
    CHECK(at("2017-07-18T11:25").card == nullptr);
    // Within one form, the higher rank (an alert's severity and urgency) goes first.
    Announcement higher;
    higher.id = "z-alert";
    higher.severity = Announcement::Severity::warning;
    higher.rank = 43;
    const std::vector<Announcement> alerts{higher};
    f.context.alerts = alerts;
    CHECK(at("2017-07-18T11:01").strip->id == "z-alert");
    CHECK(at("2017-07-18T11:01").card->id == "z-alert");
  }
}

TEST_SUITE("announcements") {
  TEST_CASE("an emergency takes a screen over even before any agenda was loaded") {
    Announcement a;
    a.severity = Announcement::Severity::emergency;
    a.text = Text{std::vector<Text::Variant>{{"de", "Verlassen Sie das Gebäude"},
                                             {"en", "Leave the building"}}};
    const Frame frame = takeover_screen(a, {"en"}, 1280, 720, 2);
    CHECK(nownext::testing::texts_of(frame) ==
          std::vector<std::string>{"Leave the building", "Verlassen Sie das Gebäude"});
    CHECK(frame.background == Color{0, 0, 0});
    CHECK(frame.min_text_px == legibility_floor_px(1280, 720, 2));
  }
}
