// The frame audit's rules: geometry from the frame, what was drawn from the painter's report.
#include "core/frame_audit.hpp"

#include "core/screen.hpp"
#include "core/utf8.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <variant>

namespace nownext::core {
namespace {

constexpr std::string_view ellipsis = "\u2026";

Rect rect_of(const Element& element) {
  return std::visit([](const auto& e) { return e.rect; }, element);
}

int right(const Rect& r) {
  return r.x + r.w;
}
int bottom(const Rect& r) {
  return r.y + r.h;
}

bool intersect(const Rect& a, const Rect& b) {
  return std::max(a.x, b.x) < std::min(right(a), right(b)) &&
         std::max(a.y, b.y) < std::min(bottom(a), bottom(b));
}

bool contains(const Rect& outer, const Rect& inner) {
  return inner.x >= outer.x && inner.y >= outer.y && right(inner) <= right(outer) &&
         bottom(inner) <= bottom(outer);
}

std::string describe(const Rect& r) {
  return std::to_string(r.w) + "x" + std::to_string(r.h) + " at " + std::to_string(r.x) + "," +
         std::to_string(r.y);
}

std::string code_point_name(char32_t c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
  return buffer;
}

// Whether `text` has a code point that shows something; "…" counts as nothing when
// `ellipsis_is_nothing` (the fitting adds it, so alone it says nothing of the text).
bool has_visible(std::string_view text, bool ellipsis_is_nothing) {
  for (std::size_t pos = 0; pos < text.size();) {
    if (ellipsis_is_nothing && text.substr(pos, ellipsis.size()) == ellipsis) {
      pos += ellipsis.size();
      continue;
    }
    if (!is_invisible(next_code_point(text, pos))) return true;
  }
  return false;
}

// The smallest filled rectangle drawn before element `index` that contains `box`.
std::optional<std::size_t> card_of(const Frame& frame, std::size_t index, const Rect& box) {
  std::optional<std::size_t> card;
  long best_area = 0;
  for (std::size_t i = 0; i < index; ++i) {
    const auto* rect = std::get_if<FilledRect>(&frame.elements[i]);
    if (rect == nullptr || !contains(rect->rect, box)) continue;
    const long area = static_cast<long>(rect->rect.w) * rect->rect.h;
    if (!card || area < best_area) card = i, best_area = area;
  }
  return card;
}

// The free height below `box` in its card: see AuditRule::cut_with_room.
int free_below(const Frame& frame, std::size_t card_index, std::size_t box_index, const Rect& box) {
  const Rect& card = std::get<FilledRect>(frame.elements[card_index]).rect;
  const int inset = std::max(0, std::min(box.x - card.x, right(card) - right(box)));
  const int floor = bottom(card) - inset;
  int limit = floor;
  int lowest = bottom(box);  // the bottom of what the card holds from the box down
  for (std::size_t i = card_index + 1; i < frame.elements.size(); ++i) {
    if (i == box_index) continue;
    const Rect other = rect_of(frame.elements[i]);
    const bool shares_columns = std::max(other.x, box.x) < std::min(right(other), right(box));
    if (shares_columns && intersect(other, card) && other.y > box.y) {
      limit = std::min(limit, other.y);
      lowest = std::max(lowest, bottom(other));
    }
  }
  // Room right below the box, or at the card's bottom, which what follows the box could have
  // moved down into.
  return std::max(limit - bottom(box), floor - lowest);
}

class Auditor {
 public:
  Auditor(const Frame& frame, const PaintReport& report)
      : frame_(frame),
        floor_px_(frame.min_text_px > 0 ? frame.min_text_px
                                        : legibility_floor_px(frame.width_px, frame.height_px)) {
    drawn_.resize(frame.elements.size(), nullptr);
    for (const DrawnText& text : report.texts) {
      if (text.element < frame.elements.size() &&
          std::holds_alternative<TextBox>(frame.elements[text.element])) {
        drawn_[text.element] = &text;
      }
    }
  }

  std::vector<AuditFinding> run() {
    for (std::size_t i = 0; i < frame_.elements.size(); ++i) {
      if (const auto* box = std::get_if<TextBox>(&frame_.elements[i])) {
        if (drawn_[i] != nullptr) check_drawn(i, *box, *drawn_[i]);
        check_overlap(i, box->rect);
        check_screen(i);
        check_card(i, box->rect);
        if (drawn_[i] != nullptr) check_glyphs(i, *drawn_[i]);
      } else {
        check_screen(i);
      }
    }
    std::stable_sort(findings_.begin(), findings_.end(), [](const auto& a, const auto& b) {
      return a.element != b.element ? a.element < b.element : a.rule < b.rule;
    });
    return std::move(findings_);
  }

 private:
  void add(AuditRule rule, std::size_t element, std::string reason) {
    findings_.push_back({rule, element, std::move(reason)});
  }

  void check_drawn(std::size_t i, const TextBox& box, const DrawnText& drawn) {
    const std::size_t before = findings_.size();
    if (has_visible(box.text, false)) {
      const bool any = std::any_of(drawn.lines.begin(), drawn.lines.end(),
                                   [](const std::string& l) { return has_visible(l, true); });
      if (drawn.lines.empty()) {
        add(AuditRule::drawn_empty, i,
            "nothing drawn: no line fits the " + describe(box.rect) + " box at " +
                std::to_string(drawn.size_px) + " px");
      } else if (!any) {
        add(AuditRule::drawn_empty, i,
            "drawn as \"…\" alone in the " + describe(box.rect) + " box");
      }
    }
    // A text drawn empty is not reported as cut as well.
    if (drawn.cut && findings_.size() == before && box.names) {
      add(AuditRule::cut_name, i,
          "names cut with \"…\" at " + std::to_string(drawn.size_px) + " px after " +
              std::to_string(drawn.lines.size()) + " line(s) in the " + describe(box.rect) +
              " box");
    } else if (drawn.cut && findings_.size() == before) {
      if (const auto card = card_of(frame_, i, box.rect)) {
        const int free = free_below(frame_, *card, i, box.rect);
        if (drawn.line_height_px > 0 && free >= drawn.line_height_px) {
          add(AuditRule::cut_with_room, i,
              "cut at " + std::to_string(drawn.size_px) + " px after " +
                  std::to_string(drawn.lines.size()) + " line(s) while its card (box " +
                  std::to_string(*card) + ") has " + std::to_string(free) +
                  " px free below it; a line needs " + std::to_string(drawn.line_height_px));
        }
      }
    }
    if (!drawn.lines.empty() && drawn.size_px < floor_px_) {
      add(AuditRule::below_floor, i,
          "set at " + std::to_string(drawn.size_px) + " px, below the legibility floor of " +
              std::to_string(floor_px_) + " px");
    }
  }

  void check_overlap(std::size_t i, const Rect& box) {
    for (std::size_t j = 0; j < frame_.elements.size(); ++j) {
      if (j == i) continue;
      const Element& other = frame_.elements[j];
      if (!intersect(box, rect_of(other))) continue;
      // Two texts: reported once, on the later one.
      if (std::holds_alternative<TextBox>(other) && j < i) {
        add(AuditRule::overlap, i, "overlaps text box " + std::to_string(j));
        return;
      }
      if (std::holds_alternative<Image>(other) || std::holds_alternative<ProgressBar>(other)) {
        add(AuditRule::overlap, i,
            "overlaps " + box_excerpt(other) + " box " + std::to_string(j) + " (" +
                describe(rect_of(other)) + ")");
        return;
      }
      if (std::holds_alternative<FilledRect>(other) && j > i) {
        add(AuditRule::overlap, i,
            "covered by rectangle box " + std::to_string(j) + " drawn after it (" +
                describe(rect_of(other)) + ")");
        return;
      }
    }
  }

  void check_screen(std::size_t i) {
    const Rect r = rect_of(frame_.elements[i]);
    if (!contains({0, 0, frame_.width_px, frame_.height_px}, r)) {
      add(AuditRule::off_screen, i,
          describe(r) + " reaches outside the " + std::to_string(frame_.width_px) + "x" +
              std::to_string(frame_.height_px) + " screen");
    }
  }

  void check_card(std::size_t i, const Rect& box) {
    for (std::size_t j = 0; j < i; ++j) {
      const auto* rect = std::get_if<FilledRect>(&frame_.elements[j]);
      if (rect != nullptr && intersect(box, rect->rect) && !contains(rect->rect, box)) {
        add(AuditRule::off_card, i,
            describe(box) + " crosses the edge of rectangle box " + std::to_string(j) + " (" +
                describe(rect->rect) + ")");
        return;
      }
    }
  }

  void check_glyphs(std::size_t i, const DrawnText& drawn) {
    if (drawn.missing.empty()) return;
    std::string list;
    for (const char32_t c : drawn.missing) list += (list.empty() ? "" : " ") + code_point_name(c);
    add(AuditRule::missing_glyph, i, "no font of its role has " + list);
  }

  const Frame& frame_;
  int floor_px_;
  std::vector<const DrawnText*> drawn_;
  std::vector<AuditFinding> findings_;
};

}  // namespace

bool is_invisible(char32_t c) {
  if (c <= 0x20 || (c >= 0x7F && c <= 0xA0)) return true;  // controls, space, no-break space
  if (c == 0xAD || c == 0x034F || c == 0x061C || c == 0x1680 || c == 0x180E) return true;
  if (c >= 0x180B && c <= 0x180D) return true;  // Mongolian variation selectors
  if (c >= 0x2000 && c <= 0x200F) return true;  // spaces, zero-width space and joiners, marks
  if (c >= 0x2028 && c <= 0x202F) return true;  // separators, bidi embeddings, narrow space
  if (c >= 0x205F && c <= 0x206F) return true;  // word joiner, invisible operators, isolates
  if (c == 0x3000 || c == 0xFEFF) return true;
  if (c >= 0xFE00 && c <= 0xFE0F) return true;    // variation selectors
  if (c >= 0xFFF9 && c <= 0xFFFB) return true;    // interlinear annotation
  if (c >= 0xE0000 && c <= 0xE007F) return true;  // tags
  if (c >= 0xE0100 && c <= 0xE01EF) return true;  // variation selectors supplement
  return false;
}

std::string_view to_string(AuditRule rule) {
  switch (rule) {
    case AuditRule::drawn_empty: return "drawn-empty";
    case AuditRule::cut_with_room: return "cut-with-room";
    case AuditRule::below_floor: return "below-floor";
    case AuditRule::overlap: return "overlap";
    case AuditRule::off_screen: return "off-screen";
    case AuditRule::off_card: return "off-card";
    case AuditRule::missing_glyph: return "missing-glyph";
    case AuditRule::cut_name: return "cut-name";
  }
  return "?";
}

std::vector<AuditFinding> audit_frame(const Frame& frame, const PaintReport& report) {
  return Auditor{frame, report}.run();
}

std::string box_excerpt(const Element& element, std::size_t max_chars) {
  if (std::holds_alternative<FilledRect>(element)) return "[rectangle]";
  if (std::holds_alternative<Image>(element)) return "[image]";
  if (std::holds_alternative<ProgressBar>(element)) return "[progress bar]";
  const std::string_view text = std::get<TextBox>(element).text;
  std::string out;
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const char32_t c = next_code_point(text, pos);
    if (count == max_chars) return out + std::string{ellipsis};
    ++count;
    if (c < 0x20 || c == 0x7F) {
      out += ' ';
    } else if (c == '"') {
      out += '\'';
    } else {
      out += text.substr(start, pos - start);
    }
  }
  return out;
}

}  // namespace nownext::core
