// The event's time zone from what a source gives: an IANA name, else the UTC offset of its
// times (a fixed-offset zone, with a warning that daylight saving changes are not followed).
#pragma once

#include "core/agenda.hpp"
#include "import/agenda_builder.hpp"

#include <chrono>
#include <optional>
#include <string_view>

namespace nownext::import {

// Sets event.time_zone_name and event.time_zone (never null afterwards): the zone `name`
// when the tz database knows it, else the fixed zone of `offset`, else UTC; each fallback
// with a warning that says what was used.
void set_event_zone(core::Event& event, std::string_view name,
                    std::optional<std::chrono::minutes> offset, AgendaBuilder& builder);

}  // namespace nownext::import
