// The storyboard's outputs besides its PNGs: the contact sheet (one static HTML page, no script,
// nothing fetched from the network: a row per screen, a column per instant, each frame's
// thumbnail linking to its PNG with the time it holds and its findings marked) and audit.json.
// Pure text building from what the workers rendered.
#pragma once

#include "core/frame.hpp"
#include "core/frame_audit.hpp"
#include "core/storyboard_plan.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace date {
class time_zone;
}

namespace nownext::app {

// The kinds of finding a storyboard lists: the frame audit's rules, then "cut-title", a text of
// the title role (a session's title on its card, a room's or the event's name) cut with "…".
// `nownext audit` accepts a cut when the card has no room left; lists and rows are cut by design,
// but a screen that cannot show what it is about must be seen before the event.
inline constexpr std::size_t storyboard_kind_count = core::audit_rule_count + 1;
inline constexpr std::string_view cut_kind = "cut-title";
[[nodiscard]] std::array<std::string_view, storyboard_kind_count> storyboard_kinds();

struct SheetFinding {
  std::string rule;  // one of storyboard_kinds()
  std::size_t box = 0;
  std::string excerpt;  // core::box_excerpt
  std::string reason;
  core::Rect rect;  // the box, in the frame's pixels
};

// One page of a held screen, rendered.
struct SheetPage {
  int step = 0;      // as `nownext shot --page` counts it
  std::string file;  // the PNG, relative to the storyboard's folder
  std::string thumb;
  int width_px = 0, height_px = 0;
  int thumb_width_px = 0, thumb_height_px = 0;
  std::vector<SheetFinding> findings;
};

struct SheetCell {
  core::TimeSpan held;
  std::vector<SheetPage> pages;
};

struct SheetScreen {
  std::string id;
  std::string description;
};

struct SheetDay {
  std::string date;  // "2017-07-18"
  core::TimeSpan span;
  std::vector<std::vector<SheetCell>> rows;  // one per screen, in the sheet's order
};

struct Sheet {
  std::string event;  // the event's title
  std::string feed;   // where the feed came from
  std::string version;
  const date::time_zone* zone = nullptr;
  std::vector<SheetScreen> screens;
  std::vector<SheetDay> days;
};

// "1 screen", "2 screens".
[[nodiscard]] std::string counted(std::size_t count, const std::string& noun);

// How many frames were rendered (pages of different files: a screen that shows the same as another
// shares its files), and the findings of each kind (in storyboard_kinds() order).
[[nodiscard]] std::size_t frame_count(const Sheet& sheet);
[[nodiscard]] std::array<std::size_t, storyboard_kind_count> finding_counts(const Sheet& sheet);

// index.html: a summary (screens, frames, findings by kind, each finding linked to its frame),
// then a table per day.
[[nodiscard]] std::string sheet_html(const Sheet& sheet);
// audit.json: {"event", "feed", "screens", "frames", "counts": {rule: n}, "findings": [{"screen",
// "day", "from", "until", "page", "file", "rule", "box", "excerpt", "reason", "rect"}]}, times
// in venue time with their offset.
[[nodiscard]] std::string audit_json(const Sheet& sheet);

}  // namespace nownext::app
