// Format detection and dispatch to the nownext/1 parser or an importer.
#include "import/read_feed.hpp"

#include "import/importers.hpp"

#include <array>
#include <cctype>

namespace nownext::import {
namespace {

constexpr std::array format_names{
    std::pair{FeedFormat::automatic, std::string_view{"auto"}},
    std::pair{FeedFormat::nownext, std::string_view{"nownext"}},
    std::pair{FeedFormat::frab_json, std::string_view{"frab-json"}},
    std::pair{FeedFormat::frab_xml, std::string_view{"frab-xml"}},
    std::pair{FeedFormat::icalendar, std::string_view{"ical"}},
    std::pair{FeedFormat::indico, std::string_view{"indico"}},
};

std::string_view skip_blanks_and_bom(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  while (!bytes.empty() && std::isspace(static_cast<unsigned char>(bytes.front())) != 0)
    bytes.remove_prefix(1);
  return bytes;
}

// Whether a top-level JSON member named `key` appears early in the document: a cheap look at
// the first kilobytes that does not parse (the chosen reader parses once, and says what is
// wrong).
bool has_member_early(std::string_view json, std::string_view key) {
  const auto head = json.substr(0, 4096);
  const std::string quoted = "\"" + std::string{key} + "\"";
  return head.find(quoted) != std::string_view::npos;
}

}  // namespace

std::string_view to_string(FeedFormat format) {
  for (const auto& [f, name] : format_names) {
    if (f == format) return name;
  }
  return "auto";
}

std::optional<FeedFormat> feed_format_from_string(std::string_view name) {
  for (const auto& [f, n] : format_names) {
    if (n == name) return f;
  }
  return std::nullopt;
}

std::string feed_format_names() {
  std::string names;
  for (const auto& [f, name] : format_names) {
    if (!names.empty()) names += ", ";
    names += name;
  }
  return names;
}

FeedFormat detect_format(std::string_view bytes) {
  const std::string_view start = skip_blanks_and_bom(bytes);
  if (start.starts_with("BEGIN:VCALENDAR")) return FeedFormat::icalendar;
  if (start.starts_with("<")) return FeedFormat::frab_xml;
  if (!start.starts_with("{")) return FeedFormat::nownext;
  if (has_member_early(start, "format")) return FeedFormat::nownext;
  if (has_member_early(start, "schedule")) return FeedFormat::frab_json;
  if (has_member_early(start, "results")) return FeedFormat::indico;
  return FeedFormat::nownext;
}

core::FeedResult read_feed(std::string_view bytes, FeedFormat format,
                           const core::FeedLimits& limits) {
  if (format == FeedFormat::automatic) format = detect_format(bytes);
  switch (format) {
    case FeedFormat::automatic:
    case FeedFormat::nownext: return core::parse_feed(bytes, limits);
    case FeedFormat::frab_json: return import_frab_json(bytes, limits);
    case FeedFormat::frab_xml: return import_frab_xml(bytes, limits);
    case FeedFormat::icalendar: return import_icalendar(bytes, limits);
    case FeedFormat::indico: return import_indico(bytes, limits);
  }
  return core::parse_feed(bytes, limits);
}

}  // namespace nownext::import
