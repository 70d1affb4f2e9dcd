// frab and pretalx schedule.json and FOSDEM's Pentabarf XML, read from the published files
// and compared with what the test reads from the same files on its own.
#include "core/agenda_summary.hpp"
#include "core/schedule.hpp"
#include "import/import_time.hpp"
#include "import/read_feed.hpp"
#include "import/reference_schedule.hpp"
#include "import/sample_files.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <set>

using namespace nownext;
using nownext::testing::agenda_of;
using nownext::testing::check_now_next_against;
using nownext::testing::ReferenceEvent;
using nownext::testing::sample_file;

namespace {

struct Counts {
  std::size_t days = 0;
  std::set<std::string> rooms;
  std::set<std::string> persons;
  std::vector<ReferenceEvent> events;
};

// The file's own numbers: days, rooms used by events, persons by id, events with start and end.
Counts count_json(const std::string& bytes) {
  Counts counts;
  const auto root = nlohmann::json::parse(bytes);
  const auto& days = root.at("schedule").at("conference").at("days");
  counts.days = days.size();
  for (const auto& day : days) {
    for (const auto& [room, events] : day.at("rooms").items()) {
      for (const auto& e : events) {
        counts.rooms.insert(room);
        for (const auto& p : e.at("persons")) counts.persons.insert(p.at("id").dump());
        const auto start = core::parse_instant(e.at("date").get<std::string>());
        const auto duration = import::parse_duration(e.at("duration").get<std::string>());
        REQUIRE(start.has_value());
        REQUIRE(duration.has_value());
        counts.events.push_back(
            {room, *start, *start + *duration, e.at("title").get<std::string>()});
      }
    }
  }
  return counts;
}

Counts count_xml(const std::string& bytes) {
  Counts counts;
  pugi::xml_document doc;
  REQUIRE(doc.load_buffer(bytes.data(), bytes.size()));
  for (const auto& day : doc.child("schedule").children("day")) {
    ++counts.days;
    for (const auto& room : day.children("room")) {
      for (const auto& e : room.children("event")) {
        counts.rooms.insert(room.attribute("name").value());
        for (const auto& p : e.child("persons").children("person"))
          counts.persons.insert(p.attribute("id").value());
        const auto start = core::parse_instant(e.child("date").text().get());
        const auto duration = import::parse_duration(e.child("duration").text().get());
        REQUIRE(start.has_value());
        REQUIRE(duration.has_value());
        counts.events.push_back({room.attribute("name").value(), *start, *start + *duration,
                                 e.child("title").text().get()});
      }
    }
  }
  return counts;
}

void check_counts(const core::Agenda& agenda, const Counts& counts) {
  const core::AgendaSummary summary = core::summarize(agenda);
  CHECK(summary.days.size() == counts.days);
  CHECK(agenda.rooms().size() == counts.rooms.size());
  CHECK(agenda.sessions().size() == counts.events.size());
  CHECK(agenda.people().size() == counts.persons.size());
  for (const core::Room& room : agenda.rooms())
    CHECK(counts.rooms.contains(std::string{room.name.any()}));
}

const core::Session& session_titled(const core::Agenda& agenda, std::string_view title) {
  const auto found = std::find_if(agenda.sessions().begin(), agenda.sessions().end(),
                                  [&](const core::Session& s) { return s.title.any() == title; });
  REQUIRE(found != agenda.sessions().end());
  return *found;
}

}  // namespace

TEST_SUITE("frab and pretalx schedule.json") {
  TEST_CASE("the camp 2019 schedule imports with its days, rooms, sessions and people") {
    const auto bytes = sample_file("frab-camp2019.schedule.json");
    if (!bytes) return;
    CHECK(import::detect_format(*bytes) == import::FeedFormat::frab_json);
    const core::FeedResult result = import::read_feed(*bytes);
    const core::Agenda& agenda = agenda_of(result);
    const Counts counts = count_json(*bytes);
    CHECK(counts.days == 5);
    CHECK(counts.rooms.size() == 2);
    CHECK(counts.events.size() == 79);
    check_counts(agenda, counts);
    CHECK(result.warnings.empty());
    CHECK(agenda.event().time_zone_name == "Europe/Berlin");
    CHECK(agenda.event().title.any() == "Chaos Communication Camp 2019");
    CHECK(agenda.event().languages.front() == "en");
    CHECK(check_now_next_against(agenda, counts.events, 12) >= 20);
  }

  TEST_CASE("the camp's days end at 04:00, so a session past midnight stays on its day") {
    const auto bytes = sample_file("frab-camp2019.schedule.json");
    if (!bytes) return;
    const core::FeedResult result = import::read_feed(*bytes);
    const core::Agenda& agenda = agenda_of(result);
    REQUIRE(agenda.event().day_change.has_value());
    CHECK(agenda.event().day_change->count() == 4);
    const core::Schedule schedule{agenda};
    std::size_t crossing = 0;
    for (const core::Session& s : agenda.sessions()) {
      const auto starts = core::to_local(s.start, agenda.time_zone()).date;
      const auto ends = core::to_local(s.end - std::chrono::seconds{1}, agenda.time_zone()).date;
      if (starts == ends) continue;
      ++crossing;
      CHECK(schedule.day_of(s.end - std::chrono::minutes{1}) == starts);
    }
    CHECK(crossing == 1);
  }

  TEST_CASE("the camp's texts lose their CR LF and an event without persons has no speakers") {
    const auto bytes = sample_file("frab-camp2019.schedule.json");
    if (!bytes) return;
    const core::FeedResult result = import::read_feed(*bytes);
    const core::Agenda& agenda = agenda_of(result);
    CHECK(bytes->find("\\r\\n") != std::string::npos);
    std::size_t without_people = 0;
    for (const core::Session& s : agenda.sessions()) {
      CHECK(s.description.any().find('\r') == std::string_view::npos);
      if (s.speakers.empty() && s.moderators.empty()) ++without_people;
    }
    CHECK(without_people >= 1);
    CHECK(session_titled(agenda, "Opening Ceremony").speakers.size() == 2);
  }

  TEST_CASE("the rC3 pretalx export has only offsets: a fixed zone is used, with a warning") {
    const auto bytes = sample_file("pretalx-rc3-channels-2020.schedule.json");
    if (!bytes) return;
    const core::FeedResult result = import::read_feed(*bytes);
    const core::Agenda& agenda = agenda_of(result);
    const Counts counts = count_json(*bytes);
    CHECK(counts.events.size() == 48);
    CHECK(counts.days == 4);
    check_counts(agenda, counts);
    CHECK(agenda.event().time_zone_name == "Etc/GMT-1");
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].what.find("no time zone name; using the offset +01:00") !=
          std::string::npos);
    CHECK(check_now_next_against(agenda, counts.events, 10) >= 16);
    // Room names keep their slashes and umlauts; their ids are ids.
    const auto room = std::find_if(agenda.rooms().begin(), agenda.rooms().end(), [](const auto& r) {
      return r.name.any() == "backspace / franconian.net - Bamberg";
    });
    REQUIRE(room != agenda.rooms().end());
    CHECK(room->id == "backspace-franconian.net-Bamberg");
  }
}

TEST_SUITE("Pentabarf schedule.xml") {
  TEST_CASE("FOSDEM 2025 imports with its 943 events in the 29 rooms they use") {
    const auto bytes = sample_file("fosdem-2025.schedule.xml");
    if (!bytes) return;
    CHECK(import::detect_format(*bytes) == import::FeedFormat::frab_xml);
    const core::FeedResult result = import::read_feed(*bytes);
    const core::Agenda& agenda = agenda_of(result);
    const Counts counts = count_xml(*bytes);
    CHECK(counts.events.size() == 943);
    CHECK(counts.rooms.size() == 29);
    check_counts(agenda, counts);
    CHECK(agenda.event().time_zone_name == "Europe/Brussels");
    REQUIRE(agenda.event().day_change.has_value());
    CHECK(agenda.event().day_change->count() == 9);
    CHECK(agenda.find_room("k3201").has_value());        // rooms by their stable slug
    CHECK_FALSE(agenda.find_room("k1105").has_value());  // declared, but no event uses it
    CHECK(check_now_next_against(agenda, counts.events, 25) >= 40);
  }

  TEST_CASE("FOSDEM's long titles, seven speakers and escaped HTML abstracts come through") {
    const auto bytes = sample_file("fosdem-2025.schedule.xml");
    if (!bytes) return;
    const core::FeedResult result = import::read_feed(*bytes);
    const core::Agenda& agenda = agenda_of(result);
    std::size_t longest = 0;
    std::size_t most_speakers = 0;
    for (const core::Session& s : agenda.sessions()) {
      longest = std::max(longest, s.title.any().size());
      most_speakers = std::max(most_speakers, s.speakers.size());
      CHECK(s.description.any().find("<p>") == std::string_view::npos);
      CHECK(s.description.any().find("&lt;") == std::string_view::npos);
    }
    CHECK(longest >= 169);
    CHECK(most_speakers == 7);
    const core::Session& talk =
        session_titled(agenda, "A New Approach to Callee-Saved Registers in LLVM");
    CHECK(talk.description.any().starts_with("Currently LLVM saves and restores"));
    REQUIRE(talk.speakers.size() == 1);
    CHECK(agenda.people()[talk.speakers[0].person].name.any() == "Mikhail Gudim");
  }
}
