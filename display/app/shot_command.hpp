// `nownext shot`: one screen, headless, to a PNG file, for staff previews and the README.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

namespace nownext::app {

struct ShotRequest {
  std::optional<std::string> feed;      // default: the bundled IDM 2017 feed
  std::optional<std::string> format;    // the feed's format name; default: detected
  std::string at;                       // required: ISO 8601 or venue-local
  std::optional<std::string> layout;    // default: see default_layout()
  std::optional<std::string> theme;     // default: the layout's
  std::optional<std::string> logo;      // a PNG or SVG file for the header; default: a text mark
  std::optional<std::string> room;      // default: the first room
  std::optional<std::string> language;  // interface and text language
  // A bilingual "pair" screen: every text in `language` and, below, smaller, in this one.
  std::optional<std::string> pair_with;
  std::string size = "1920x1080";
  int page = 0;  // playlist position, counted from 0
  std::optional<std::string> data_dir;
  std::optional<std::string> fleet;   // fleet file or URL
  std::optional<std::string> screen;  // this screen's id in it; default: the host name
  std::string out;
};

int run_shot(const ShotRequest& request, std::ostream& out, std::ostream& err);

}  // namespace nownext::app
