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

// A time given either as an instant with an offset (as parse_instant) or as the zone's local
// wall time without one ("2017-07-19T15:30", seconds optional). A local time that occurs twice
// on the day clocks go back means the first; one skipped when they go forward means the moment
// of the change.
[[nodiscard]] std::optional<Instant> parse_instant_or_local(std::string_view text,
                                                            const date::time_zone& zone);

// The venue's day an instant belongs to: its local date, except that the hours before
// `day_change` (e.g. 04:00) still belong to the day before, for events that run past midnight.
[[nodiscard]] std::chrono::year_month_day venue_day(Instant instant, const date::time_zone& zone,
                                                    std::chrono::hours day_change);
// The instant the venue day `day` begins (its local `day_change` time).
[[nodiscard]] Instant venue_day_start(std::chrono::year_month_day day, const date::time_zone& zone,
                                      std::chrono::hours day_change);

// "2017-07-18T09:00:00+02:00": the instant as the zone's local time with its offset.
[[nodiscard]] std::string format_local_iso(Instant instant, const date::time_zone& zone);
// A calendar date written "2017-07-18", or nullopt.
[[nodiscard]] std::optional<std::chrono::year_month_day> parse_date(std::string_view text);
// "2017-07-18": a calendar date.
[[nodiscard]] std::string format_date(std::chrono::year_month_day day);

}  // namespace nownext::core
