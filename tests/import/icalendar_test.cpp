// iCalendar: the JRES 2022 programme as published (French, breaks as events, TZID without
// VTIMEZONE, long folded lines, CR CR LF, a fold inside a UTF-8 character), and the repairs
// every calendar may need.
#include "core/agenda_summary.hpp"
#include "core/time.hpp"
#include "import/read_feed.hpp"
#include "import/reference_schedule.hpp"
#include "import/sample_files.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace nownext;
using nownext::testing::agenda_of;
using nownext::testing::ReferenceEvent;
using nownext::testing::sample_file;

namespace {

// The test's own reading of the JRES file: lines unfolded, values unescaped, times in Paris.
std::vector<ReferenceEvent> read_jres(std::string bytes) {
  std::string text;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\r') continue;
    if (bytes[i] == '\n' && i + 1 < bytes.size() && bytes[i + 1] == ' ') {
      ++i;
      continue;
    }
    text += bytes[i];
  }
  const auto* paris = core::find_time_zone("Europe/Paris");
  const auto value = [](const std::string& line) { return line.substr(line.find(':') + 1); };
  const auto local = [&](const std::string& v) {  // 20220517T110000
    const std::string iso = v.substr(0, 4) + "-" + v.substr(4, 2) + "-" + v.substr(6, 2) + "T" +
                            v.substr(9, 2) + ":" + v.substr(11, 2);
    return *core::parse_instant_or_local(iso, *paris);
  };
  std::vector<ReferenceEvent> events;
  std::size_t pos = 0;
  ReferenceEvent event;
  while (pos < text.size()) {
    const auto end = text.find('\n', pos);
    const std::string line = text.substr(pos, end - pos);
    pos = end == std::string::npos ? text.size() : end + 1;
    if (line == "BEGIN:VEVENT") event = ReferenceEvent{};
    if (line.starts_with("DTSTART")) event.start = local(value(line));
    if (line.starts_with("DTEND")) event.end = local(value(line));
    if (line.starts_with("LOCATION")) event.room = value(line);
    if (line.starts_with("SUMMARY")) {
      for (const char c : value(line)) {
        if (c != '\\') event.title += c;
      }
    }
    if (line == "END:VEVENT") events.push_back(event);
  }
  return events;
}

bool valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t n = c < 0x80         ? 1
                          : (c >> 5) == 6  ? 2
                          : (c >> 4) == 14 ? 3
                          : (c >> 3) == 30 ? 4
                                           : 0;
    if (n == 0 || i + n > text.size()) return false;
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) >> 6) != 2) return false;
    }
    i += n;
  }
  return true;
}

}  // namespace

TEST_SUITE("iCalendar") {
  TEST_CASE("JRES 2022 imports its 15 rooms and every event that has a duration") {
    const auto bytes = sample_file("jres-2022.ics");
    if (!bytes) return;
    CHECK(import::detect_format(*bytes) == import::FeedFormat::icalendar);
    const core::FeedResult result = import::read_feed(*bytes);
    const core::Agenda& agenda = agenda_of(result);
    const auto events = read_jres(*bytes);
    REQUIRE(events.size() == 120);
    std::set<std::string> rooms;
    std::size_t points_in_time = 0;
    for (const auto& e : events) {
      rooms.insert(e.room);
      if (e.end == e.start) ++points_in_time;
    }
    CHECK(rooms.size() == 15);
    CHECK(agenda.rooms().size() == 15);
    CHECK(agenda.sessions().size() == events.size() - points_in_time);
    CHECK(core::summarize(agenda).days.size() == 4);
    // The one poster slot that starts and ends at 16:00 is left out, and said so.
    REQUIRE(points_in_time == 1);
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].where.starts_with("VEVENT 95 (presentation_147@conf-ng.jres.org)"));
    CHECK(result.warnings[0].what.find("lasts no time; left out") != std::string::npos);
    CHECK(nownext::testing::check_now_next_against(agenda, events, 20) >= 30);
  }

  TEST_CASE("JRES 2022 is in Paris time although it has no VTIMEZONE") {
    const auto bytes = sample_file("jres-2022.ics");
    if (!bytes) return;
    CHECK(bytes->find("BEGIN:VTIMEZONE") == std::string::npos);
    const core::FeedResult result = import::read_feed(*bytes);
    const core::Agenda& agenda = agenda_of(result);
    CHECK(agenda.event().time_zone_name == "Europe/Paris");
    const auto first = agenda.sessions().front();
    CHECK(core::format_local_iso(first.start, agenda.time_zone()) == "2022-05-17T11:00:00+02:00");
    CHECK(first.title.any() == "Accueil congressistes");
    CHECK(first.kind == core::SessionKind::registration);
  }

  TEST_CASE("JRES 2022's breaks and meals are breaks and meals") {
    const auto bytes = sample_file("jres-2022.ics");
    if (!bytes) return;
    const core::FeedResult result = import::read_feed(*bytes);
    const core::Agenda& agenda = agenda_of(result);
    std::size_t breaks = 0;
    std::size_t meals = 0;
    for (const auto& s : agenda.sessions()) {
      if (s.title.any() == "Pause") {
        ++breaks;
        CHECK(s.kind == core::SessionKind::break_time);
      }
      if (s.title.any() == "Déjeuner" || s.title.any() == "Buffet") {
        ++meals;
        CHECK(s.kind == core::SessionKind::meal);
      }
    }
    CHECK(breaks >= 3);
    CHECK(meals >= 3);
  }

  TEST_CASE("JRES 2022's folds, CR CR LF and the fold inside a character give clean UTF-8") {
    const auto bytes = sample_file("jres-2022.ics");
    if (!bytes) return;
    CHECK(bytes->find("\r\r\n") != std::string::npos);
    CHECK(bytes->find("d\xE2\r\n \x80\x99"
                      "exploitation") != std::string::npos);
    const core::FeedResult result = import::read_feed(*bytes);
    const core::Agenda& agenda = agenda_of(result);
    bool joined = false;
    for (const auto& s : agenda.sessions()) {
      CHECK(valid_utf8(s.title.any()));
      CHECK(valid_utf8(s.description.any()));
      CHECK(s.description.any().find('\r') == std::string_view::npos);
      joined =
          joined || s.description.any().find("systèmes d’exploitation") != std::string_view::npos;
    }
    CHECK(joined);
  }
}
