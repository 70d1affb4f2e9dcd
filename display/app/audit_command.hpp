// `nownext audit`: every screen of a feed, at every change instant and on every page, for each
// layout, screen size and interface language, rendered headless and checked by the frame audit
// (core/frame_audit.hpp); one line per finding.
#pragma once

#include <array>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nownext::app {

// The sizes audited when none is given: common screens, in landscape and turned to portrait.
inline constexpr std::array<std::string_view, 14> audit_sizes{
    "800x480", "1024x600", "1280x720", "1366x768", "1920x1080", "2560x1440", "3840x2160",
    "480x800", "600x1024", "720x1280", "768x1366", "1080x1920", "1440x2560", "2160x3840"};

struct AuditRequest {
  std::optional<std::string> feed;     // default: the bundled IDM 2017 feed
  std::vector<std::string> layouts;    // default: every layout in layouts/
  std::vector<std::string> sizes;      // default: audit_sizes
  std::vector<std::string> languages;  // default: every language in layouts/strings/
  // Bilingual "pair" screens: each language paired with this one (itself left alone).
  std::optional<std::string> pair_with;
  std::optional<std::string> data_dir;
  int jobs = 0;  // worker processes; 0: one per processor
};

// Prints each finding as `<instant> <layout> <WxH> <lang> [room <id>] page <n> box <index>
// "<excerpt>": <reason>` (room for the layouts of one room), then a summary with the count of
// each rule. Returns 0 without findings, 1 with some, 2 when the audit could not run (an unknown
// layout or language is named with the list of those available).
int run_audit(const AuditRequest& request, std::ostream& out, std::ostream& err);

}  // namespace nownext::app
