// The public schedules kept beside the project (../shared/samples from the source tree), and
// the answers of the schedule engine that the sample tests compare with their own reading.
#pragma once

#include "core/agenda.hpp"
#include "core/feed_parser.hpp"

#include <optional>
#include <string>

namespace nownext::testing {

// The bytes of a sample file, or nullopt (with a doctest MESSAGE saying it is skipped) when
// the samples folder is absent.
[[nodiscard]] std::optional<std::string> sample_file(const std::string& name);

// The agenda of a result the test expects to be good; fails the test with the first error.
[[nodiscard]] const core::Agenda& agenda_of(const core::FeedResult& result);
const core::Agenda& agenda_of(core::FeedResult&&) = delete;  // it would dangle

// The titles of what runs in a room at an instant (outermost chain first) and of the next
// session, as the schedule engine answers; "" when nothing.
struct NowNext {
  std::string now;
  std::string next;
};
[[nodiscard]] NowNext now_next(const core::Agenda& agenda, const std::string& room_id,
                               const std::string& at);

}  // namespace nownext::testing
