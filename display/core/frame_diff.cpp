// Frame differences by element, and rectangle subtraction for the background.
#include "core/frame_diff.hpp"

#include <algorithm>
#include <variant>

namespace nownext::core {
namespace {

Rect bounds_of(const Element& element) {
  return std::visit(
      [](const auto& e) {
        Rect r = e.rect;
        if constexpr (std::is_same_v<std::decay_t<decltype(e)>, TextBox>) {
          // A first line taller than its box is drawn whole, below the box (FittedText).
          r.h += 2 * e.max_size_px;
        }
        return r;
      },
      element);
}

Rect united(const Rect& a, const Rect& b) {
  if (a.w <= 0 || a.h <= 0) return b;
  if (b.w <= 0 || b.h <= 0) return a;
  const int x = std::min(a.x, b.x), y = std::min(a.y, b.y);
  return {x, y, std::max(a.x + a.w, b.x + b.w) - x, std::max(a.y + a.h, b.y + b.h) - y};
}

Rect intersected(const Rect& a, const Rect& b) {
  const int x = std::max(a.x, b.x), y = std::max(a.y, b.y);
  const int right = std::min(a.x + a.w, b.x + b.w), bottom = std::min(a.y + a.h, b.y + b.h);
  if (right <= x || bottom <= y) return {};
  return {x, y, right - x, bottom - y};
}

// `from` without `hole`: up to four rectangles (the bands above and below, the sides between).
void subtract(const Rect& from, const Rect& hole, std::vector<Rect>& out) {
  const Rect cut = intersected(from, hole);
  if (cut.w <= 0 || cut.h <= 0) {
    out.push_back(from);
    return;
  }
  const auto keep = [&](Rect r) {
    if (r.w > 0 && r.h > 0) out.push_back(r);
  };
  keep({from.x, from.y, from.w, cut.y - from.y});
  keep({from.x, cut.y + cut.h, from.w, from.y + from.h - cut.y - cut.h});
  keep({from.x, cut.y, cut.x - from.x, cut.h});
  keep({cut.x + cut.w, cut.y, from.x + from.w - cut.x - cut.w, cut.h});
}

}  // namespace

std::optional<Rect> changed_area(const Frame& before, const Frame& after) {
  if (before.width_px != after.width_px || before.height_px != after.height_px ||
      before.background != after.background) {
    return std::nullopt;
  }
  // Matched in order, so that what both draw is drawn in the same order over each pixel.
  std::vector<bool> matched(before.elements.size(), false);
  Rect changed;
  std::size_t next = 0;
  for (const Element& element : after.elements) {
    const auto found = std::find(before.elements.begin() + static_cast<std::ptrdiff_t>(next),
                                 before.elements.end(), element);
    if (found == before.elements.end()) {
      changed = united(changed, bounds_of(element));
      continue;
    }
    next = static_cast<std::size_t>(found - before.elements.begin());
    matched[next++] = true;
  }
  for (std::size_t i = 0; i < before.elements.size(); ++i) {
    if (!matched[i]) changed = united(changed, bounds_of(before.elements[i]));
  }
  return intersected(changed, {0, 0, after.width_px, after.height_px});
}

std::vector<Rect> uncovered_parts(const Frame& frame, const Rect& area) {
  std::vector<Rect> parts{area};
  for (const Element& element : frame.elements) {
    const auto* fill = std::get_if<FilledRect>(&element);
    if (fill == nullptr || fill->color.a != 255) continue;
    const int radius =
        std::clamp(fill->corner_radius_px, 0, std::min(fill->rect.w, fill->rect.h) / 2);
    const Rect cover{fill->rect.x, fill->rect.y + radius, fill->rect.w, fill->rect.h - 2 * radius};
    std::vector<Rect> rest;
    for (const Rect& part : parts) subtract(part, cover, rest);
    parts = std::move(rest);
  }
  return parts;
}

}  // namespace nownext::core
