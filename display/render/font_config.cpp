// Parsing fonts/roles.txt and resolving its families with fontconfig.
#include "render/font_config.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>

namespace nownext::render {
namespace {

constexpr std::array<std::string_view, role_count> role_names = {"title", "body", "meta", "clock"};

std::string trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r");
  return std::string{s.substr(first, last - first + 1)};
}

std::vector<std::string> split_families(const std::string& list) {
  std::vector<std::string> families;
  std::istringstream in{list};
  for (std::string family; std::getline(in, family, ',');) {
    if (!trimmed(family).empty()) families.push_back(trimmed(family));
  }
  return families;
}

struct PatternDeleter {
  void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
using PatternPtr = std::unique_ptr<FcPattern, PatternDeleter>;

// The face fontconfig picks for family + style, if its family really is that family.
std::optional<FontFace> find_face(const std::string& family, const std::string& style) {
  PatternPtr pattern{FcPatternCreate()};
  FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  FcPatternAddString(pattern.get(), FC_STYLE, reinterpret_cast<const FcChar8*>(style.c_str()));
  FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());
  FcResult result = FcResultNoMatch;
  const PatternPtr match{FcFontMatch(nullptr, pattern.get(), &result)};
  FcChar8* found_family = nullptr;
  FcChar8* file = nullptr;
  int index = 0;
  if (!match || FcPatternGetString(match.get(), FC_FAMILY, 0, &found_family) != FcResultMatch ||
      FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch ||
      FcPatternGetInteger(match.get(), FC_INDEX, 0, &index) != FcResultMatch ||
      family != reinterpret_cast<const char*>(found_family)) {
    return std::nullopt;
  }
  return FontFace{family, reinterpret_cast<const char*>(file), index};
}

}  // namespace

std::size_t role_slot(core::TextRole role) {
  return static_cast<std::size_t>(role);
}

FontConfig parse_font_config(std::string_view text) {
  FontConfig config;
  std::istringstream in{std::string{text}};
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    line = trimmed(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    std::istringstream words{line};
    std::string role, style, rest;
    words >> role >> style;
    std::getline(words, rest);
    const auto slot = std::find(role_names.begin(), role_names.end(), std::string_view{role}) -
                      role_names.begin();
    const std::vector<std::string> families = split_families(rest);
    if (slot == std::ssize(role_names) || style.empty() || families.empty()) {
      throw std::runtime_error("font configuration line " + std::to_string(number) +
                               ": expected 'role style family, family, ...' with a role of "
                               "title, body, meta or clock");
    }
    config.roles[static_cast<std::size_t>(slot)] = {style, families};
  }
  for (std::size_t slot = 0; slot < role_count; ++slot) {
    if (config.roles[slot].families.empty()) {
      throw std::runtime_error("font configuration: no fonts for role '" +
                               std::string{role_names[slot]} + "'");
    }
  }
  return config;
}

FontConfig load_font_config(const std::filesystem::path& path) {
  std::ifstream in{path};
  if (!in) throw std::runtime_error(path.string() + ": cannot open the font configuration");
  std::ostringstream text;
  text << in.rdbuf();
  return parse_font_config(text.str());
}

ResolvedFonts resolve_fonts(const FontConfig& config) {
  if (FcInit() != FcTrue) throw std::runtime_error("fontconfig could not be initialized");
  ResolvedFonts resolved;
  for (std::size_t slot = 0; slot < role_count; ++slot) {
    const RoleFonts& role = config.roles[slot];
    for (const std::string& family : role.families) {
      if (auto face = find_face(family, role.style)) {
        resolved.chains[slot].push_back(std::move(*face));
      } else {
        resolved.warnings.push_back("font family '" + family + "' (" + role.style +
                                    ") is not installed");
      }
    }
    if (resolved.chains[slot].empty()) {
      throw std::runtime_error("no installed font for text role '" + std::string{role_names[slot]} +
                               "'");
    }
  }
  return resolved;
}

}  // namespace nownext::render
