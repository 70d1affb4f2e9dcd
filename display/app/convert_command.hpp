// `nownext convert FEED [--format F] --out FILE`: a schedule in any supported format written as
// its nownext/1 equivalent, so that a venue can inspect, check and hand-edit an import.
#pragma once

#include "import/read_feed.hpp"

#include <iosfwd>
#include <string>

namespace nownext::app {

// Exit codes of `convert`, documented in the README: as `check`, and 2 when the output cannot
// be written.
enum ConvertExit : int { convert_done = 0, convert_invalid = 1, convert_failed = 2 };

struct ConvertRequest {
  std::string feed;  // a file or an http(s) URL
  import::FeedFormat format = import::FeedFormat::automatic;
  std::string out;  // the nownext/1 file to write; "-" for standard output
};

// Writes the feed to `request.out`, and a report (what was read, warnings, errors) to `report`.
int run_convert(const ConvertRequest& request, std::ostream& stdout_stream, std::ostream& report);

}  // namespace nownext::app
