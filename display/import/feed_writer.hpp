// An agenda written out as a nownext/1 feed, for `nownext convert`: what an import gives, in
// the form a venue can read, check and edit by hand. Pure.
#pragma once

#include "core/agenda.hpp"

#include <string>

namespace nownext::import {

// The agenda as nownext/1 JSON, indented, times in the venue's zone with their offset. Reading
// it back with core::parse_feed gives the same agenda.
[[nodiscard]] std::string write_feed(const core::Agenda& agenda);

}  // namespace nownext::import
