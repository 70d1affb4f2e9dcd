// Times as conference systems write them (see import_time.hpp).
#include "import/import_time.hpp"

#include <date/tz.h>

#include <charconv>
#include <vector>

namespace nownext::import {
namespace {

std::optional<int> number(std::string_view text) {
  int value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc{} || ptr != end || text.empty()) return std::nullopt;
  return value;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const auto end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

}  // namespace

std::optional<std::chrono::minutes> offset_of(std::string_view iso) {
  if (iso.ends_with('Z') || iso.ends_with('z')) return std::chrono::minutes{0};
  if (iso.size() < 6) return std::nullopt;
  const auto tail = iso.substr(iso.size() - 6);
  if ((tail[0] != '+' && tail[0] != '-') || tail[3] != ':') return std::nullopt;
  const auto hours = number(tail.substr(1, 2));
  const auto minutes = number(tail.substr(4, 2));
  if (!hours || !minutes || *hours > 14 || *minutes > 59) return std::nullopt;
  const std::chrono::minutes offset{*hours * 60 + *minutes};
  return tail[0] == '-' ? -offset : offset;
}

std::optional<std::string> fixed_offset_zone_name(std::chrono::minutes offset) {
  if (offset.count() % 60 != 0) return std::nullopt;
  const auto hours = offset.count() / 60;
  if (hours == 0) return "UTC";
  // POSIX style: Etc/GMT-1 is one hour ahead of UTC.
  return "Etc/GMT" + std::string{hours > 0 ? "-" : "+"} +
         std::to_string(hours > 0 ? hours : -hours);
}

std::string format_offset(std::chrono::minutes offset) {
  const auto total = offset.count() < 0 ? -offset.count() : offset.count();
  const auto two = [](long v) { return (v < 10 ? "0" : "") + std::to_string(v); };
  return (offset.count() < 0 ? "-" : "+") + two(total / 60) + ":" + two(total % 60);
}

std::optional<std::chrono::minutes> parse_duration(std::string_view text) {
  const auto parts = split(text, ':');
  if (parts.size() < 2 || parts.size() > 3) return std::nullopt;
  std::vector<int> values;
  for (const auto part : parts) {
    const auto value = number(part);
    if (!value || *value < 0) return std::nullopt;
    values.push_back(*value);
  }
  // frab writes "D:HH:MM" for durations over a day and "HH:MM:SS" in some XML exports; a
  // middle part over 23 cannot be hours, and a first part of two digits is hours.
  if (values.size() == 3 && parts[0].size() < 2 && values[1] < 24 && values[2] < 60 &&
      values[0] > 0) {
    return std::chrono::minutes{(values[0] * 24 + values[1]) * 60 + values[2]};
  }
  if (values[1] > 59 || (values.size() == 3 && values[2] > 59)) return std::nullopt;
  // Hours beyond a year are no session's (and would overflow the minutes).
  if (values[0] > 24 * 366) return std::nullopt;
  return std::chrono::minutes{values[0] * 60 + values[1]};
}

std::optional<std::chrono::minutes> parse_time_of_day(std::string_view text) {
  const auto parts = split(text, ':');
  if (parts.size() < 2 || parts.size() > 3) return std::nullopt;
  const auto hours = number(parts[0]);
  const auto minutes = number(parts[1]);
  if (!hours || !minutes || *hours < 0 || *hours > 23 || *minutes < 0 || *minutes > 59)
    return std::nullopt;
  if (parts.size() == 3 && !number(parts[2])) return std::nullopt;
  return std::chrono::minutes{*hours * 60 + *minutes};
}

core::Instant local_instant(std::chrono::year_month_day day, std::chrono::seconds time_of_day,
                            const date::time_zone& zone) {
  const auto local =
      date::local_seconds{std::chrono::sys_days{day}.time_since_epoch()} + time_of_day;
  const auto info = zone.get_info(local);
  switch (info.result) {
    case date::local_info::unique:
    case date::local_info::ambiguous:
      return core::Instant{local.time_since_epoch() - info.first.offset};
    case date::local_info::nonexistent: return info.second.begin;
  }
  return core::Instant{local.time_since_epoch() - info.first.offset};
}

}  // namespace nownext::import
