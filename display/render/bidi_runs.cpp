// Bidi levels and their visual order with ICU's ubidi (UAX #9), scripts with ICU's uscript, runs
// by level and font.
#include "render/bidi_runs.hpp"

#include "core/utf8.hpp"

#include <unicode/ubidi.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace nownext::render {
namespace {

struct BidiCloser {
  void operator()(UBiDi* bidi) const { ubidi_close(bidi); }
};
using BidiPtr = std::unique_ptr<UBiDi, BidiCloser>;

void check(UErrorCode status, const char* call) {
  if (U_FAILURE(status)) throw std::runtime_error(std::string{call} + ": " + u_errorName(status));
}

// The ISO 15924 tag HarfBuzz shapes with, or null for characters of no script of their own
// (spaces, digits, punctuation: Common; combining marks: Inherited).
const char* script_of(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED) return nullptr;
  return uscript_getShortName(script);
}

// Spaces, digits and punctuation: they may share the font of the text before them.
bool is_common(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_COMMON;
}

// The embedding level of each code point of `text` in a paragraph of the given direction.
std::vector<UBiDiLevel> bidi_levels(const std::vector<char32_t>& text, bool paragraph_rtl) {
  std::u16string units;
  std::vector<std::size_t> first_unit;  // of each code point
  for (const char32_t c : text) {
    first_unit.push_back(units.size());
    if (U_IS_BMP(c)) {
      units.push_back(static_cast<char16_t>(c));
    } else {
      units.push_back(static_cast<char16_t>(U16_LEAD(c)));
      units.push_back(static_cast<char16_t>(U16_TRAIL(c)));
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  const BidiPtr bidi{ubidi_openSized(static_cast<int32_t>(units.size()), 0, &status)};
  check(status, "ubidi_openSized");
  ubidi_setPara(bidi.get(), units.data(), static_cast<int32_t>(units.size()), paragraph_rtl ? 1 : 0,
                nullptr, &status);
  check(status, "ubidi_setPara");
  const UBiDiLevel* unit_levels = ubidi_getLevels(bidi.get(), &status);
  check(status, "ubidi_getLevels");
  std::vector<UBiDiLevel> levels;
  for (const std::size_t unit : first_unit) levels.push_back(unit_levels[unit]);
  return levels;
}

}  // namespace

std::vector<Run> visual_runs(std::string_view line, bool paragraph_rtl, core::TextRole role,
                             int size_px, Fonts& fonts) {
  std::vector<char32_t> text;
  bool any_rtl = paragraph_rtl;
  for (std::size_t pos = 0; pos < line.size();) {
    text.push_back(core::next_code_point(line, pos));
    any_rtl = any_rtl || core::is_strong_rtl(text.back());
  }
  const std::vector<UBiDiLevel> levels =
      any_rtl ? bidi_levels(text, paragraph_rtl) : std::vector<UBiDiLevel>(text.size(), 0);
  std::vector<Run> runs;
  std::vector<UBiDiLevel> run_levels;
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
  // Rule L2 over the runs: ICU gives the visual position of each.
  std::vector<int32_t> logical(runs.size());
  if (!runs.empty()) {
    ubidi_reorderVisual(run_levels.data(), static_cast<int32_t>(runs.size()), logical.data());
  }
  std::vector<Run> visual;
  visual.reserve(runs.size());
  for (const int32_t index : logical)
    visual.push_back(std::move(runs[static_cast<std::size_t>(index)]));
  return visual;
}

}  // namespace nownext::render
