// Internal to the feed parser: the sessions array, each session tied to its room and people.
#pragma once

#include "core/agenda.hpp"
#include "core/feed_fields.hpp"

#include <vector>

namespace nownext::core {

// Reads `sessions` into `data.sessions` (and their places into `data.session_origins`), given
// `data.rooms` and `data.people`. A session with an error, or in an unknown room, is left out
// with a warning; relations between sessions are checked by validate_agenda.
void read_sessions(const Json& sessions, AgendaData& data, FeedFields& fields);

}  // namespace nownext::core
