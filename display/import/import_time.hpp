// Times as conference systems write them: local dates and times in a named zone, UTC offsets
// without a zone, "HH:MM" durations. Pure.
#pragma once

#include "core/time.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace nownext::import {

// The UTC offset at the end of an ISO 8601 time ("...+01:00" -> 60 min, "...Z" -> 0).
[[nodiscard]] std::optional<std::chrono::minutes> offset_of(std::string_view iso);

// The IANA zone that keeps a fixed offset ("Etc/GMT-1" for +01:00), for sources that give only
// offsets. Nullopt for offsets that are not whole hours (no such zone exists).
[[nodiscard]] std::optional<std::string> fixed_offset_zone_name(std::chrono::minutes offset);

// "+01:00"
[[nodiscard]] std::string format_offset(std::chrono::minutes offset);

// A duration "HH:MM", "HH:MM:SS" or "D:HH:MM" (frab's), or nullopt.
[[nodiscard]] std::optional<std::chrono::minutes> parse_duration(std::string_view text);

// A local time of day "HH:MM" or "HH:MM:SS", as minutes since midnight.
[[nodiscard]] std::optional<std::chrono::minutes> parse_time_of_day(std::string_view text);

// The instant a local date and time of day name in `zone` (the first of a repeated hour, the
// change itself for a skipped one, as core::parse_instant_or_local).
[[nodiscard]] core::Instant local_instant(std::chrono::year_month_day day,
                                          std::chrono::seconds time_of_day,
                                          const date::time_zone& zone);

}  // namespace nownext::import
