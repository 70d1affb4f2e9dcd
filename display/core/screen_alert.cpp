// The warning's card and the emergency's takeover.
#include "core/screen_alert.hpp"

#include <algorithm>
#include <optional>

namespace nownext::core {
namespace {

// The variant of `text` in exactly `language`; nullopt when it has none.
std::optional<std::string> exact_variant(const Text& text, const std::string& language) {
  for (const auto& [code, value] : text.variants()) {
    if (code == language) return value;
  }
  return std::nullopt;
}

// The takeover's colours, whatever the theme: the most contrast a screen has, and a red edge
// that says "alert" before a word is read.
constexpr Color takeover_background{0, 0, 0};
constexpr Color takeover_headline{255, 214, 0};  // 14.9:1 on black
constexpr Color takeover_text{255, 255, 255};
constexpr Color takeover_edge{214, 0, 0};
constexpr Color takeover_rule{90, 90, 90};

}  // namespace

std::vector<std::string> takeover_languages(const std::vector<std::string>& screen,
                                            const Announcement& a) {
  std::vector<std::string> carried;
  for (const Text* text : {&a.text, &a.details}) {
    for (const auto& variant : text->variants()) {
      if (std::find(carried.begin(), carried.end(), variant.first) == carried.end()) {
        carried.push_back(variant.first);
      }
    }
  }
  std::vector<std::string> ordered;
  for (const std::string& language : screen) {
    const bool has = std::find(carried.begin(), carried.end(), language) != carried.end();
    if (has && std::find(ordered.begin(), ordered.end(), language) == ordered.end()) {
      ordered.push_back(language);
    }
  }
  for (const std::string& language : carried) {
    if (std::find(ordered.begin(), ordered.end(), language) == ordered.end()) {
      ordered.push_back(language);
    }
  }
  if (ordered.size() > takeover_languages_max) ordered.resize(takeover_languages_max);
  return ordered;
}

Frame takeover_screen(const ScreenContext& context, const Announcement& a) {
  return takeover_screen(a, context.languages, context.width_px, context.height_px,
                         context.layout.reading_distance_m);
}

Frame takeover_screen(const Announcement& a, const std::vector<std::string>& screen_languages,
                      int width_px, int height_px, double reading_distance_m) {
  Frame frame;
  frame.width_px = width_px;
  frame.height_px = height_px;
  frame.background = takeover_background;
  frame.min_text_px = legibility_floor_px(width_px, height_px, reading_distance_m);
  screen::Metrics m;
  m.width = width_px;
  m.height = height_px;
  m.u = std::min(width_px, height_px) / 100.0;
  m.floor = frame.min_text_px;
  const int edge = m.px(1.5);
  // A red frame around the whole screen.
  frame.elements.emplace_back(FilledRect{{0, 0, m.width, edge}, takeover_edge});
  frame.elements.emplace_back(FilledRect{{0, m.height - edge, m.width, edge}, takeover_edge});
  frame.elements.emplace_back(FilledRect{{0, 0, edge, m.height}, takeover_edge});
  frame.elements.emplace_back(FilledRect{{m.width - edge, 0, edge, m.height}, takeover_edge});

  const std::vector<std::string> languages = takeover_languages(screen_languages, a);
  const int count = std::max<int>(1, static_cast<int>(languages.size()));
  const int margin = edge + m.px(3);
  const Rect area{margin, margin, m.width - 2 * margin, m.height - 2 * margin};
  const int gap = m.px(2);
  const int block_h = (area.h - gap * (count - 1)) / count;
  // One language alone is set very large; stacked, each block takes its share.
  const int headline_px = std::max(m.floor, std::min(m.px(11), block_h * 4 / 10));
  // Details well below the headline, whatever size the headline's fit ends at.
  const int details_px = std::max(m.floor, std::min(m.px(6), headline_px * 4 / 10));
  for (int i = 0; i < count; ++i) {
    const std::string language = languages.empty() ? "" : languages[static_cast<std::size_t>(i)];
    const std::string headline = exact_variant(a.text, language).value_or(std::string{});
    const std::string details = exact_variant(a.details, language).value_or(std::string{});
    screen::FrameWriter out{frame, m.floor, language};
    const Rect block{area.x, area.y + i * (block_h + gap), area.w, block_h};
    if (i > 0) out.rect({block.x, block.y - gap / 2 - 1, block.w, 2}, takeover_rule);
    const int headline_h = details.empty() ? block.h : block.h * 55 / 100;
    // Alignment `start`: a right-to-left block (Arabic) starts, and aligns, on the right.
    out.text({block.x, block.y, block.w, headline_h}, headline, TextRole::title, takeover_headline,
             headline_px, m.floor, 3);
    out.text({block.x, block.y + headline_h, block.w, block.h - headline_h}, details,
             TextRole::body, takeover_text, details_px, m.floor, 8);
  }
  return frame;
}

namespace screen {

void draw_announcement_card(const ScreenContext& context, FrameWriter& out, const Announcement& a,
                            Rect body) {
  const Metrics m = metrics_of(context);
  const Theme& theme = context.theme;
  out.card(body, theme.warning_background, theme.card_edge, m.px(1.5), m.edge);
  const int pad = m.px(3);
  const Rect inner{body.x + pad, body.y + pad, body.w - 2 * pad, body.h - 2 * pad};
  const std::string details = feed_text(context, a.details);
  // A headline alone stands in the card's middle band; with details, at its top.
  const int headline_y = details.empty() ? inner.y + inner.h / 4 : inner.y;
  const int headline_h = details.empty() ? inner.h * 3 / 4 : inner.h * 4 / 10;
  out.text({inner.x, headline_y, inner.w, headline_h}, feed_text(context, a.text), TextRole::title,
           theme.warning, std::max(m.floor, m.px(9)), m.floor, 4);
  out.text({inner.x, inner.y + headline_h + m.px(1), inner.w, inner.h - headline_h - m.px(1)},
           details, TextRole::body, theme.warning, std::max(m.floor, m.px(5)), m.floor, 10);
}

}  // namespace screen
}  // namespace nownext::core
