// The public schedules beside the project, and schedule answers for the sample tests.
#include "import/sample_files.hpp"

#include "core/schedule.hpp"
#include "support/test_files.hpp"

#include <doctest/doctest.h>

#include <filesystem>

namespace nownext::testing {

std::optional<std::string> sample_file(const std::string& name) {
  const auto path = source_path("../shared/samples/" + name);
  if (!std::filesystem::exists(path)) {
    MESSAGE("skipped: the sample " << path.string() << " is absent");
    return std::nullopt;
  }
  return read_test_file(path);
}

const core::Agenda& agenda_of(const core::FeedResult& result) {
  INFO((result.errors.empty() ? std::string{} : result.errors.front().to_string()));
  REQUIRE(result.ok());
  return *result.agenda;
}

NowNext now_next(const core::Agenda& agenda, const std::string& room_id, const std::string& at) {
  const auto room = agenda.find_room(room_id);
  INFO("room " << room_id);
  REQUIRE(room.has_value());
  const auto instant = core::parse_instant(at);
  REQUIRE(instant.has_value());
  const core::Schedule schedule{agenda};
  const core::RoomNow answer = schedule.room_at(*room, *instant);
  NowNext result;
  if (!answer.now.empty()) {
    result.now = std::string{agenda.sessions()[answer.now.front().back()].title.any()};
  }
  if (answer.next) result.next = std::string{agenda.sessions()[*answer.next].title.any()};
  return result;
}

}  // namespace nownext::testing
