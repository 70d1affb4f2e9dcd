// Wrapping and fitting text into boxes by measured width.
#include "core/text_fit.hpp"

#include "core/line_breaks.hpp"
#include "core/utf8.hpp"

#include <algorithm>
#include <cassert>
#include <optional>
#include <utility>

namespace nownext::core {
namespace {

constexpr std::string_view ellipsis = "\u2026";

struct Line {
  std::string text;
  LineMetrics metrics;
  bool word_split = false;  // a piece of a word too wide for the line
};

// Wraps the paragraphs of one text at one size, measuring each word once.
class Wrapper {
 public:
  Wrapper(TextMeasurer& measurer, TextRole role, int size_px, int width_px)
      : measurer_(measurer), role_(role), size_px_(size_px), width_px_(width_px) {}

  int width(std::string_view text) {
    return text.empty() ? 0 : measurer_.measure(role_, size_px_, text).width_px;
  }

  void wrap_paragraph(std::string_view paragraph, std::vector<Line>& lines) {
    if (paragraph.empty()) {
      // An empty line (between two '\n') is as high as a line with a space.
      lines.push_back({{}, {0, measurer_.measure(role_, size_px_, " ").height_px}});
      return;
    }
    const std::vector<std::size_t> ends = break_opportunities(paragraph);
    auto begin_of = [&](std::size_t i) { return i == 0 ? std::size_t{0} : ends[i - 1]; };
    for (std::size_t first = 0; first < ends.size();) {
      std::size_t last = first;  // exclusive
      int sum = 0;
      while (last < ends.size()) {
        const std::string_view word = paragraph.substr(begin_of(last), ends[last] - begin_of(last));
        const std::string_view trimmed = trim_trailing_spaces(word);
        int trimmed_px = width(trimmed);
        if (last > first && sum + trimmed_px > width_px_) {
          // The estimate says no; near the edge only the line itself can tell.
          const int line_px = width(trim_trailing_spaces(
              paragraph.substr(begin_of(first), ends[last] - begin_of(first))));
          if (line_px > width_px_) break;
          sum = 0, trimmed_px = line_px;
        }
        sum += trimmed_px + static_cast<int>(word.size() - trimmed.size()) * space_px();
        ++last;
      }
      // Word widths add up to about the line's width; the line itself is what must fit.
      for (;; --last) {
        const std::string_view line = trim_trailing_spaces(
            paragraph.substr(begin_of(first), ends[last - 1] - begin_of(first)));
        const LineMetrics metrics = measurer_.measure(role_, size_px_, line);
        if (metrics.width_px <= width_px_) {
          lines.push_back({std::string{line}, metrics});
          break;
        }
        if (last == first + 1) {
          split_word(line, lines);
          break;
        }
      }
      first = last;
    }
  }

  // A word wider than the line, cut between grapheme clusters into lines that fit.
  void split_word(std::string_view word, std::vector<Line>& lines) {
    const std::vector<std::size_t> bounds = cluster_boundaries(word);
    for (std::size_t from = 0; from + 1 < bounds.size();) {
      std::size_t low = from + 1;  // one cluster always goes, even if it is too wide alone
      std::size_t high = bounds.size() - 1;
      while (low < high) {
        const std::size_t mid = (low + high + 1) / 2;
        if (width(word.substr(bounds[from], bounds[mid] - bounds[from])) <= width_px_) {
          low = mid;
        } else {
          high = mid - 1;
        }
      }
      const std::string_view piece = word.substr(bounds[from], bounds[low] - bounds[from]);
      lines.push_back({std::string{piece}, measurer_.measure(role_, size_px_, piece), true});
      from = low;
    }
  }

  // The longest start of `line` that, followed by an ellipsis, fits the width.
  std::string with_ellipsis(std::string_view line) {
    const std::vector<std::size_t> bounds = cluster_boundaries(line);
    auto candidate = [&](std::size_t k) {
      return std::string{trim_trailing_spaces(line.substr(0, bounds[k]))} + std::string{ellipsis};
    };
    std::size_t low = 0;
    std::size_t high = bounds.size() - 1;
    while (low < high) {
      const std::size_t mid = (low + high + 1) / 2;
      if (width(candidate(mid)) <= width_px_) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return candidate(low);
  }

 private:
  // The width of a space, counted for the spaces between words (measured once).
  int space_px() {
    if (space_px_ < 0) space_px_ = width(" ");
    return space_px_;
  }

  TextMeasurer& measurer_;
  TextRole role_;
  int size_px_;
  int width_px_;
  int space_px_ = -1;
};

struct Attempt {
  std::vector<std::string> lines;
  std::vector<LineMetrics> metrics;
  int height_px = 0;
  int size_px = 0;
  bool word_split = false;
};

std::vector<Line> wrap_measured(std::string_view text, TextRole role, int size_px, int width_px,
                                TextMeasurer& measurer) {
  std::vector<Line> lines;
  Wrapper wrapper{measurer, role, size_px, width_px};
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t newline = std::min(text.find('\n', start), text.size());
    wrapper.wrap_paragraph(text.substr(start, newline - start), lines);
    start = newline + 1;
  }
  return lines;
}

Attempt attempt(const TextBox& box, int size_px, TextMeasurer& measurer) {
  Attempt result;
  result.size_px = size_px;
  for (Line& line : wrap_measured(box.text, box.role, size_px, box.rect.w, measurer)) {
    result.word_split = result.word_split || line.word_split;
    result.lines.push_back(std::move(line.text));
    result.metrics.push_back(line.metrics);
    result.height_px += line.metrics.height_px;
  }
  return result;
}

// The largest size worth trying. Lines are no wider than the box and lose only the space at
// each break, so at size s the text set on one line (about proportional to s) is at most
// max_lines box widths and spaces wide.
int largest_candidate(const TextBox& box, TextMeasurer& measurer) {
  if (box.text.find('\n') != std::string::npos) return box.max_size_px;
  const long one_line = measurer.measure(box.role, box.max_size_px, box.text).width_px;
  const long space = measurer.measure(box.role, box.max_size_px, " ").width_px;
  const long room = (static_cast<long>(box.rect.w) + space) * box.max_lines;
  if (one_line <= room) return box.max_size_px;
  // A tenth more for hinting and shaping, which make widths not quite proportional.
  const long estimate = static_cast<long>(box.max_size_px) * room * 11 / (one_line * 10) + 1;
  return static_cast<int>(std::clamp<long>(estimate, box.min_size_px - 1, box.max_size_px));
}

// A size fits when its lines fit the box without breaking a word, which only the smallest size
// may do (a word alone wider than the box).
bool fits(const TextBox& box, const Attempt& attempt) {
  return std::cmp_less_equal(attempt.lines.size(), box.max_lines) &&
         attempt.height_px <= box.rect.h &&
         (!attempt.word_split || attempt.size_px <= box.min_size_px);
}

bool has_strong_rtl(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    if (is_strong_rtl(next_code_point(text, pos))) return true;
  }
  return false;
}

int aligned_x(const TextBox& box, bool rtl, int width_px) {
  const bool right = box.align == Align::right || (box.align == Align::start && rtl) ||
                     (box.align == Align::end && !rtl);
  if (box.align == Align::center) return box.rect.x + (box.rect.w - width_px) / 2;
  return right ? box.rect.x + box.rect.w - width_px : box.rect.x;
}

void place(const TextBox& box, const Attempt& attempt, FittedText& out) {
  int y = box.rect.y;
  for (std::size_t i = 0; i < attempt.lines.size(); ++i) {
    const LineMetrics& m = attempt.metrics[i];
    out.lines.push_back(
        {attempt.lines[i], {aligned_x(box, out.rtl, m.width_px), y, m.width_px, m.height_px}});
    y += m.height_px;
  }
}

// At the minimum size: the lines that fit, the last of them ending with an ellipsis when lines
// were left out. The first line is kept even when it is taller than the box (a script whose
// glyphs reach further than the box allows): a text with content is never drawn empty.
void cut(const TextBox& box, Attempt attempt, TextMeasurer& measurer, FittedText& out) {
  std::size_t keep = 0;
  int height = 0;
  while (keep < attempt.lines.size() && std::cmp_less(keep, box.max_lines) &&
         (keep == 0 || height + attempt.metrics[keep].height_px <= box.rect.h)) {
    height += attempt.metrics[keep++].height_px;
  }
  out.overflow = height > box.rect.h;
  out.cut = keep < attempt.lines.size();
  attempt.lines.resize(keep);
  attempt.metrics.resize(keep);
  if (out.cut) {
    Wrapper wrapper{measurer, box.role, box.min_size_px, box.rect.w};
    attempt.lines.back() = wrapper.with_ellipsis(attempt.lines.back());
    attempt.metrics.back() = measurer.measure(box.role, box.min_size_px, attempt.lines.back());
  }
  place(box, attempt, out);
}

}  // namespace

int wrapped_height(std::string_view text, TextRole role, int size_px, int width_px, int max_lines,
                   TextMeasurer& measurer) {
  const auto lines = wrap_text(text, role, size_px, width_px, measurer);
  int height = 0;
  for (std::size_t i = 0; i < lines.size() && std::cmp_less(i, max_lines); ++i) {
    height += measurer.measure(role, size_px, lines[i]).height_px;
  }
  return std::max(height, measurer.measure(role, size_px, "Hg").height_px);
}

std::vector<std::string> wrap_text(std::string_view text, TextRole role, int size_px, int width_px,
                                   TextMeasurer& measurer) {
  std::vector<std::string> lines;
  for (Line& line : wrap_measured(text, role, size_px, width_px, measurer)) {
    lines.push_back(std::move(line.text));
  }
  return lines;
}

FittedText fit_text(const TextBox& box, TextMeasurer& measurer) {
  assert(box.min_size_px > 0 && box.min_size_px <= box.max_size_px);
  FittedText out;
  out.rtl = paragraph_is_rtl(box.text) || (box.rtl_screen && has_strong_rtl(box.text));
  out.size_px = box.max_size_px;
  if (box.text.empty() || box.rect.w <= 0 || box.rect.h <= 0 || box.max_lines <= 0) return out;
  // The largest size that fits, by bisection: fitting gets no easier as the size grows.
  std::optional<Attempt> best;
  int low = box.min_size_px;
  const int first = largest_candidate(box, measurer);
  int high = first;
  while (low <= high) {
    const int mid = high == first && !best ? high : low + (high - low) / 2;
    Attempt candidate = attempt(box, mid, measurer);
    if (fits(box, candidate)) {
      best = std::move(candidate);
      out.size_px = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (best) {
    place(box, *best, out);
  } else {
    out.size_px = box.min_size_px;
    cut(box, attempt(box, box.min_size_px, measurer), measurer, out);
  }
  return out;
}

}  // namespace nownext::core
