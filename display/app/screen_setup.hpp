// What a screen needs besides the agenda, read from the project's data folders: the layout,
// its theme and the interface words. Errors name the file and the place in it.
#pragma once

#include "core/agenda.hpp"
#include "core/layout.hpp"
#include "core/theme.hpp"
#include "core/ui_strings.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nownext::app {

// Where layouts/, fonts/, assets/ and feeds/ are: --data-dir, else $NOWNEXT_DATA_DIR, else
// share/nownext beside the program's bin/ when installed, else the folder it was built from.
[[nodiscard]] std::filesystem::path data_dir(const std::optional<std::string>& option);

struct ScreenSetup {
  core::Layout layout;
  core::Theme theme;
  core::UiStrings strings;
  // What the files hold that nothing reads ("layouts/hallway.json: transiton_ms: unknown
  // member, ignored"), for the commands to print where staff look.
  std::vector<std::string> warnings;
};

// "FILE: PATH: WHAT" for each diagnostic of `file`.
[[nodiscard]] std::vector<std::string> located(const std::filesystem::path& file,
                                               const core::Diagnostics& diagnostics);

// Throws std::runtime_error with every problem found ("layouts/hallway.json: playlist[0].page:
// ..."), so that a broken file never replaces a good one.
// `theme_name` replaces the layout's theme when given.
[[nodiscard]] ScreenSetup load_screen_setup(const std::filesystem::path& data,
                                            const std::string& layout_name,
                                            const std::string& language,
                                            const std::optional<std::string>& theme_name = {});

// Adds a warning to `setup` when its layout, named by the operator, is not made for a screen of
// this size (core::orientation_warning). A layout picked by default always is.
void warn_about_orientation(ScreenSetup& setup, int width_px, int height_px);
// A logo file named on the command line or in a configuration, made absolute (the painter loads
// images by absolute path or from assets/ only).
[[nodiscard]] std::string absolute_logo(const std::string& file);
// The valid layouts of `data`/layouts, by file name.
[[nodiscard]] std::vector<core::Layout> available_layouts(const std::filesystem::path& data);
// The layout to use when none is named (core::default_layout_index): a hallway for a feed with
// several rooms and no room chosen, otherwise a room layout made for the screen's orientation.
// Throws std::runtime_error when `data` has no room layout.
[[nodiscard]] std::string default_layout(const std::filesystem::path& data,
                                         const core::Agenda* agenda, bool room_chosen, int width_px,
                                         int height_px);
// The interface language when none is named: the feed's first language if there are words for
// it, else English.
[[nodiscard]] std::string default_language(const core::Agenda& agenda,
                                           const std::filesystem::path& data);

}  // namespace nownext::app
