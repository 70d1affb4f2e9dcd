// The frame writer: rectangles, cards, pills, bars, images and text boxes added to a frame, and
// the two parts of a paired text on a bilingual "pair" screen.
#include "core/screen_parts.hpp"

#include "core/paired_text.hpp"
#include "core/typography.hpp"

#include <algorithm>
#include <utility>

namespace nownext::core::screen {

PairSizes pair_sizes(int max_px, int min_px, int floor_px) {
  constexpr int second_percent = 100 - pair_first_percent;
  PairSizes sizes;
  sizes.first_min = std::max(floor_px, min_px * pair_first_percent / 100);
  sizes.first_max = std::max(sizes.first_min, max_px * pair_first_percent / 100);
  sizes.second_min = std::max(floor_px, min_px * second_percent / 100);
  sizes.second_max = std::max(sizes.second_min, max_px * second_percent / 100);
  return sizes;
}

void FrameWriter::rect(Rect r, Color color, int radius_px) {
  frame_.elements.emplace_back(FilledRect{r, color, radius_px});
}

void FrameWriter::card(Rect r, Color fill, std::optional<Color> edge, int radius_px, int edge_px) {
  if (!edge || edge_px <= 0) {
    rect(r, fill, radius_px);
    return;
  }
  rect(r, *edge, radius_px);
  rect({r.x + edge_px, r.y + edge_px, r.w - 2 * edge_px, r.h - 2 * edge_px}, fill,
       std::max(0, radius_px - edge_px));
}

void FrameWriter::add_text(Rect r, std::string text, TextRole role, Color color, int max_px,
                           int min_px, int max_lines, Align align) {
  if (text.empty() || r.w <= 0 || r.h <= 0) return;
  frame_.elements.emplace_back(
      TextBox{r, std::move(text), role, color, align, std::max(max_px, min_px), min_px, max_lines});
}

void FrameWriter::names(Rect r, std::string text, TextRole role, Color color, int max_px,
                        int min_px, int max_lines, Align align) {
  const std::size_t first = frame_.elements.size();
  this->text(r, std::move(text), role, color, max_px, min_px, max_lines, align);
  for (std::size_t i = first; i < frame_.elements.size(); ++i) {
    if (auto* box = std::get_if<TextBox>(&frame_.elements[i])) box->names = true;
  }
}

void FrameWriter::text(Rect r, std::string text, TextRole role, Color color, int max_px, int min_px,
                       int max_lines, Align align) {
  if (second_language_.empty()) {
    add_text(r, apply_typography(language_, text), role, color, max_px, min_px, max_lines, align);
    return;
  }
  // A bilingual "pair" screen, laid out with the pair's floor: every text at the sizes of a
  // first part, but the clock, which is the same in every language.
  const PairSizes sizes = pair_sizes(max_px, min_px, floor_px_);
  // Both parts on the screen's side where the box's text begins, so that the second language
  // does not zigzag under the first.
  const Align side = align == Align::start ? Align::left
                     : align == Align::end ? Align::right
                                           : align;
  // The same words in both (a feed text that falls back to one language) are shown once, in
  // the first language's typography, even where the two typographies would set them apart.
  const std::string first_words = text_in(text, false);
  const std::string second_words = text_in(text, true);
  std::string first = apply_typography(language_, first_words);
  std::string second =
      first_words == second_words ? first : apply_typography(second_language_, second_words);
  if (first == second || first.empty() || second.empty()) {
    // Shown once, such a text may shrink to the screen's floor before it is cut (a room's
    // name in a narrow column).
    const bool clock = role == TextRole::clock;
    add_text(r, first.empty() ? std::move(second) : std::move(first), role, color,
             clock ? max_px : sizes.first_max,
             clock ? min_px : std::min(sizes.first_min, floor_px_), max_lines, side);
    return;
  }
  // A box without room for a line of each gets both on one line, the second after a slash,
  // when that fits its width; otherwise the first language alone (the time left beside a
  // progress bar on a narrow card).
  const int first_h = first_part_height(r, first, second, role, sizes, max_lines);
  const auto line_h = [&](const std::string& part, int size_px) {
    return measurer_ == nullptr ? size_px * 14 / 10
                                : measurer_->measure(role, size_px, part).height_px;
  };
  if (first_h < line_h(first, sizes.first_min) ||
      r.h - first_h < line_h(second, sizes.second_min)) {
    // The second part isolated (FSI ... PDI, UAX 9), so that a left-to-right part after a
    // right-to-left one keeps its order ("10:00 – 10:30 · dans 1 h", not "dans 1 h · 10:30 –
    // 10:00"), and the other way round.
    std::string both = first + " / \u2068" + second + "\u2069";
    const bool fits =
        measurer_ == nullptr || measurer_->measure(role, floor_px_, both).width_px <= r.w;
    add_text(r, fits ? std::move(both) : std::move(first), role, color, sizes.first_max, floor_px_,
             max_lines, side);
    return;
  }
  add_text({r.x, r.y, r.w, first_h}, std::move(first), role, color, sizes.first_max,
           sizes.first_min, max_lines, side);
  add_text({r.x, r.y + first_h, r.w, r.h - first_h}, std::move(second), role, color,
           sizes.second_max, sizes.second_min, max_lines, side);
}

int FrameWriter::first_part_height(Rect r, const std::string& first, const std::string& second,
                                   TextRole role, const PairSizes& sizes, int max_lines) {
  // Without a measurer, in proportion to the sizes.
  if (measurer_ == nullptr) return r.h * sizes.first_max / (sizes.first_max + sizes.second_max);
  // With one: the lines the first part needs at its largest size, measured line by line as
  // text_height measures them (a line of Arabic is taller than one of Latin). When the second's
  // lines at its largest do not fit below them, the box is shared in proportion to what each
  // needs, so that both shrink, rather than the first keeping its size and the second being
  // cut; the second keeps at least a line at its smallest.
  const auto height_of = [&](const std::string& part, int size_px) {
    return wrapped_height(part, role, size_px, r.w, max_lines, *measurer_);
  };
  const int first_h = height_of(first, sizes.first_max);
  const int second_h = height_of(second, sizes.second_max);
  const int second_line = measurer_->measure(role, sizes.second_min, second).height_px;
  if (first_h + second_h <= r.h) return first_h;
  // When both fit at their smallest sizes, each gets its lines at that size and the room left
  // is shared in proportion to what each would take more at its largest: a share in proportion
  // alone once gave "À SUIVRE 10:10 · RETARDÉ DE 10 MIN" less than its two lines at the floor,
  // cutting the delay from the French, while the English had a line to spare.
  const int first_least = height_of(first, sizes.first_min);
  const int second_least = height_of(second, sizes.second_min);
  if (first_least + second_least <= r.h) {
    const long long more_first = std::max(0, first_h - first_least);
    const long long more_second = std::max(0, second_h - second_least);
    const long long spare = r.h - first_least - second_least;
    return first_least + static_cast<int>(more_first + more_second == 0
                                              ? 0
                                              : spare * more_first / (more_first + more_second));
  }
  const int shared = static_cast<int>(static_cast<long long>(r.h) * first_h / (first_h + second_h));
  const int first_line = measurer_->measure(role, sizes.first_min, first).height_px;
  return std::min(std::max(shared, first_line), r.h - second_line);
}

Rect FrameWriter::tag(int x, int y, int width_px, int height_px, std::string word, Color text_color,
                      Color back) {
  const Rect r{x, y, width_px, height_px};
  rect(r, back, height_px / 4);
  const int pad = height_px / 4;
  text({x + pad, y, width_px - 2 * pad, height_px}, std::move(word), TextRole::meta, text_color,
       pill_text_px(height_px, floor_px_), floor_px_, 1, Align::center);
  return r;
}

void FrameWriter::progress(Rect r, Color track, Color fill, int permille) {
  frame_.elements.emplace_back(ProgressBar{r, track, fill, std::clamp(permille, 0, 1000)});
}

void FrameWriter::image(Rect r, std::string asset) {
  if (!asset.empty()) frame_.elements.emplace_back(Image{r, std::move(asset)});
}

}  // namespace nownext::core::screen
