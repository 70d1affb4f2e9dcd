// The work of `nownext storyboard` in its worker processes: a screen's day merged into held
// frames, and a held frame's pages rendered to PNGs and thumbnails and checked by the frame audit.
// Plain text passes between the processes (to_text / from_text).
#pragma once

#include "app/screen_setup.hpp"
#include "app/storyboard_screens.hpp"
#include "app/storyboard_sheet.hpp"
#include "core/storyboard_plan.hpp"
#include "render/canvas.hpp"
#include "render/fonts.hpp"
#include "render/sdl_library.hpp"
#include "render/text_shaper.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace nownext::app {

// Everything the workers share, loaded before they start. Not movable: the schedule refers to the
// agenda.
struct StoryboardPlan {
  explicit StoryboardPlan(core::Agenda loaded) : agenda(std::move(loaded)) {}
  StoryboardPlan(const StoryboardPlan&) = delete;
  StoryboardPlan& operator=(const StoryboardPlan&) = delete;
  ~StoryboardPlan() = default;

  core::Agenda agenda;
  core::Schedule schedule{agenda};
  std::filesystem::path data;
  std::filesystem::path out;
  std::vector<StoryboardScreen> screens;
  std::vector<std::string> folders;   // each screen's folder under `out`
  std::vector<ScreenSetup> setups;    // one per layout and language
  std::vector<std::size_t> setup_of;  // each screen's
  // Each screen's twin: the first screen with the same layout, room(s), languages and size, whose
  // frames it shows (itself for that first one). Only those are drawn.
  std::vector<std::size_t> same_as;
  std::vector<std::size_t> drawn;  // the screens that are their own twin, in order
  std::vector<std::chrono::year_month_day> days;
};

// A folder name for a screen id: its letters, digits, '-', '_' and '.', anything else as '_',
// never starting with '.' (an id ".." stays inside the storyboard).
[[nodiscard]] std::string folder_name(const std::string& id);

// A worker's fonts and one canvas per screen size, in teardown order (canvases, then the shaper
// and fonts they use, then SDL).
class StoryboardWorker {
 public:
  explicit StoryboardWorker(const StoryboardPlan& plan);
  // Screen `screen` on day `day` of the plan, merged into held frames.
  [[nodiscard]] std::vector<core::HeldScreen> held(std::size_t screen, std::size_t day);
  // The pages of `held` drawn, written (PNG and thumbnail) and audited.
  [[nodiscard]] std::vector<SheetPage> render(std::size_t screen, const core::HeldScreen& held);

 private:
  [[nodiscard]] core::ScreenContext context(std::size_t screen);
  render::SoftwareCanvas& canvas(int width_px, int height_px);

  const StoryboardPlan& plan_;
  render::SdlLibrary sdl_;
  render::Fonts fonts_;
  render::TextShaper shaper_;
  std::map<std::pair<int, int>, std::unique_ptr<render::SoftwareCanvas>> canvases_;
};

[[nodiscard]] std::string to_text(const std::vector<core::HeldScreen>& held);
[[nodiscard]] std::vector<core::HeldScreen> held_from_text(const std::string& text);
[[nodiscard]] std::string to_text(const std::vector<SheetPage>& pages);
[[nodiscard]] std::vector<SheetPage> pages_from_text(const std::string& text);

}  // namespace nownext::app
