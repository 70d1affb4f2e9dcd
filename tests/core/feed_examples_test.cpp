// The parser agrees with the schema's examples: bundled feeds load without warnings, and the
// invalid examples (which the schema test also rejects) are refused.
#include "core/feed_parser.hpp"
#include "support/generated_feed.hpp"
#include "support/test_files.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

using namespace nownext::core;
using nownext::testing::read_test_file;
using nownext::testing::source_path;

namespace {
std::vector<std::filesystem::path> json_files_in(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}
}  // namespace

TEST_SUITE("feed examples") {
  TEST_CASE("every bundled feed and example loads without errors or warnings") {
    auto files = json_files_in(source_path("feeds/examples"));
    files.push_back(source_path("feeds/idm2017.json"));
    for (const auto& file : files) {
      CAPTURE(file.string());
      const FeedResult result = parse_feed(read_test_file(file));
      for (const auto& e : result.errors) CAPTURE(e.to_string());
      CHECK(result.ok());
      CHECK(result.warnings.empty());
    }
  }

  TEST_CASE("every invalid example is refused") {
    const auto files = json_files_in(source_path("tests/data/invalid"));
    REQUIRE(files.size() >= 5);
    for (const auto& file : files) {
      CAPTURE(file.string());
      CHECK_FALSE(parse_feed(read_test_file(file)).ok());
    }
  }

  TEST_CASE("every degraded example loads, leaving its broken session out with a warning") {
    const auto files = json_files_in(source_path("tests/data/degraded"));
    REQUIRE(files.size() >= 5);
    for (const auto& file : files) {
      CAPTURE(file.string());
      const FeedResult result = parse_feed(read_test_file(file));
      CHECK(result.ok());
      const bool left_out =
          std::any_of(result.warnings.begin(), result.warnings.end(), [](const Diagnostic& w) {
            return w.where.starts_with("sessions[") && w.what.ends_with("left out");
          });
      CHECK(left_out);
    }
  }

  TEST_CASE("the complete example uses every part of the format") {
    const FeedResult result =
        parse_feed(read_test_file(source_path("feeds/examples/complete.json")));
    REQUIRE(result.ok());
    const Agenda& agenda = *result.agenda;
    CHECK(agenda.event().languages.size() == 6);
    CHECK(agenda.announcements().size() == 1);
    const auto state_of = [&](const char* id) {
      return agenda.sessions()[*agenda.find_session(id)].status.state;
    };
    CHECK(state_of("opening") == SessionStatus::State::delayed);
    CHECK(state_of("side-event") == SessionStatus::State::moved);
    CHECK(state_of("workshop") == SessionStatus::State::cancelled);
    CHECK(agenda.children_of(*agenda.find_session("session-1")).size() == 2);
  }

  TEST_CASE("the generated 5,000-session feed loads in full") {
    const FeedResult result = parse_feed(nownext::testing::generate_feed());
    REQUIRE(result.ok());
    CHECK(result.warnings.empty());
    CHECK(result.agenda->sessions().size() == 5000);
    CHECK(result.agenda->rooms().size() == 60);
    std::size_t in_rooms = 0;
    for (RoomIndex r = 0; r < 60; ++r) in_rooms += result.agenda->sessions_in_room(r).size();
    CHECK(in_rooms == 5000);
  }
}
