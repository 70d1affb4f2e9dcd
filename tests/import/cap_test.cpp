// The CAP test set: Alert then Update then Cancel, an expired alert, an alert without <area>, two
// alerts of different severities in an Atom feed, a Test status, malformed XML, an alert in a
// language the screen lacks, six languages; each read, applied and mapped as a screen takes it.
#include "import/cap.hpp"
#include "core/announcements.hpp"
#include "core/feed_parser.hpp"
#include "support/test_files.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace nownext;
using core::Announcement;
using import::CapAlert;

namespace {

std::string cap_file(const std::string& name) {
  return testing::read_test_file(testing::source_path("tests/data/cap/" + name));
}

std::vector<CapAlert> read_ok(const std::string& name) {
  import::CapRead read = import::read_cap(cap_file(name));
  INFO((read.errors.empty() ? std::string{} : read.errors.front().to_string()));
  REQUIRE(read.ok());
  return std::move(read.alerts);
}

std::vector<CapAlert> current(const std::vector<CapAlert>& messages,
                              const import::CapFilter& filter = {}) {
  core::Diagnostics notes;
  return import::current_alerts(messages, filter, notes);
}

core::Instant at(const char* text) {
  const auto instant = core::parse_instant(text);
  REQUIRE(instant.has_value());
  return *instant;
}

// The IDM 2017 agenda, with a second room (Salle XIX).
core::Agenda idm() {
  std::string feed = testing::read_test_file(testing::source_path("feeds/idm2017.json"));
  feed.insert(feed.find(']', feed.find("\"rooms\"")),
              R"(, {"id": "salle-xix", "name": "Salle XIX"})");
  auto result = core::parse_feed(feed);
  REQUIRE(result.ok());
  return std::move(*result.agenda);
}

}  // namespace

TEST_SUITE("cap") {
  TEST_CASE("an alert is read with every language block, its times and its area") {
    const auto alerts = read_ok("1-alert.xml");
    REQUIRE(alerts.size() == 1);
    const CapAlert& a = alerts[0];
    CHECK(a.key() == "security@palais.example.org,palais-2017-0001");
    CHECK(a.msg_type == "Alert");
    REQUIRE(a.infos.size() == 2);
    CHECK(a.infos[0].language == "fr");
    CHECK(a.infos[1].language == "en");
    CHECK(a.infos[0].description == "Une alarme incendie s'est déclenchée au bâtiment E.");
    CHECK(a.infos[0].expires == at("2017-07-18T12:00:00+02:00"));
    const core::Agenda agenda = idm();
    const Announcement shown = import::to_announcement(a, &agenda);
    CHECK(shown.severity == Announcement::Severity::emergency);
    CHECK(shown.text.in("en") == "Leave room XVIII");
    CHECK(shown.text.in("fr") == "Évacuez la salle XVIII");
    CHECK(shown.details.in("en") ==
          "A fire alarm went off in Building E.\nTake staircase C to the park.");
    CHECK(shown.from == at("2017-07-18T11:00:00+02:00"));  // no effective: when it was sent
    CHECK(shown.until == at("2017-07-18T12:00:00+02:00"));
    // The geocode names the room, whatever the area's description says.
    CHECK(shown.rooms == std::vector<core::RoomIndex>{0});
  }

  TEST_CASE("an area described by a room's id or name targets that room; a place, every room") {
    const core::Agenda agenda = idm();
    const Announcement update = import::to_announcement(read_ok("2-update.xml")[0], &agenda);
    CHECK(update.rooms == std::vector<core::RoomIndex>{0});
    CHECK(update.severity == Announcement::Severity::warning);
    std::string xml = cap_file("2-update.xml");
    for (auto p = xml.find("salle-xviii</areaDesc>"); p != std::string::npos;
         p = xml.find("salle-xviii</areaDesc>")) {
      xml.replace(p, 11, "SALLE XIX");
    }
    const Announcement by_name =
        import::to_announcement(import::read_cap(xml).alerts.at(0), &agenda);
    CHECK(by_name.rooms == std::vector<core::RoomIndex>{1});
    const Announcement place = import::to_announcement(read_ok("expired.xml")[0], &agenda);
    CHECK(place.rooms.empty());
  }

  TEST_CASE("Alert, then Update, then Cancel: the update replaces the alert, the cancel ends it") {
    std::vector<CapAlert> messages = read_ok("1-alert.xml");
    CHECK(current(messages).size() == 1);
    for (auto& m : read_ok("2-update.xml")) messages.push_back(std::move(m));
    auto live = current(messages);
    REQUIRE(live.size() == 1);
    CHECK(live[0].identifier == "palais-2017-0002");
    for (auto& m : read_ok("3-cancel.xml")) messages.push_back(std::move(m));
    CHECK(current(messages).empty());
    // The order of the document does not matter: messages apply in the order they were sent.
    std::reverse(messages.begin(), messages.end());
    CHECK(current(messages).empty());
  }

  TEST_CASE("a Cancel read alone shows nothing and says it cancels nothing shown") {
    core::Diagnostics notes;
    CHECK(import::current_alerts(read_ok("3-cancel.xml"), {}, notes).empty());
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].what == "cancels no alert shown");
  }

  TEST_CASE("an expired alert is not in force, and changes nothing any more") {
    const auto live = current(read_ok("expired.xml"));
    REQUIRE(live.size() == 1);
    const Announcement shown = import::to_announcement(live[0], nullptr);
    CHECK(core::in_force(shown, at("2017-07-17T19:59:59+02:00")));
    CHECK_FALSE(core::in_force(shown, at("2017-07-17T20:00:00+02:00")));
    const std::vector<Announcement> alerts{shown};
    CHECK_FALSE(core::next_announcement_change(alerts, at("2017-07-18T10:00:00+02:00")));
  }

  TEST_CASE("an alert without <area> is for every room, prefixed elements and all") {
    const auto alerts = read_ok("no-area.xml");
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].infos[0].language == "en");  // CAP's default, en-US
    const core::Agenda agenda = idm();
    const Announcement shown = import::to_announcement(alerts[0], &agenda);
    CHECK(shown.rooms.empty());
    CHECK(shown.severity == Announcement::Severity::emergency);  // Severe and Immediate
  }

  TEST_CASE("two alerts of different severities: the most severe takes over, the other waits") {
    import::CapRead read = import::read_cap(cap_file("two-severities.atom"));
    REQUIRE(read.ok());
    REQUIRE(read.alerts.size() == 2);
    REQUIRE(read.warnings.size() == 1);  // the entry that only links to its alert
    CHECK(read.warnings[0].where == "entry[2]");
    std::vector<Announcement> alerts;
    for (const CapAlert& a : current(read.alerts))
      alerts.push_back(import::to_announcement(a, nullptr));
    const std::vector<core::RoomIndex> rooms{0};
    const auto during = core::announcements_at({}, alerts, rooms, at("2017-07-18T11:10:00+02:00"));
    REQUIRE(during.takeover != nullptr);
    CHECK(during.takeover->text.in("en") == "Leave the building now");
    REQUIRE(during.card != nullptr);  // waits behind the takeover, shown when it ends
    const auto after = core::announcements_at({}, alerts, rooms, at("2017-07-18T11:30:00+02:00"));
    CHECK(after.takeover == nullptr);
    REQUIRE(after.strip != nullptr);
    CHECK(after.strip->text.in("en") == "Heat this afternoon: drink water");
  }

  TEST_CASE("a Test alert is shown only where Test is configured") {
    const auto messages = read_ok("test-status.xml");
    core::Diagnostics notes;
    CHECK(import::current_alerts(messages, {}, notes).empty());
    CHECK(notes.at(0).what == "status Test is not shown here");
    import::CapFilter drills;
    drills.statuses = {"Actual", "Test"};
    CHECK(current(messages, drills).size() == 1);
  }

  TEST_CASE("a Private alert is shown only on the screens it is addressed to") {
    std::string xml = cap_file("no-area.xml");
    const std::string scope = "<cap:scope>Public</cap:scope>";
    xml.replace(xml.find(scope), scope.size(),
                "<cap:scope>Private</cap:scope><cap:addresses>\"door 1\" hall-2</cap:addresses>");
    import::CapRead read = import::read_cap(xml);
    REQUIRE(read.ok());
    REQUIRE(read.alerts.size() == 1);
    CHECK(read.alerts[0].addresses == std::vector<std::string>{"door 1", "hall-2"});
    import::CapFilter filter;
    filter.screen = "hall-2";
    CHECK(current(read.alerts, filter).size() == 1);
    filter.screen = "hall-3";
    CHECK(current(read.alerts, filter).empty());
  }

  TEST_CASE("malformed XML is an error with its place, never a crash") {
    const import::CapRead read = import::read_cap(cap_file("malformed.xml"));
    REQUIRE_FALSE(read.ok());
    CHECK(read.errors[0].what.find("not well-formed XML") == 0);
    CHECK(read.alerts.empty());
    CHECK_FALSE(import::read_cap("").ok());
    CHECK_FALSE(import::read_cap("<html><body>502 Bad Gateway</body></html>").ok());
  }

  TEST_CASE("an alert missing what CAP requires is left out with a warning naming it") {
    std::string xml = cap_file("no-area.xml");
    xml.replace(xml.find("<cap:sent>"),
                std::string{"<cap:sent>2017-07-18T14:00:00+02:00</cap:sent>"}.size(), "");
    const import::CapRead read = import::read_cap(xml);
    CHECK(read.ok());
    CHECK(read.alerts.empty());
    REQUIRE_FALSE(read.warnings.empty());
    CHECK(read.warnings[0].to_string() == "alert.sent: is required; the alert is left out");
  }

  TEST_CASE("an alert in a language the screen lacks is shown in its own") {
    const auto alerts = read_ok("language-missing.xml");
    const Announcement shown = import::to_announcement(alerts[0], nullptr);
    CHECK(shown.severity == Announcement::Severity::info);
    const std::vector<std::string> screen{"fr", "en"};
    CHECK(shown.text.in(screen) == "Eingang Pregny heute geschlossen");
  }

  TEST_CASE("six languages are read, each under its primary language code") {
    const auto alerts = read_ok("six-languages.xml");
    const Announcement shown = import::to_announcement(alerts[0], nullptr);
    std::vector<std::string> languages;
    for (const auto& v : shown.text.variants()) languages.push_back(v.first);
    CHECK(languages == std::vector<std::string>{"en", "fr", "ar", "zh", "ru", "es"});
    CHECK(shown.text.in("ar") == "أخلوا المبنى الآن");
  }

  TEST_CASE("an RSS feed's items are read like an Atom feed's entries") {
    const std::string alert =
        cap_file("no-area.xml").substr(cap_file("no-area.xml").find("<cap:alert"));
    const import::CapRead read =
        import::read_cap("<rss version=\"2.0\"><channel><title>t</title><item><title>x</title>" +
                         alert + "</item></channel></rss>");
    REQUIRE(read.ok());
    REQUIRE(read.alerts.size() == 1);
    CHECK(read.alerts[0].where == "item[0].alert");
  }

  TEST_CASE("text is cleaned: indentation folded, control characters out, long text cut") {
    std::string xml = cap_file("no-area.xml");
    const std::string headline = "Stay in the rooms until further notice";
    xml.replace(xml.find(headline), headline.size(),
                "  Stay\n      in the\x01 rooms " + std::string(10000, 'x') + "  ");
    const import::CapRead read = import::read_cap(xml);
    REQUIRE(read.alerts.size() == 1);
    const std::string& got = read.alerts[0].infos[0].headline;
    CHECK(got.rfind("Stay in the rooms xx", 0) == 0);
    CHECK(got.size() == import::CapLimits{}.max_text_bytes);
  }
}
