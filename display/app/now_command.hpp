// `nownext now FEED [--at TIME] [--room ID] [--lang CODE]`: what every room (or one) shows at an
// instant, as JSON for people and scripts. The format is documented in the README.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

namespace nownext::app {

struct NowRequest {
  std::string feed;                     // a file or an http(s) URL
  std::optional<std::string> format;    // a format name; none = detected
  std::optional<std::string> at;        // ISO 8601 with offset, or venue-local; none = the clock
  std::optional<std::string> room;      // a room id; none = every room
  std::optional<std::string> language;  // preferred language of texts; else the feed's order
};

// Writes the JSON answer to `out`, or a message to `err`. Returns the exit code: 0, or 1 for an
// invalid feed, 2 for an unreadable file or a bad --at / --room / --lang (a language without
// interface words in the data folder).
int run_now(const NowRequest& request, std::ostream& out, std::ostream& err);

}  // namespace nownext::app
