// The one entry point from bytes to an agenda, for every supported format: nownext/1 and the
// schedules conference systems publish. The format is detected from the content unless given.
#pragma once

#include "core/feed_parser.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace nownext::import {

enum class FeedFormat { automatic, nownext, frab_json, frab_xml, icalendar, indico };

// "auto", "nownext", "frab-json", "frab-xml", "ical", "indico".
[[nodiscard]] std::string_view to_string(FeedFormat format);
[[nodiscard]] std::optional<FeedFormat> feed_format_from_string(std::string_view name);
// The names above, for messages: "auto, nownext, frab-json, ...".
[[nodiscard]] std::string feed_format_names();

// The format of `bytes`, from their first significant characters and members: iCalendar
// starts with BEGIN:VCALENDAR, XML with '<', JSON with '{' and then a "format" member
// (nownext), a "schedule" (frab/pretalx) or "results" (Indico). nownext when unsure, so that
// its parser says what is wrong.
[[nodiscard]] FeedFormat detect_format(std::string_view bytes);

// Reads `bytes` in `format` (detected when automatic) into a validated agenda.
[[nodiscard]] core::FeedResult read_feed(std::string_view bytes,
                                         FeedFormat format = FeedFormat::automatic,
                                         const core::FeedLimits& limits = {});

}  // namespace nownext::import
