// A count of what changed between two agendas, by session id, for the log line of an update.
// Pure; depends on core only. (A fuller change tracker is planned separately.)
#pragma once

#include "core/agenda.hpp"

#include <cstddef>
#include <string>

namespace nownext::net {

struct SessionChanges {
  std::size_t added = 0;    // ids only in the new agenda
  std::size_t removed = 0;  // ids only in the old agenda
  std::size_t changed = 0;  // same id, different room, times, status, kind, texts or people
  [[nodiscard]] bool any() const { return added + removed + changed > 0; }
};

[[nodiscard]] SessionChanges compare_sessions(const core::Agenda& before,
                                              const core::Agenda& after);

// "2 added, 1 removed, 3 changed"
[[nodiscard]] std::string to_string(const SessionChanges& changes);

}  // namespace nownext::net
