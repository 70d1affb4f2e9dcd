// Validation of an AgendaData, whatever format it was read from: the step between a reader
// (the nownext/1 parser or an importer) and an Agenda. Pure.
#pragma once

#include "core/agenda.hpp"
#include "core/diagnostic.hpp"
#include "core/feed_parser.hpp"

namespace nownext::core {

// Checks what an Agenda needs and repairs or leaves out, with a warning naming it, every item
// that cannot be used as is, so that one bad session never takes the programme down:
// - a session with no id, a duplicate id, no room, or an end not after its start is left out;
// - a participant who is not in `people` is left out of that session;
// - a parent that is unknown, in a cycle, nested too deep or not enclosing the child is
//   dropped (the session becomes top level), and so is a parent that was left out;
// - a move to a room that does not exist is ignored (shown where scheduled).
// Errors, which make the whole feed unusable: no time zone, a duplicate room or person id, more
// rooms, people or sessions than `limits` allow. `warnings` are the reader's, kept in front.
// `data.session_origins`, when it has one entry per session, names the sessions in messages.
[[nodiscard]] FeedResult validate_agenda(AgendaData data, const FeedLimits& limits = {},
                                         Diagnostics warnings = {});

}  // namespace nownext::core
