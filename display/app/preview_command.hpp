// `nownext preview`: a window for staff with a simulated clock. Keys: Right / Left step to the
// next / previous change of the day, Space pauses, L switches layout, R reloads the files, Q or
// Escape quits. Feed and layout files reload by themselves when they change on disk.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

namespace nownext::app {

struct PreviewRequest {
  std::optional<std::string> feed;    // a file or URL; default: the bundled agenda
  std::optional<std::string> format;  // the feed's format name; default: detected
  std::optional<std::string> layout;
  std::optional<std::string> theme;  // default: the layout's
  std::optional<std::string> room;
  std::optional<std::string> language;
  std::optional<std::string>
      at;              // where the simulated clock starts; default: the feed's first start
  double speed = 1.0;  // simulated seconds per real second
  std::string window = "1280x720";
  std::optional<std::string> data_dir;
  std::optional<std::string> fleet;   // fleet file or URL
  std::optional<std::string> screen;  // this screen's id in it; default: the host name
};

int run_preview(const PreviewRequest& request, std::ostream& err);

}  // namespace nownext::app
