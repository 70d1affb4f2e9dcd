// `nownext storyboard`: every screen of a fleet (or every layout for every room), at every change
// instant of each venue day and on every page, rendered headless to PNGs with thumbnails, each
// frame checked by the frame audit, and a contact sheet (index.html) and audit.json for staff to
// sign off before the event.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace nownext::app {

struct StoryboardRequest {
  std::optional<std::string> feed;      // default: the bundled IDM 2017 feed
  std::optional<std::string> format;    // the feed's; default: detected
  std::optional<std::string> fleet;     // a fleet file; default: every layout for every room
  std::vector<std::string> days;        // venue days, "2017-07-18"; default: every day
  std::vector<std::string> sizes;       // without a fleet; default: each layout's orientation
  std::optional<std::string> language;  // without a fleet; default: the feed's
  std::string out;                      // the folder written
  std::optional<std::string> data_dir;
  int jobs = 0;  // worker processes; 0: one per processor
};

// Writes OUT/<screen>/<day>T<hh-mm-ss>-p<page>.png and the same under OUT/<screen>/thumbs/,
// OUT/index.html and OUT/audit.json; prints each finding (as `nownext audit` does, with the
// screen) and a summary. `progress`: a terminal for the progress line, or null for none.
// Returns 0 without findings, 1 with some, 2 when it could not run.
int run_storyboard(const StoryboardRequest& request, std::ostream& out, std::ostream& err,
                   std::ostream* progress);

}  // namespace nownext::app
