// Bidi levels with FriBidi, runs by level and font, reordered by rule L2 of UAX #9.
#include "render/bidi_runs.hpp"

#include "core/utf8.hpp"

#include <fribidi.h>

#include <algorithm>
#include <stdexcept>

namespace nownext::render {
namespace {

bool in(char32_t c, char32_t first, char32_t last) {
  return c >= first && c <= last;
}

const char* script_of(char32_t c) {
  if (in(c, 0x0600, 0x06FF) || in(c, 0x0750, 0x077F) || in(c, 0x08A0, 0x08FF) ||
      in(c, 0xFB50, 0xFDFF) || in(c, 0xFE70, 0xFEFF)) {
    return "Arab";
  }
  if (in(c, 0x0590, 0x05FF)) return "Hebr";
  if (in(c, 0x0370, 0x03FF)) return "Grek";
  if (in(c, 0x0400, 0x04FF)) return "Cyrl";
  if (in(c, 0x3040, 0x30FF)) return "Kana";
  if (in(c, 0xAC00, 0xD7AF)) return "Hang";
  if (core::is_cjk(c) && !in(c, 0x3000, 0x303F) && !in(c, 0xFF00, 0xFFEF)) return "Hani";
  if (in(c, U'A', U'Z') || in(c, U'a', U'z') || in(c, 0x00C0, 0x024F)) return "Latn";
  return nullptr;
}

// Spaces, digits and punctuation: they may share the font of the text before them.
bool is_common(char32_t c) {
  return (c < 0x80 && !in(c, U'A', U'Z') && !in(c, U'a', U'z')) || in(c, 0x00A0, 0x00BF) ||
         in(c, 0x2000, 0x206F) || in(c, 0x0660, 0x066D);
}

std::vector<FriBidiLevel> bidi_levels(std::vector<FriBidiChar>& text, bool paragraph_rtl) {
  const auto length = static_cast<FriBidiStrIndex>(text.size());
  std::vector<FriBidiCharType> types(text.size());
  std::vector<FriBidiBracketType> brackets(text.size());
  std::vector<FriBidiLevel> levels(text.size());
  fribidi_get_bidi_types(text.data(), length, types.data());
  fribidi_get_bracket_types(text.data(), length, types.data(), brackets.data());
  FriBidiParType direction = paragraph_rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
  if (fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), length, &direction,
                                          levels.data()) == 0) {
    throw std::runtime_error("FriBidi could not resolve bidi levels");
  }
  return levels;
}

// Rule L2: from the highest level down to the lowest odd one, reverse every sequence of runs
// at that level or higher.
void reorder(std::vector<Run>& runs, std::vector<FriBidiLevel>& levels) {
  int highest = 0, lowest_odd = FRIBIDI_BIDI_MAX_EXPLICIT_LEVEL + 2;
  for (const int level : levels) {
    highest = std::max(highest, level);
    if (level % 2 == 1) lowest_odd = std::min(lowest_odd, level);
  }
  for (int level = highest; level >= lowest_odd && level > 0; --level) {
    for (std::size_t i = 0; i < runs.size();) {
      if (levels[i] < level) {
        ++i;
        continue;
      }
      std::size_t end = i;
      while (end < runs.size() && levels[end] >= level) ++end;
      std::reverse(runs.begin() + static_cast<std::ptrdiff_t>(i),
                   runs.begin() + static_cast<std::ptrdiff_t>(end));
      std::reverse(levels.begin() + static_cast<std::ptrdiff_t>(i),
                   levels.begin() + static_cast<std::ptrdiff_t>(end));
      i = end;
    }
  }
}

}  // namespace

std::vector<Run> visual_runs(std::string_view line, bool paragraph_rtl, core::TextRole role,
                             int size_px, Fonts& fonts) {
  std::vector<FriBidiChar> text;
  bool any_rtl = paragraph_rtl;
  for (std::size_t pos = 0; pos < line.size();) {
    text.push_back(core::next_code_point(line, pos));
    any_rtl = any_rtl || core::is_strong_rtl(text.back());
  }
  const std::vector<FriBidiLevel> levels =
      any_rtl ? bidi_levels(text, paragraph_rtl) : std::vector<FriBidiLevel>(text.size(), 0);
  std::vector<Run> runs;
  std::vector<FriBidiLevel> run_levels;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    const bool keep = !runs.empty() && levels[i] == run_levels.back() &&
                      (core::is_cluster_extend(c) ||
                       (is_common(c) && fonts.provides(role, runs.back().face, c, size_px)));
    const std::size_t face = keep ? runs.back().face : fonts.face_for(role, c, size_px);
    if (runs.empty() || face != runs.back().face || levels[i] != run_levels.back()) {
      runs.push_back({{}, face, levels[i] % 2 == 1, nullptr});
      run_levels.push_back(levels[i]);
    }
    core::append_utf8(runs.back().text, c);
    if (runs.back().script == nullptr) runs.back().script = script_of(c);
  }
  for (Run& run : runs) {
    if (run.script == nullptr) run.script = "Zyyy";
  }
  reorder(runs, run_levels);
  return runs;
}

}  // namespace nownext::render
