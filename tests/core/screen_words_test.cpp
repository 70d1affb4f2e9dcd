// The right words in every state: each case sets a clock at an instant and checks that the
// screen says what is true then, and not what was wrong before.
#include "core/feed_parser.hpp"
#include "core/screen.hpp"
#include "core/screen_parts.hpp"
#include "core/typography.hpp"
#include "support/screen_fixture.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>
#include <string>

using namespace nownext::core;
using nownext::testing::ScreenFixture;
using nownext::testing::shows;

namespace {

std::string all_text(const Frame& frame) {
  std::string out;
  for (const std::string& text : nownext::testing::texts_of(frame)) out += text + " | ";
  return out;
}

ScreenFixture field(const std::string& file, const std::string& language = "en",
                    const std::string& layout = "room-door-landscape") {
  return ScreenFixture{
      nownext::testing::read_test_file(nownext::testing::source_path("tests/data/field/" + file)),
      layout, 1920, 1080, language};
}

// Sessions in one room of a day: a delayed one, a cancelled one, one moved in from the other
// room, one with a single speaker.
const char* status_feed = R"({"format": "nownext/1",
  "event": {"id": "c", "title": "Conf", "time_zone": "Europe/Zurich", "languages": ["fr", "en"]},
  "rooms": [{"id": "r1", "name": "Salle 1"}, {"id": "r2", "name": "Salle 2"}],
  "people": [{"id": "ana", "name": "Ana Lima", "role": "Directrice"}],
  "sessions": [
    {"id": "late", "room": "r1", "title": "Retardée", "status": {"state": "delayed", "minutes": 10},
     "start": "2017-07-18T10:00:00+02:00", "end": "2017-07-18T11:00:00+02:00", "speakers": ["ana"]},
    {"id": "off", "room": "r1", "title": "Annulée", "status": {"state": "cancelled"},
     "start": "2017-07-18T11:30:00+02:00", "end": "2017-07-18T12:00:00+02:00"},
    {"id": "in", "room": "r2", "title": "Venue d'ailleurs", "status": {"state": "moved", "room": "r1"},
     "start": "2017-07-18T12:30:00+02:00", "end": "2017-07-18T13:00:00+02:00"},
    {"id": "later", "room": "r1", "label": "Panel 1", "title": "Comprendre",
     "start": "2017-07-18T14:00:00+02:00", "end": "2017-07-18T15:00:00+02:00"}]})";

// A session whose people's roles take no line, one line and two lines on a door at 1080p, and
// three short sessions later that day.
const char* people_feed = R"({"format": "nownext/1",
  "event": {"id": "c", "title": "Conf", "time_zone": "Europe/Zurich", "languages": ["en"]},
  "rooms": [{"id": "r1", "name": "Room 1"}],
  "people": [{"id": "a", "name": "Ana Lima", "role": "Director"},
    {"id": "b", "name": "Bo Chen"},
    {"id": "c", "name": "Cy Roy", "role": "Head of the regional office for the protection of migrants in transit and at the borders of the region"},
    {"id": "d", "name": "Di Sow", "role": "Minister"}, {"id": "e", "name": "Ed Park"}],
  "sessions": [
    {"id": "talk", "room": "r1", "title": "Talk", "moderators": ["d"], "speakers": ["a", "b", "c"],
     "start": "2017-07-18T10:00:00+02:00", "end": "2017-07-18T11:00:00+02:00"},
    {"id": "s2", "room": "r1", "title": "Second", "speakers": ["e"],
     "start": "2017-07-18T11:00:00+02:00", "end": "2017-07-18T12:00:00+02:00"},
    {"id": "s3", "room": "r1", "title": "Third",
     "start": "2017-07-18T14:00:00+02:00", "end": "2017-07-18T15:00:00+02:00"},
    {"id": "s4", "room": "r1", "title": "Fourth",
     "start": "2017-07-18T16:00:00+02:00", "end": "2017-07-18T17:00:00+02:00"}]})";

}  // namespace

TEST_SUITE("screen words") {
  TEST_CASE("before a day's first session the day that has not started is not said to have ended") {
    ScreenFixture f = field("03_midnight_day_label.json");
    const Frame morning = build_screen(f.context, 0, f.at("2023-09-11T09:00"), {});
    CAPTURE(all_text(morning));
    CHECK_FALSE(shows(morning, "End of the second day"));
    CHECK_FALSE(shows(morning, "End of the first day"));
    CHECK(shows(morning, "Welcome"));
    CHECK(shows(morning, "Starts at 10:00 · in 1 h"));
  }

  TEST_CASE(
      "after midnight the day's programme is dated, and a session past midnight keeps its "
      "end") {
    // At 00:15 on Monday the venue day is still Sunday's: its late session runs to 01:00.
    ScreenFixture f = field("03_midnight_day_label.json", "en", "day-overview");
    const Frame night = build_screen(f.context, 0, f.at("2023-09-11T00:15"), {});
    CAPTURE(all_text(night));
    CHECK_FALSE(shows(night, "TODAY"));
    CHECK(shows(night, "PROGRAMME FOR SUNDAY, 10 SEPTEMBER 2023"));
    const auto texts = nownext::testing::texts_of(night);
    CHECK(std::find(texts.begin(), texts.end(), std::string{"23:30 – 01:00"}) != texts.end());
    // In the day it is today's.
    const Frame day = build_screen(f.context, 0, f.at("2023-09-10T12:00"), {});
    CAPTURE(all_text(day));
    CHECK(shows(day, "TODAY"));
    CHECK_FALSE(shows(day, "PROGRAMME FOR"));
  }

  TEST_CASE("a day on which a room holds nothing has not ended for it") {
    // Stage A holds sessions on the event's second and fourth days; on the third it holds none,
    // while the lounge and the village go on.
    ScreenFixture f = field("05_very_long_sessions.json");
    for (const char* at : {"2024-06-01T08:00", "2024-06-01T12:00", "2024-06-01T23:00"}) {
      const Frame frame = build_screen(f.context, 0, f.at(at), {});
      CAPTURE(all_text(frame));
      CHECK_FALSE(shows(frame, "End of the"));
      CHECK(shows(frame, "No sessions in this room today"));
      CHECK(shows(frame, "Closing"));  // what comes next is still shown
    }
    // The evening of a day it held something, that day has ended.
    const Frame evening = build_screen(f.context, 0, f.at("2024-05-31T20:00"), {});
    CAPTURE(all_text(evening));
    CHECK(shows(evening, "End of the second day"));
  }

  TEST_CASE("after midnight, a start later that calendar day is today's, not tomorrow's") {
    ScreenFixture f = field("03_midnight_day_label.json");
    const Frame night = build_screen(f.context, 0, f.at("2023-09-11T01:30"), {});
    CAPTURE(all_text(night));
    CHECK(shows(night, "End of the first day"));
    CHECK(shows(night, "Resumes at 10:00"));
    CHECK_FALSE(shows(night, "tomorrow"));
  }

  TEST_CASE("a start on another day names the day and is not counted in hours") {
    ScreenFixture f = field("12_clock_not_set.json");
    const Frame eve = build_screen(f.context, 0, f.at("2024-07-09T10:00"), {});
    CAPTURE(all_text(eve));
    CHECK(shows(eve, "Starts tomorrow at 10:00"));
    CHECK_FALSE(shows(eve, " h "));
    const Frame epoch = build_screen(f.context, 0, f.at("1970-01-01T01:00"), {});
    CAPTURE(all_text(epoch));
    CHECK(shows(epoch, "Starts on Wednesday, 10 July 2024 at 10:00"));
    CHECK_FALSE(shows(epoch, " h "));
  }

  TEST_CASE("a late session says it is late and gives both times; it is not a break") {
    ScreenFixture f{status_feed, "room-door-landscape", 1920, 1080, "en"};
    const Frame waiting = build_screen(f.context, 0, f.at("2017-07-18T10:05"), {});
    CAPTURE(all_text(waiting));
    CHECK_FALSE(shows(waiting, "Break"));
    CHECK(shows(waiting, "Starting late"));
    CHECK(shows(waiting, "Starts at 10:10 instead of 10:00"));
    const Frame running = build_screen(f.context, 0, f.at("2017-07-18T10:30"), {});
    CAPTURE(all_text(running));
    CHECK(shows(running, "DELAYED BY 10 MIN"));
    CHECK(shows(running, "10:10 – 11:10 · planned at 10:00"));
  }

  TEST_CASE("a cancelled next session says cancelled, with no countdown") {
    ScreenFixture f{status_feed, "room-door-landscape", 1920, 1080, "en"};
    const Frame frame = build_screen(f.context, 0, f.at("2017-07-18T11:15"), {});
    CAPTURE(all_text(frame));
    CHECK(shows(frame, "CANCELLED"));
    CHECK_FALSE(shows(frame, "NEXT"));
    CHECK_FALSE(shows(frame, "in 15 min"));
  }

  TEST_CASE("a moved session says where it comes from in its new room") {
    ScreenFixture f{status_feed, "room-door-landscape", 1920, 1080, "en"};
    const Frame here = build_screen(f.context, 0, f.at("2017-07-18T12:40"), {});
    CAPTURE(all_text(here));
    CHECK(shows(here, "moved from Salle 2"));
    CHECK_FALSE(shows(here, "MOVED TO Salle 1"));
    const Frame left = build_screen(f.context, 1, f.at("2017-07-18T12:10"), {});
    CAPTURE(all_text(left));
    CHECK(shows(left, "MOVED TO Salle 1"));
  }

  TEST_CASE("one speaker is a speaker; English punctuation is English") {
    ScreenFixture en{status_feed, "room-door-landscape", 1920, 1080, "en"};
    const Frame frame = build_screen(en.context, 0, en.at("2017-07-18T10:30"), {});
    CAPTURE(all_text(frame));
    CHECK(shows(frame, "Speaker"));
    CHECK_FALSE(shows(frame, "Speakers"));
    const Frame panel = build_screen(en.context, 0, en.at("2017-07-18T13:30"), {});
    CAPTURE(all_text(panel));
    CHECK(shows(panel, "Panel 1: Comprendre"));
    CHECK_FALSE(shows(panel, " : "));
    CHECK(shows(panel, "14:00 · in 30 min"));
    ScreenFixture fr{status_feed, "room-door-landscape", 1920, 1080, "fr"};
    const Frame french = build_screen(fr.context, 0, fr.at("2017-07-18T10:30"), {});
    CAPTURE(all_text(french));
    CHECK(shows(french, "Intervenant"));
    CHECK_FALSE(shows(french, "Intervenants"));
  }

  TEST_CASE("durations: one style per language") {
    ScreenFixture en{status_feed, "room-door-landscape", 1920, 1080, "en"};
    CHECK(shows(build_screen(en.context, 0, en.at("2017-07-18T12:40"), {}), "in 1 hr, 20 mins"));
    ScreenFixture fr{status_feed, "room-door-landscape", 1920, 1080, "fr"};
    CHECK(shows(build_screen(fr.context, 0, fr.at("2017-07-18T12:40"), {}),
                "dans 1\u202Fh et 20\u00A0min"));
    const Frame hour = build_screen(fr.context, 0, fr.at("2017-07-18T13:00"), {});
    CAPTURE(all_text(hour));
    CHECK(shows(hour, "dans 1\u202Fh"));
    CHECK_FALSE(shows(hour, "dans 1\u202Fh et"));
  }
}

TEST_SUITE("screen words: days") {
  TEST_CASE("a session of several days gives its end's day and is listed on each of its days") {
    ScreenFixture door = field("05_very_long_sessions.json");
    const RoomIndex lounge = 2;
    REQUIRE(door.agenda.rooms()[lounge].id == "lounge");
    const Frame frame = build_screen(door.context, lounge, door.at("2024-06-01T12:00"), {});
    CAPTURE(all_text(frame));
    CHECK(shows(frame, "10:00 – Sunday, 2 June 2024, 18:00"));
    CHECK(shows(frame, "until Sunday, 2 June 2024, 18:00"));
    CHECK_FALSE(shows(frame, "min left"));
    ScreenFixture day = field("05_very_long_sessions.json", "en", "day-overview");
    for (const char* at : {"2024-05-31T12:00", "2024-06-01T12:00", "2024-06-02T12:00"}) {
      const Frame list = build_screen(day.context, lounge, day.at(at), {});
      CAPTURE(at);
      CAPTURE(all_text(list));
      CHECK(shows(list, "Hack lounge open around the clock"));
    }
  }

  TEST_CASE("a session of absurd length is kept, with a warning that names it") {
    const FeedResult result = parse_feed(nownext::testing::read_test_file(
        nownext::testing::source_path("tests/data/field/05_very_long_sessions.json")));
    REQUIRE(result.ok());
    std::string warnings;
    for (const auto& w : result.warnings) warnings += w.to_string() + "\n";
    CAPTURE(warnings);
    CHECK(warnings.find("sessions[1].end: session 'million' lasts 694 days") != std::string::npos);
    // Three days and a bit (a lounge open all weekend) is no mistake.
    CHECK(warnings.find("hackcenter") == std::string::npos);
    CHECK(result.agenda->sessions().size() == 5);
  }

  TEST_CASE("the day overview names the day it lists when it is not today") {
    auto f = nownext::testing::idm_screen("day-overview", 1920, 1080, "en");
    const Frame evening = build_screen(f->context, 0, f->at("2017-07-18T19:00"), {});
    CAPTURE(all_text(evening));
    CHECK(shows(evening, "PROGRAMME FOR WEDNESDAY, 19 JULY 2017"));
    CHECK_FALSE(shows(evening, "TODAY’S PROGRAMME"));
    const Frame noon = build_screen(f->context, 0, f->at("2017-07-19T12:00"), {});
    CHECK(shows(noon, "TODAY’S PROGRAMME"));
  }

  TEST_CASE("after the event the day overview says so instead of an empty list") {
    auto f = nownext::testing::idm_screen("day-overview", 1920, 1080, "en");
    const Frame after = build_screen(f->context, 0, f->at("2017-07-20T12:00"), {});
    CAPTURE(all_text(after));
    CHECK(shows(after, "End of the event"));
    CHECK_FALSE(shows(after, "PROGRAMME"));
  }

  TEST_CASE("a room without sessions today is not said to have no more of them") {
    ScreenFixture f{nownext::testing::read_test_file(
                        nownext::testing::source_path("feeds/examples/complete.json")),
                    "room-door-landscape", 1920, 1080, "en"};
    const Frame frame = build_screen(f.context, 1, f.at("2026-07-14T07:00"), {});
    CAPTURE(all_text(frame));
    CHECK(shows(frame, "No sessions in this room today"));
    CHECK_FALSE(shows(frame, "No more sessions"));
  }
}

TEST_SUITE("screen words: clock") {
  TEST_CASE("a clock that was never set, or years away from the event, is flagged on screen") {
    ScreenFixture f = field("12_clock_not_set.json");
    const Frame epoch = build_screen(f.context, 0, f.at("1970-01-01T01:00"), {});
    CAPTURE(all_text(epoch));
    CHECK(shows(epoch, "Check the clock: it reads Thursday, 1 January 1970"));
    const Frame eve = build_screen(f.context, 0, f.at("2024-07-09T10:00"), {});
    CHECK_FALSE(shows(eve, "Check the clock"));
    CHECK(clock_doubtful(f.agenda, f.at("2030-01-01T10:00"), {}));
    CHECK_FALSE(clock_doubtful(f.agenda, f.at("2025-01-01T10:00"), {}));
    // A clock before the program was built cannot be right, even near the event.
    f.context.built = f.at("2024-08-01T00:00");
    CHECK(shows(build_screen(f.context, 0, f.at("2024-07-09T10:00"), {}), "Check the clock"));
  }
}

TEST_SUITE("legible from where it is read") {
  TEST_CASE("no text under 28 px on a 1080p door, nor under 32 px on a 1080p hallway") {
    for (const auto& [layout, floor] : {std::pair{"room-door-landscape", 28}, {"hallway", 32}}) {
      auto f = nownext::testing::idm_screen(layout, 1920, 1080, "en");
      const Frame frame = build_screen(f->context, 0, f->at("2017-07-18T11:40"), {});
      CAPTURE(layout);
      CHECK(frame.min_text_px >= floor);
      for (const Element& element : frame.elements) {
        if (const auto* box = std::get_if<TextBox>(&element)) {
          CAPTURE(box->text);
          CHECK(box->min_size_px >= frame.min_text_px);
        }
      }
    }
  }

  TEST_CASE("a hallway's room names and times are set at 40 px or more on 1080p") {
    auto f = nownext::testing::idm_screen("hallway", 1920, 1080, "en");
    const Frame frame = build_screen(f->context, 0, f->at("2017-07-18T11:40"), {});
    for (const Element& element : frame.elements) {
      const auto* box = std::get_if<TextBox>(&element);
      if (box == nullptr) continue;
      if (box->text == "Salle de conférence XVIII" || box->text == "11:30 – 13:00") {
        CAPTURE(box->text);
        CHECK(box->max_size_px >= 40);
      }
    }
    CHECK(shows(frame, "11:30 – 13:00"));
  }
}

TEST_SUITE("full cards") {
  TEST_CASE("a card without people, and a break, show the rest of the day") {
    auto f = nownext::testing::idm_screen("room-door-landscape", 1920, 1080, "en");
    const Frame registration = build_screen(f->context, 0, f->at("2017-07-18T09:30"), {});
    CAPTURE(all_text(registration));
    CHECK(shows(registration, "LATER TODAY"));
    CHECK(shows(registration, "Setting the scene"));  // after the next session, Opening
    const Frame lunch = build_screen(f->context, 0, f->at("2017-07-18T13:30"), {});
    CAPTURE(all_text(lunch));
    CHECK(shows(lunch, "LATER TODAY"));
    CHECK(shows(lunch, "Panel 3"));
  }

  TEST_CASE("the list after the next session names its day: never \"today\" for another day") {
    // Between the two days of IDM 2017 the door shows day 2's sessions after its first.
    auto en = nownext::testing::idm_screen("room-door-landscape", 1920, 1080, "en");
    const Frame evening = build_screen(en->context, 0, en->at("2017-07-18T18:45"), {});
    CAPTURE(all_text(evening));
    CHECK_FALSE(shows(evening, "LATER TODAY"));
    CHECK(shows(evening, "LATER TOMORROW"));
    auto fr = nownext::testing::idm_screen("room-door-landscape", 1920, 1080, "fr");
    const Frame soir = build_screen(fr->context, 0, fr->at("2017-07-18T18:45"), {});
    CAPTURE(all_text(soir));
    CHECK_FALSE(shows(soir, "PLUS TARD AUJOURD"));  // its apostrophe is typographic
    CHECK(shows(soir, "PLUS TARD DEMAIN"));
    // The evening before the event, and days before it.
    ScreenFixture f{people_feed, "room-door-landscape", 1920, 1080, "en"};
    const Frame eve = build_screen(f.context, 0, f.at("2017-07-17T18:00"), {});
    CAPTURE(all_text(eve));
    CHECK(shows(eve, "LATER TOMORROW"));
    CHECK(shows(eve, "Third"));
    const Frame before = build_screen(f.context, 0, f.at("2017-07-15T12:00"), {});
    CAPTURE(all_text(before));
    CHECK_FALSE(shows(before, "LATER TODAY"));
    CHECK_FALSE(shows(before, "LATER TOMORROW"));
    CHECK(shows(before, "LATER ON TUESDAY, 18 JULY 2017"));
    // The day itself.
    const Frame morning = build_screen(f.context, 0, f.at("2017-07-18T09:00"), {});
    CAPTURE(all_text(morning));
    CHECK(shows(morning, "LATER TODAY"));
  }

  TEST_CASE("a cancelled session in the list after the next one says so") {
    ScreenFixture f{status_feed, "room-door-landscape", 1920, 1080, "en"};
    const Frame frame = build_screen(f.context, 0, f.at("2017-07-18T09:00"), {});
    CAPTURE(all_text(frame));
    CHECK(shows(frame, "CANCELLED · Annulée"));
    const auto texts = nownext::testing::texts_of(frame);
    CHECK(std::find(texts.begin(), texts.end(), std::string{"Annulée"}) == texts.end());
  }

  TEST_CASE("in a cancelled session's own time its room says it is cancelled") {
    // Salle 1's 11:30 session is cancelled; the room is otherwise between sessions.
    for (const char* layout : {"room-door-landscape", "room-door-portrait", "hallway"}) {
      ScreenFixture f{status_feed, layout, 1920, 1080, "en"};
      const Frame during = build_screen(f.context, 0, f.at("2017-07-18T11:40"), {});
      CAPTURE(layout);
      CAPTURE(all_text(during));
      CHECK(shows(during, "CANCELLED · Annulée"));
      CHECK(shows(during, "Break"));
      // After its time it is no longer news.
      const Frame after = build_screen(f.context, 0, f.at("2017-07-18T12:10"), {});
      CAPTURE(all_text(after));
      CHECK_FALSE(shows(after, "Annulée"));
    }
  }

  TEST_CASE("a session running beside another is named with its label") {
    const char* feed = R"({"format": "nownext/1",
      "event": {"id": "c", "title": "Conf", "time_zone": "Europe/Zurich", "languages": ["en"]},
      "rooms": [{"id": "r1", "name": "Room 1"}],
      "sessions": [
        {"id": "a", "room": "r1", "title": "Launch", "start": "2017-07-18T10:00:00+02:00", "end": "2017-07-18T11:00:00+02:00"},
        {"id": "b", "room": "r1", "label": "Panel 3", "title": "Applying policy", "start": "2017-07-18T10:15:00+02:00", "end": "2017-07-18T11:30:00+02:00"}]})";
    for (const char* layout : {"hallway", "room-door-landscape"}) {
      ScreenFixture f{feed, layout, 1920, 1080, "en"};
      const Frame frame = build_screen(f.context, 0, f.at("2017-07-18T10:30"), {});
      CAPTURE(layout);
      CAPTURE(all_text(frame));
      CHECK(shows(frame, "Panel 3: Applying policy"));
    }
  }

  TEST_CASE("a list that runs past midnight is headed without a day") {
    ScreenFixture f{R"({"format": "nownext/1",
      "event": {"id": "c", "title": "Night", "time_zone": "Europe/Zurich", "languages": ["en"]},
      "rooms": [{"id": "r1", "name": "Room 1"}],
      "sessions": [
        {"id": "a", "room": "r1", "title": "Dusk", "start": "2017-07-18T20:00:00+02:00", "end": "2017-07-18T21:00:00+02:00"},
        {"id": "b", "room": "r1", "title": "Late", "start": "2017-07-18T22:00:00+02:00", "end": "2017-07-18T23:00:00+02:00"},
        {"id": "c", "room": "r1", "title": "Night owls", "start": "2017-07-18T23:30:00+02:00", "end": "2017-07-19T00:15:00+02:00"},
        {"id": "d", "room": "r1", "title": "Small hours", "start": "2017-07-19T00:30:00+02:00", "end": "2017-07-19T01:30:00+02:00"}]})",
                    "room-door-landscape", 1920, 1080, "en"};
    const Frame frame = build_screen(f.context, 0, f.at("2017-07-18T20:30"), {});
    CAPTURE(all_text(frame));
    CHECK(shows(frame, "Small hours"));
    CHECK_FALSE(shows(frame, "LATER TODAY"));
    CHECK_FALSE(shows(frame, "LATER TOMORROW"));
    const auto texts = nownext::testing::texts_of(frame);
    CHECK(std::count(texts.begin(), texts.end(), std::string{"LATER"}) == 1);  // the heading
  }

  TEST_CASE("the next card beside the now card lists its moderator and speakers") {
    auto f = nownext::testing::idm_screen("room-door-landscape", 1920, 1080, "en");
    const Frame frame = build_screen(f->context, 0, f->at("2017-07-18T11:40"), {});
    CAPTURE(all_text(frame));
    CHECK(shows(frame, "Lilana Keith"));  // Panel 2's moderator, on the next card
    CHECK(shows(frame, "Anna Makakala"));
  }
}

TEST_SUITE("even rhythm") {
  // Every character half the size wide, lines 1.25 times the size high.
  class HalfWidthMeasurer final : public TextMeasurer {
   public:
    LineMetrics measure(TextRole /*role*/, int size_px, std::string_view text) override {
      return {static_cast<int>(text.size()) * size_px / 2, size_px * 5 / 4};
    }
  };

  TEST_CASE("status pills are as wide as their words") {
    ScreenFixture f{status_feed, "room-door-landscape", 1920, 1080, "en"};
    HalfWidthMeasurer measurer;
    f.context.measurer = &measurer;
    const Frame frame = build_screen(f.context, 0, f.at("2017-07-18T10:30"), {});
    // The pills are the rectangles drawn just before their words.
    int now_w = 0, delayed_w = 0;
    for (std::size_t i = 1; i < frame.elements.size(); ++i) {
      const auto* box = std::get_if<TextBox>(&frame.elements[i]);
      const auto* pill = std::get_if<FilledRect>(&frame.elements[i - 1]);
      if (box == nullptr || pill == nullptr) continue;
      if (box->text == "NOW") now_w = pill->rect.w;
      if (box->text == "DELAYED BY 10 MIN") delayed_w = pill->rect.w;
    }
    REQUIRE(now_w > 0);
    REQUIRE(delayed_w > 0);
    CHECK(delayed_w > now_w * 3);
  }

  // The text box drawn with exactly `text`; fails the test when there is none.
  const TextBox& box_of(const Frame& frame, const std::string& text) {
    for (const Element& e : frame.elements) {
      const auto* box = std::get_if<TextBox>(&e);
      if (box != nullptr && box->text == text) return *box;
    }
    FAIL("no text box reads " << text);
    throw std::logic_error("unreachable");
  }

  // The portrait door at 10:30 on people_feed, measured.
  Frame people_frame() {
    ScreenFixture f{people_feed, "room-door-portrait", 1080, 1920, "en"};
    HalfWidthMeasurer measurer;
    f.context.measurer = &measurer;
    return build_screen(f.context, 0, f.at("2017-07-18T10:30"), {});
  }

  TEST_CASE("people's rows are spaced by their measured lines plus one constant gap") {
    const Frame frame = people_frame();
    CAPTURE(all_text(frame));
    const TextBox& ana = box_of(frame, "Ana Lima");
    const TextBox& ana_role = box_of(frame, "Director");
    const TextBox& bo = box_of(frame, "Bo Chen");
    const TextBox& cy = box_of(frame, "Cy Roy");
    const TextBox& cy_role = box_of(frame,
                                    "Head of the regional office for the protection of "
                                    "migrants in transit and at the borders of the region");
    // A one-line role, no role, a two-line role: the rows differ in height...
    CHECK(cy_role.rect.h > ana_role.rect.h);
    CHECK(bo.rect.y - ana.rect.y < cy.rect.y - bo.rect.y + cy_role.rect.h);
    // ...and the space between a row's last line and the next name is the same after each.
    const int after_ana = bo.rect.y - (ana_role.rect.y + ana_role.rect.h);
    const int after_bo = cy.rect.y - (bo.rect.y + bo.rect.h);
    CHECK(after_ana > 0);
    CHECK(after_ana == after_bo);
  }

  TEST_CASE("a door with room to spare shows the rest of the day below the people") {
    const Frame frame = people_frame();
    CAPTURE(all_text(frame));
    CHECK(shows(frame, "Bo Chen"));
    CHECK(shows(frame, "LATER TODAY"));
    CHECK(shows(frame, "Third"));
    CHECK(shows(frame, "Fourth"));
    // Below every person, never over one.
    const TextBox& later = box_of(frame, "LATER TODAY");
    for (const char* name : {"Ana Lima", "Bo Chen", "Cy Roy", "Di Sow"}) {
      const TextBox& person = box_of(frame, name);
      if (person.rect.x + person.rect.w <= later.rect.x) continue;  // in another column
      CHECK(person.rect.y + person.rect.h <= later.rect.y);
    }
    // At 800x480 it goes to the card that has room for it, below that card's people, and every
    // person is still shown.
    ScreenFixture small{people_feed, "room-door-landscape", 800, 480, "en"};
    HalfWidthMeasurer measurer;
    small.context.measurer = &measurer;
    const Frame tight = build_screen(small.context, 0, small.at("2017-07-18T10:30"), {});
    CAPTURE(all_text(tight));
    for (const char* name : {"Ana Lima", "Bo Chen", "Cy Roy", "Di Sow", "Ed Park"}) {
      CHECK(shows(tight, name));
    }
    const TextBox& small_later = box_of(tight, "LATER TODAY");
    const TextBox& ed = box_of(tight, "Ed Park");
    CHECK(ed.rect.y + ed.rect.h <= small_later.rect.y);
  }
}

TEST_SUITE("themes and branding") {
  TEST_CASE("the high-contrast theme keeps card edges and an edged current item") {
    auto f = nownext::testing::idm_screen("room-door-landscape", 1920, 1080, "en");
    f->theme = nownext::testing::load_theme("high-contrast");
    REQUIRE(f->theme.card_edge.has_value());
    const Frame frame = build_screen(f->context, 0, f->at("2017-07-18T11:40"), {});
    // An edge is a rectangle of the edge's colour with the card drawn right over it.
    int edges = 0;
    for (std::size_t i = 0; i + 1 < frame.elements.size(); ++i) {
      const auto* edge = std::get_if<FilledRect>(&frame.elements[i]);
      const auto* card = std::get_if<FilledRect>(&frame.elements[i + 1]);
      if (edge != nullptr && card != nullptr && edge->color == *f->theme.card_edge &&
          card->color == f->theme.card) {
        ++edges;
      }
    }
    CHECK(edges == 2);  // the now card and the next card
    auto day = nownext::testing::idm_screen("day-overview", 1920, 1080, "en");
    day->theme = nownext::testing::load_theme("high-contrast");
    const Frame list = build_screen(day->context, 0, day->at("2017-07-18T11:40"), {});
    CHECK(std::any_of(list.elements.begin(), list.elements.end(), [&](const Element& e) {
      const auto* r = std::get_if<FilledRect>(&e);
      return r != nullptr && r->color == *day->theme.highlight_edge;
    }));
  }

  TEST_CASE("a configured logo is the header's image; without one, the venue as a text mark") {
    auto f = nownext::testing::idm_screen("room-door-landscape", 1920, 1080, "en");
    const Frame plain = build_screen(f->context, 0, f->at("2017-07-18T11:40"), {});
    CHECK(shows(plain, "Palais des Nations"));
    CHECK(std::none_of(plain.elements.begin(), plain.elements.end(),
                       [](const Element& e) { return std::holds_alternative<Image>(e); }));
    f->context.logo = "/srv/venue/logo.svg";
    const Frame branded = build_screen(f->context, 0, f->at("2017-07-18T11:40"), {});
    CHECK_FALSE(shows(branded, "Palais des Nations"));
    CHECK(std::any_of(branded.elements.begin(), branded.elements.end(), [](const Element& e) {
      const auto* image = std::get_if<Image>(&e);
      return image != nullptr && image->asset == "/srv/venue/logo.svg";
    }));
  }
}

TEST_SUITE("typography") {
  TEST_CASE("French: no-break spaces before double punctuation and inside guillemets") {
    CHECK(apply_typography("fr", "Panel 1 : Comprendre") == "Panel 1\u00A0: Comprendre");
    CHECK(apply_typography("fr", "Pourquoi ? Comment ; enfin !") ==
          "Pourquoi\u202F? Comment\u202F; enfin\u202F!");
    CHECK(apply_typography("fr", "« Migrants »") == "«\u00A0Migrants\u00A0»");
    CHECK(apply_typography("fr", "l'appui d'un État") == "l\u2019appui d\u2019un État");
  }

  TEST_CASE("times, addresses and texts in other languages are left as they are") {
    CHECK(apply_typography("fr", "10:30 – 11:00") == "10:30 – 11:00");
    CHECK(apply_typography("fr", "https://example.org") == "https://example.org");
    CHECK(apply_typography("fr", "What? Now!") == "What? Now!");
    CHECK(apply_typography("ar", "Panel 1 : x") == "Panel 1 : x");
  }

  TEST_CASE("English: typographic apostrophes only; applying twice changes nothing") {
    CHECK(apply_typography("en", "Women's rights 'quoted'") == "Women\u2019s rights 'quoted'");
    const std::string once = apply_typography("fr", "Fin de l'événement : « merci » !");
    CHECK(apply_typography("fr", once) == once);
  }
}

TEST_SUITE("lists of names") {
  TEST_CASE("a short name in a list is held on one line; a long one may break between words") {
    const auto screen = nownext::testing::idm_screen("hallway");
    const std::string held =
        nownext::core::screen::listed_name(screen->context, nownext::core::Text{"Aud Kolberg"});
    CHECK(held == "Aud\u00A0Kolberg");
    const std::string long_name = "Roxana Castro de Bolling";
    CHECK(nownext::core::screen::listed_name(screen->context, nownext::core::Text{long_name}) ==
          long_name);
  }

  TEST_CASE("the hallway lists its speakers with each short name whole") {
    const auto screen = nownext::testing::idm_screen("hallway", 1080, 1920);
    const nownext::core::Frame frame =
        nownext::core::build_screen(screen->context, 0, screen->at("2017-07-18T11:40"), {});
    const auto texts = nownext::testing::texts_of(frame);
    CHECK(std::any_of(texts.begin(), texts.end(), [](const std::string& text) {
      return text.find("Aud\u00A0Kolberg") != std::string::npos;
    }));
  }
}
