// The font configuration (fonts/roles.txt): for each text role a style and a fallback chain of
// families, resolved with fontconfig to installed font files and face indexes.
#pragma once

#include "core/frame.hpp"

#include <array>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace nownext::render {

// One face of an installed font file (a .ttc collection holds several, e.g. CJK SC at 2).
struct FontFace {
  std::string family;
  std::filesystem::path file;
  long index = 0;
  friend bool operator==(const FontFace&, const FontFace&) = default;
};

struct RoleFonts {
  std::string style;                  // e.g. "Bold"
  std::vector<std::string> families;  // in fallback order
};

inline constexpr std::size_t role_count = 4;
[[nodiscard]] std::size_t role_slot(core::TextRole role);

struct FontConfig {
  std::array<RoleFonts, role_count> roles;  // by role_slot()
};

// Parses the text of a font configuration; throws std::runtime_error naming the line of an error
// or a role left undefined.
[[nodiscard]] FontConfig parse_font_config(std::string_view text);
// Reads and parses a font configuration file.
[[nodiscard]] FontConfig load_font_config(const std::filesystem::path& path);

// The installed faces of each role, in fallback order.
struct ResolvedFonts {
  std::array<std::vector<FontFace>, role_count> chains;  // by role_slot()
  std::vector<std::string> warnings;                     // families that are not installed
};

// Looks every family up with fontconfig, keeping only exact family matches (fontconfig
// otherwise substitutes a font that may lack the script). Throws when a role has no font at all.
[[nodiscard]] ResolvedFonts resolve_fonts(const FontConfig& config);

}  // namespace nownext::render
