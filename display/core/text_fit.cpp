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

// Wraps the paragraphs of one text at one size, measuring each word once.
class Wrapper {
 public:
  Wrapper(TextMeasurer& measurer, TextRole role, int size_px, int width_px)
      : measurer_(measurer), role_(role), size_px_(size_px), width_px_(width_px) {}

  int width(std::string_view text) {
    return text.empty() ? 0 : measurer_.measure(role_, size_px_, text).width_px;
  }

  void wrap_paragraph(std::string_view paragraph, std::vector<std::string>& lines) {
    if (paragraph.empty()) {
      lines.emplace_back();
      return;
    }
    const std::vector<std::size_t> ends = break_opportunities(paragraph);
    auto begin_of = [&](std::size_t i) { return i == 0 ? std::size_t{0} : ends[i - 1]; };
    auto segment = [&](std::size_t i) {
      return paragraph.substr(begin_of(i), ends[i] - begin_of(i));
    };
    for (std::size_t first = 0; first < ends.size();) {
      std::size_t last = first;  // exclusive
      int sum = 0;
      while (last < ends.size()) {
        const std::string_view word = segment(last);
        const int trimmed = width(trim_trailing_spaces(word));
        if (last > first && sum + trimmed > width_px_) break;
        sum += word.size() == trim_trailing_spaces(word).size() ? trimmed : width(word);
        ++last;
      }
      auto line = [&] {
        return trim_trailing_spaces(
            paragraph.substr(begin_of(first), ends[last - 1] - begin_of(first)));
      };
      // Word widths add up to about the line's width; the line itself is what must fit.
      while (last > first + 1 && width(line()) > width_px_) --last;
      if (last == first + 1 && width(line()) > width_px_) {
        split_word(line(), lines);
      } else {
        lines.emplace_back(line());
      }
      first = last;
    }
  }

  // A word wider than the line, cut between grapheme clusters into lines that fit.
  void split_word(std::string_view word, std::vector<std::string>& lines) {
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
      lines.emplace_back(word.substr(bounds[from], bounds[low] - bounds[from]));
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
  TextMeasurer& measurer_;
  TextRole role_;
  int size_px_;
  int width_px_;
};

struct Attempt {
  std::vector<std::string> lines;
  std::vector<LineMetrics> metrics;
  int height_px = 0;
};

Attempt attempt(const TextBox& box, int size_px, TextMeasurer& measurer) {
  Attempt result;
  result.lines = wrap_text(box.text, box.role, size_px, box.rect.w, measurer);
  for (const std::string& line : result.lines) {
    // An empty line (between two '\n') is as high as a line with a space.
    result.metrics.push_back(measurer.measure(box.role, size_px, line.empty() ? " " : line));
    result.height_px += result.metrics.back().height_px;
  }
  return result;
}

bool fits(const TextBox& box, const Attempt& attempt) {
  return std::cmp_less_equal(attempt.lines.size(), box.max_lines) &&
         attempt.height_px <= box.rect.h;
}

int aligned_x(const TextBox& box, bool rtl, int width_px) {
  const bool right = (box.align == Align::start && rtl) || (box.align == Align::end && !rtl);
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

// At the minimum size: the lines that fit, the last of them ending with an ellipsis.
void cut(const TextBox& box, Attempt attempt, TextMeasurer& measurer, FittedText& out) {
  std::size_t keep = 0;
  int height = 0;
  while (keep < attempt.lines.size() && std::cmp_less(keep, box.max_lines) &&
         height + attempt.metrics[keep].height_px <= box.rect.h) {
    height += attempt.metrics[keep++].height_px;
  }
  out.cut = true;
  attempt.lines.resize(keep);
  attempt.metrics.resize(keep);
  if (keep > 0) {
    Wrapper wrapper{measurer, box.role, box.min_size_px, box.rect.w};
    attempt.lines.back() = wrapper.with_ellipsis(attempt.lines.back());
    attempt.metrics.back() = measurer.measure(box.role, box.min_size_px, attempt.lines.back());
  }
  place(box, attempt, out);
}

}  // namespace

std::vector<std::string> wrap_text(std::string_view text, TextRole role, int size_px, int width_px,
                                   TextMeasurer& measurer) {
  std::vector<std::string> lines;
  Wrapper wrapper{measurer, role, size_px, width_px};
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t newline = std::min(text.find('\n', start), text.size());
    wrapper.wrap_paragraph(text.substr(start, newline - start), lines);
    start = newline + 1;
  }
  return lines;
}

FittedText fit_text(const TextBox& box, TextMeasurer& measurer) {
  assert(box.min_size_px > 0 && box.min_size_px <= box.max_size_px);
  FittedText out;
  out.rtl = paragraph_is_rtl(box.text);
  out.size_px = box.max_size_px;
  if (box.text.empty() || box.rect.w <= 0 || box.rect.h <= 0 || box.max_lines <= 0) return out;
  // The largest size that fits, by bisection: fitting gets no easier as the size grows.
  std::optional<Attempt> best;
  int low = box.min_size_px;
  int high = box.max_size_px;
  while (low <= high) {
    const int mid = high == box.max_size_px && !best ? high : low + (high - low) / 2;
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
