// Internal to the feed parser: the sessions array, and the checks that tie sessions to rooms,
// people and each other (parents, nesting, cycles).
#pragma once

#include "core/agenda.hpp"
#include "core/feed_fields.hpp"

#include <vector>

namespace nownext::core {

// Reads `sessions` into `data.sessions`, given `data.rooms` and `data.people`. Sessions in an
// unknown room, and the children of dropped sessions, are dropped with a warning.
void read_sessions(const Json& sessions, AgendaData& data, FeedFields& fields);

}  // namespace nownext::core
