// An independent reading of what runs when, for the sample tests: each test extracts its
// file's events with its own few lines (not the importer's code), and the schedule engine's
// answers on the imported agenda must agree with this plain search at chosen instants.
#pragma once

#include "core/agenda.hpp"

#include <string>
#include <vector>

namespace nownext::testing {

struct ReferenceEvent {
  std::string room;  // the room's display name
  core::Instant start;
  core::Instant end;
  std::string title;
};

// For instants spread over the programme (the middle of `samples` events, chosen evenly, and
// one minute before each of them starts), checks that the sessions running in the room and the
// next one to start are those a plain search of `events` finds. Returns the instants checked.
std::size_t check_now_next_against(const core::Agenda& agenda,
                                   const std::vector<ReferenceEvent>& events, std::size_t samples);

}  // namespace nownext::testing
