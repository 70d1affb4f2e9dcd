// Instants and their conversion to and from text and to a venue's local time.
// Pure: never reads the clock; time zones come from the date library's tz database.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace date {
class time_zone;
}

namespace nownext::core {

// A moment in time, UTC-based, with second resolution. Feeds give minute precision at best.
using Instant = std::chrono::sys_seconds;

// An ISO 8601 / RFC 3339 instant with an explicit offset, as feeds must carry it:
// "2017-07-18T09:00:00+02:00", "2017-07-18T07:00Z", seconds and fractions optional (fractions
// are dropped). Anything else, including a time without an offset, gives nullopt.
[[nodiscard]] std::optional<Instant> parse_instant(std::string_view text);

// The IANA zone of that name, or nullptr when the tz database does not know it.
[[nodiscard]] const date::time_zone* find_time_zone(std::string_view name);

// The local calendar date and time of an instant in a zone.
struct LocalTime {
  std::chrono::year_month_day date;
  std::chrono::hh_mm_ss<std::chrono::seconds> time_of_day;
  std::chrono::seconds utc_offset;
};
[[nodiscard]] LocalTime to_local(Instant instant, const date::time_zone& zone);

// "2017-07-18T09:00:00+02:00": the instant as the zone's local time with its offset.
[[nodiscard]] std::string format_local_iso(Instant instant, const date::time_zone& zone);
// "2017-07-18": a calendar date.
[[nodiscard]] std::string format_date(std::chrono::year_month_day day);

}  // namespace nownext::core
