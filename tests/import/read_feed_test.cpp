// The one entry point: the format found from the content or given, and the nownext/1 writer
// whose output reads back as the same agenda.
#include "import/read_feed.hpp"
#include "core/feed_parser.hpp"
#include "import/feed_writer.hpp"
#include "import/sample_files.hpp"
#include "support/test_files.hpp"

#include <doctest/doctest.h>

using namespace nownext;
using import::FeedFormat;

TEST_SUITE("reading any format") {
  TEST_CASE("the format is found from the first characters and members") {
    CHECK(import::detect_format(R"({"format": "nownext/1", "event": {}})") == FeedFormat::nownext);
    CHECK(import::detect_format("\xEF\xBB\xBF  {\"schedule\": {}}") == FeedFormat::frab_json);
    CHECK(import::detect_format(R"({"count": 1, "results": {}})") == FeedFormat::indico);
    CHECK(import::detect_format("<?xml version=\"1.0\"?><schedule/>") == FeedFormat::frab_xml);
    CHECK(import::detect_format("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n") == FeedFormat::icalendar);
    // Unknown content goes to the nownext/1 parser, which says what is wrong.
    CHECK(import::detect_format("hello") == FeedFormat::nownext);
    const core::FeedResult result = import::read_feed("hello");
    REQUIRE_FALSE(result.ok());
    CHECK(result.errors[0].what.find("not valid JSON") != std::string::npos);
  }

  TEST_CASE("format names read and write the same") {
    for (const auto format : {FeedFormat::automatic, FeedFormat::nownext, FeedFormat::frab_json,
                              FeedFormat::frab_xml, FeedFormat::icalendar, FeedFormat::indico}) {
      CHECK(import::feed_format_from_string(import::to_string(format)) == format);
    }
    CHECK_FALSE(import::feed_format_from_string("csv").has_value());
    CHECK(import::feed_format_names() == "auto, nownext, frab-json, frab-xml, ical, indico");
  }

  TEST_CASE("a given format overrides detection, and the wrong one says what it misses") {
    const std::string bundled =
        nownext::testing::read_test_file(nownext::testing::source_path("feeds/idm2017.json"));
    CHECK(import::read_feed(bundled, FeedFormat::nownext).ok());
    const core::FeedResult as_frab = import::read_feed(bundled, FeedFormat::frab_json);
    REQUIRE_FALSE(as_frab.ok());
    CHECK(as_frab.errors[0].to_string() ==
          "schedule.conference: is required (not a frab schedule.json)");
    const core::FeedResult as_xml = import::read_feed(bundled, FeedFormat::frab_xml);
    REQUIRE_FALSE(as_xml.ok());
    CHECK(as_xml.errors[0].what.starts_with("not valid XML"));
    const core::FeedResult as_ical = import::read_feed(bundled, FeedFormat::icalendar);
    REQUIRE_FALSE(as_ical.ok());
    CHECK(as_ical.errors[0].what == "not an iCalendar file (no VCALENDAR)");
  }

  TEST_CASE("an import written as nownext/1 reads back as the same agenda") {
    const std::string bytes = nownext::testing::read_test_file(
        nownext::testing::source_path("tests/data/imports/indico-timetable.json"));
    const core::FeedResult imported = import::read_feed(bytes);
    const core::Agenda& agenda = nownext::testing::agenda_of(imported);
    const std::string written = import::write_feed(agenda);
    CHECK(import::detect_format(written) == FeedFormat::nownext);
    const core::FeedResult again = core::parse_feed(written);
    const core::Agenda& copy = nownext::testing::agenda_of(again);
    CHECK(again.warnings.empty());
    CHECK(import::write_feed(copy) == written);
    REQUIRE(copy.sessions().size() == agenda.sessions().size());
    for (std::size_t i = 0; i < copy.sessions().size(); ++i) {
      const auto& a = agenda.sessions()[i];
      const auto& b = copy.sessions()[i];
      CHECK(a.id == b.id);
      CHECK(a.start == b.start);
      CHECK(a.end == b.end);
      CHECK(a.title == b.title);
      CHECK(a.parent == b.parent);
      CHECK(a.kind == b.kind);
      CHECK(a.moderators.size() == b.moderators.size());
    }
  }

  TEST_CASE("a frab day change survives the way through nownext/1") {
    const auto bytes = nownext::testing::sample_file("fosdem-2025.schedule.xml");
    if (!bytes) return;
    const core::FeedResult imported = import::read_feed(*bytes);
    const std::string written = import::write_feed(nownext::testing::agenda_of(imported));
    CHECK(written.find("\"day_change\": 9") != std::string::npos);
    const core::FeedResult again = core::parse_feed(written);
    const core::Agenda& copy = nownext::testing::agenda_of(again);
    REQUIRE(copy.event().day_change.has_value());
    CHECK(copy.event().day_change->count() == 9);
    CHECK(copy.sessions().size() == 943);
  }
}
