// One function per foreign format: bytes in, a validated agenda (or errors) out, with a warning
// for each item repaired or left out. The mappings are documented in feeds/IMPORTS.md.
#pragma once

#include "core/feed_parser.hpp"

#include <string_view>

namespace nownext::import {

// frab / pretalx schedule.json (c3voc schema v1 and v2).
[[nodiscard]] core::FeedResult import_frab_json(std::string_view bytes,
                                                const core::FeedLimits& limits);
// frab / Pentabarf schedule.xml (FOSDEM and the c3voc XSD).
[[nodiscard]] core::FeedResult import_frab_xml(std::string_view bytes,
                                               const core::FeedLimits& limits);
// iCalendar (RFC 5545): each VEVENT a session.
[[nodiscard]] core::FeedResult import_icalendar(std::string_view bytes,
                                                const core::FeedLimits& limits);
// Indico's timetable export (/export/timetable/ID.json).
[[nodiscard]] core::FeedResult import_indico(std::string_view bytes,
                                             const core::FeedLimits& limits);

}  // namespace nownext::import
