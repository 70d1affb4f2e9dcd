// Strict ISO 8601 instants, and local time through the date library (USE_OS_TZDB, so the
// system's tzdata is used and nothing is downloaded).
#include "core/time.hpp"

#include <date/tz.h>

#include <cstdio>
#include <stdexcept>

namespace nownext::core {
namespace {

// Reads exactly `width` decimal digits at `pos`; advances `pos`.
std::optional<int> read_digits(std::string_view text, std::size_t& pos, std::size_t width) {
  if (pos + width > text.size()) {
    return std::nullopt;
  }
  int value = 0;
  for (std::size_t i = 0; i < width; ++i) {
    const char c = text[pos + i];
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    value = value * 10 + (c - '0');
  }
  pos += width;
  return value;
}

bool expect(std::string_view text, std::size_t& pos, char wanted) {
  if (pos < text.size() && text[pos] == wanted) {
    ++pos;
    return true;
  }
  return false;
}

// "Z", "+HH:MM" or "-HH:MM" at `pos`, as seconds east of UTC.
std::optional<std::chrono::seconds> read_offset(std::string_view text, std::size_t& pos) {
  if (expect(text, pos, 'Z')) {
    return std::chrono::seconds{0};
  }
  if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-')) {
    return std::nullopt;
  }
  const int sign = text[pos] == '-' ? -1 : 1;
  ++pos;
  const auto hours = read_digits(text, pos, 2);
  if (!hours || !expect(text, pos, ':')) {
    return std::nullopt;
  }
  const auto minutes = read_digits(text, pos, 2);
  if (!minutes || *hours > 23 || *minutes > 59) {
    return std::nullopt;
  }
  return std::chrono::seconds{sign * (*hours * 3600 + *minutes * 60)};
}

}  // namespace

std::optional<Instant> parse_instant(std::string_view text) {
  using namespace std::chrono;
  std::size_t pos = 0;
  const auto y = read_digits(text, pos, 4);
  if (!y || !expect(text, pos, '-')) return std::nullopt;
  const auto mo = read_digits(text, pos, 2);
  if (!mo || !expect(text, pos, '-')) return std::nullopt;
  const auto d = read_digits(text, pos, 2);
  if (!d || !expect(text, pos, 'T')) return std::nullopt;
  const auto h = read_digits(text, pos, 2);
  if (!h || !expect(text, pos, ':')) return std::nullopt;
  const auto mi = read_digits(text, pos, 2);
  if (!mi) return std::nullopt;
  int s = 0;
  if (expect(text, pos, ':')) {
    const auto sec = read_digits(text, pos, 2);
    if (!sec) return std::nullopt;
    s = *sec;
    if (expect(text, pos, '.')) {
      const std::size_t fraction_start = pos;
      while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
      if (pos == fraction_start) return std::nullopt;
    }
  }
  const auto offset = read_offset(text, pos);
  if (!offset || pos != text.size()) return std::nullopt;

  const year_month_day day{year{*y}, month{static_cast<unsigned>(*mo)},
                           std::chrono::day{static_cast<unsigned>(*d)}};
  if (!day.ok() || *h > 23 || *mi > 59 || s > 59) return std::nullopt;
  const auto local = sys_days{day} + hours{*h} + minutes{*mi} + seconds{s};
  return Instant{local - *offset};
}

const date::time_zone* find_time_zone(std::string_view name) {
  if (name.empty()) {
    return nullptr;
  }
  try {
    return date::locate_zone(name);
  } catch (const std::runtime_error&) {
    return nullptr;
  }
}

std::optional<Instant> parse_instant_or_local(std::string_view text, const date::time_zone& zone) {
  if (const auto instant = parse_instant(text)) return instant;
  // Read the wall time as if it were UTC, then reinterpret it in the zone.
  const auto as_utc = parse_instant(std::string{text} + "Z");
  if (!as_utc) return std::nullopt;
  const date::local_seconds local{as_utc->time_since_epoch()};
  return Instant{zone.to_sys(local, date::choose::earliest)};
}

std::chrono::year_month_day venue_day(Instant instant, const date::time_zone& zone,
                                      std::chrono::hours day_change) {
  const auto local = instant + zone.get_info(instant).offset - day_change;
  return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(local)};
}

Instant venue_day_start(std::chrono::year_month_day day, const date::time_zone& zone,
                        std::chrono::hours day_change) {
  const date::local_seconds local{(std::chrono::sys_days{day} + day_change).time_since_epoch()};
  return Instant{zone.to_sys(local, date::choose::earliest)};
}

LocalTime to_local(Instant instant, const date::time_zone& zone) {
  using namespace std::chrono;
  const auto info = zone.get_info(instant);
  const auto local = instant + info.offset;  // still a sys_time, but holding local wall time
  const auto day = floor<days>(local);
  return LocalTime{year_month_day{day}, hh_mm_ss<seconds>{local - day}, info.offset};
}

std::string format_local_iso(Instant instant, const date::time_zone& zone) {
  const LocalTime local = to_local(instant, zone);
  const auto offset_minutes = local.utc_offset.count() / 60;
  const char sign = offset_minutes < 0 ? '-' : '+';
  const auto magnitude = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02d%c%02d:%02d",
                format_date(local.date).c_str(),
                static_cast<int>(local.time_of_day.hours().count()),
                static_cast<int>(local.time_of_day.minutes().count()),
                static_cast<int>(local.time_of_day.seconds().count()), sign,
                static_cast<int>(magnitude / 60), static_cast<int>(magnitude % 60));
  return buffer;
}

std::optional<std::chrono::year_month_day> parse_date(std::string_view text) {
  std::size_t pos = 0;
  const auto y = read_digits(text, pos, 4);
  if (!y || !expect(text, pos, '-')) return std::nullopt;
  const auto m = read_digits(text, pos, 2);
  if (!m || !expect(text, pos, '-')) return std::nullopt;
  const auto d = read_digits(text, pos, 2);
  if (!d || pos != text.size()) return std::nullopt;
  const std::chrono::year_month_day day{std::chrono::year{*y},
                                        std::chrono::month{static_cast<unsigned>(*m)},
                                        std::chrono::day{static_cast<unsigned>(*d)}};
  if (!day.ok()) return std::nullopt;
  return day;
}

std::string format_date(std::chrono::year_month_day day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return buffer;
}

}  // namespace nownext::core
