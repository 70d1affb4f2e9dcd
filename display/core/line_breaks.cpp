// Grapheme clusters and line-break opportunities through ICU's BreakIterator, on UTF-8 text
// directly (UText), so that its boundaries are byte offsets.
#include "core/line_breaks.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

namespace nownext::core {
namespace {

enum class Kind { character, line };

// One iterator of each kind per thread, created on first use: creating one costs far more than
// the texts of a frame take to iterate, and an iterator holds the text it is set to, so threads
// cannot share one.
icu::BreakIterator* iterator(Kind kind) {
  thread_local std::unique_ptr<icu::BreakIterator> characters;
  thread_local std::unique_ptr<icu::BreakIterator> lines;
  auto& slot = kind == Kind::character ? characters : lines;
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    slot.reset(kind == Kind::character
                   ? icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status)
                   : icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) slot.reset();
  }
  return slot.get();
}

struct UTextCloser {
  void operator()(UText* text) const { utext_close(text); }
};

// Every boundary the iterator of `kind` finds in `text` after its start, ascending; the last is
// text.size(). Without ICU data (never in a normal install) the whole text is one piece.
std::vector<std::size_t> boundaries(Kind kind, std::string_view text) {
  std::vector<std::size_t> out;
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<UText, UTextCloser> utext{
      utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status)};
  icu::BreakIterator* it = iterator(kind);
  if (it != nullptr && U_SUCCESS(status)) {
    it->setText(utext.get(), status);
    if (U_SUCCESS(status)) {
      for (int32_t at = it->next(); at != icu::BreakIterator::DONE; at = it->next()) {
        out.push_back(static_cast<std::size_t>(at));
      }
    }
  }
  if (out.empty() || out.back() != text.size()) out.push_back(text.size());
  return out;
}

}  // namespace

std::vector<std::size_t> cluster_boundaries(std::string_view text) {
  std::vector<std::size_t> out{0};
  if (text.empty()) return out;
  const std::vector<std::size_t> rest = boundaries(Kind::character, text);
  out.insert(out.end(), rest.begin(), rest.end());
  return out;
}

std::vector<std::size_t> break_opportunities(std::string_view paragraph) {
  return boundaries(Kind::line, paragraph);
}

std::string_view trim_trailing_spaces(std::string_view text) {
  while (!text.empty()) {
    if (text.back() == ' ' || text.back() == '\t') {
      text.remove_suffix(1);
    } else if (text.ends_with("\u3000")) {
      text.remove_suffix(3);
    } else {
      break;
    }
  }
  return text;
}

}  // namespace nownext::core
