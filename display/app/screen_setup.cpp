// Loading layouts, themes and interface words by name.
#include "app/screen_setup.hpp"

#include "app/file_io.hpp"
#include "app/languages.hpp"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <system_error>

namespace nownext::app {
namespace {

constexpr std::size_t max_data_file_bytes = 256 * 1024;

// Names become file names: keep them to plain names inside their folder.
void check_name(const std::string& kind, const std::string& name) {
  if (name.empty() || name.find_first_of("/\\") != std::string::npos || name.front() == '.') {
    throw std::runtime_error(kind + " '" + name + "' is not a plain name");
  }
}

template <typename Result>
auto unwrap(Result result, const std::filesystem::path& file) {
  if (result.errors.empty()) return result;
  std::string message = file.string() + ":";
  for (const auto& error : result.errors) message += "\n  " + error.to_string();
  throw std::runtime_error(message);
}

}  // namespace

std::vector<std::string> located(const std::filesystem::path& file,
                                 const core::Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const auto& diagnostic : diagnostics) {
    lines.push_back(file.string() + ": " + diagnostic.to_string());
  }
  return lines;
}

std::filesystem::path data_dir(const std::optional<std::string>& option) {
  if (option) return *option;
  if (const char* env = std::getenv("NOWNEXT_DATA_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  // Installed: PREFIX/bin/nownext finds PREFIX/share/nownext, wherever the prefix is (a
  // package unpacked into another root too).
  std::error_code ignored;
  const auto program = std::filesystem::read_symlink("/proc/self/exe", ignored);
  if (!program.empty()) {
    const auto installed = program.parent_path().parent_path() / "share" / "nownext";
    if (std::filesystem::is_directory(installed / "layouts", ignored)) return installed;
  }
  return NOWNEXT_DEFAULT_DATA_DIR;
}

ScreenSetup load_screen_setup(const std::filesystem::path& data, const std::string& layout_name,
                              const std::string& language,
                              const std::optional<std::string>& theme_name) {
  check_name("layout", layout_name);
  check_name("language", language);
  require_language(data, language);
  const auto layout_file = data / "layouts" / (layout_name + ".json");
  auto layout =
      unwrap(core::parse_layout(read_file(layout_file, max_data_file_bytes)), layout_file);
  if (theme_name) layout.layout->theme = *theme_name;
  check_name("theme", layout.layout->theme);
  const auto theme_file = data / "layouts" / "themes" / (layout.layout->theme + ".json");
  auto theme = unwrap(core::parse_theme(read_file(theme_file, max_data_file_bytes)), theme_file);
  const auto strings_file = data / "layouts" / "strings" / (language + ".json");
  auto strings =
      unwrap(core::parse_ui_strings(read_file(strings_file, max_data_file_bytes)), strings_file);
  std::vector<std::string> warnings = located(layout_file, layout.warnings);
  for (auto& line : located(theme_file, theme.warnings)) warnings.push_back(std::move(line));
  for (auto& line : located(strings_file, strings.warnings)) warnings.push_back(std::move(line));
  return {std::move(*layout.layout), std::move(*theme.theme), std::move(*strings.strings),
          std::move(warnings)};
}

void warn_about_orientation(ScreenSetup& setup, int width_px, int height_px) {
  if (auto warning = core::orientation_warning(setup.layout, width_px, height_px);
      !warning.empty()) {
    setup.warnings.push_back(std::move(warning));
  }
}

std::string absolute_logo(const std::string& file) {
  return std::filesystem::absolute(file).lexically_normal().string();
}

std::vector<core::Layout> available_layouts(const std::filesystem::path& data) {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(data / "layouts", error)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<core::Layout> layouts;
  for (const auto& file : files) {
    try {
      auto result = core::parse_layout(read_file(file, max_data_file_bytes));
      if (result.errors.empty() && result.layout) layouts.push_back(std::move(*result.layout));
    } catch (const std::exception&) {
      // An unreadable layout is not a candidate; naming it reports why.
    }
  }
  return layouts;
}

std::string default_layout(const std::filesystem::path& data, const core::Agenda* agenda,
                           bool room_chosen, int width_px, int height_px) {
  const std::vector<core::Layout> layouts = available_layouts(data);
  const bool hallway = agenda != nullptr && !room_chosen && agenda->rooms().size() > 1;
  const auto index = core::default_layout_index(layouts, hallway, width_px, height_px);
  if (!index) throw std::runtime_error("no room layout in " + (data / "layouts").string());
  return layouts[*index].name;
}

std::string default_language(const core::Agenda& agenda, const std::filesystem::path& data) {
  for (const auto& language : agenda.event().languages) {
    const auto primary = language.substr(0, language.find('-'));
    if (std::filesystem::exists(data / "layouts" / "strings" / (primary + ".json"))) return primary;
  }
  return "en";
}

}  // namespace nownext::app
