// Themes: "#rrggbb" colours by name, checked for WCAG AA contrast when read.
#include "core/theme.hpp"

#include "core/feed_fields.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace nownext::core {
namespace {

struct ColorSlot {
  const char* name;
  Color Theme::*member;
};

const std::vector<ColorSlot>& color_slots() {
  static const std::vector<ColorSlot> slots{
      {"background", &Theme::background},
      {"header", &Theme::header},
      {"header_text", &Theme::header_text},
      {"text", &Theme::text},
      {"muted_text", &Theme::muted_text},
      {"card", &Theme::card},
      {"card_text", &Theme::card_text},
      {"card_muted_text", &Theme::card_muted_text},
      {"accent", &Theme::accent},
      {"now_tag", &Theme::now_tag},
      {"now_tag_background", &Theme::now_tag_background},
      {"next_tag", &Theme::next_tag},
      {"next_tag_background", &Theme::next_tag_background},
      {"warning", &Theme::warning},
      {"warning_background", &Theme::warning_background},
      {"progress_track", &Theme::progress_track},
      {"progress_fill", &Theme::progress_fill},
      {"highlight", &Theme::highlight},
      {"dimmed_text", &Theme::dimmed_text},
  };
  return slots;
}

std::optional<Color> parse_hex_color(std::string_view text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  unsigned r = 0, g = 0, b = 0;
  const std::string copy{text};
  if (std::sscanf(copy.c_str(), "#%2x%2x%2x", &r, &g, &b) != 3) return std::nullopt;
  if (copy.find_first_not_of("#0123456789abcdefABCDEF") != std::string::npos) return std::nullopt;
  return Color{static_cast<std::uint8_t>(r), static_cast<std::uint8_t>(g),
               static_cast<std::uint8_t>(b), 255};
}

double linear(std::uint8_t channel) {
  const double c = channel / 255.0;
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(Color c) {
  return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

}  // namespace

const std::vector<ColorPair>& text_color_pairs() {
  static const std::vector<ColorPair> pairs{
      {"text on background", &Theme::text, &Theme::background},
      {"muted_text on background", &Theme::muted_text, &Theme::background},
      {"dimmed_text on background", &Theme::dimmed_text, &Theme::background},
      {"accent on background", &Theme::accent, &Theme::background},
      {"header_text on header", &Theme::header_text, &Theme::header},
      {"card_text on card", &Theme::card_text, &Theme::card},
      {"card_muted_text on card", &Theme::card_muted_text, &Theme::card},
      {"accent on card", &Theme::accent, &Theme::card},
      {"now_tag on now_tag_background", &Theme::now_tag, &Theme::now_tag_background},
      {"next_tag on next_tag_background", &Theme::next_tag, &Theme::next_tag_background},
      {"warning on warning_background", &Theme::warning, &Theme::warning_background},
      {"text on highlight", &Theme::text, &Theme::highlight},
  };
  return pairs;
}

double contrast_ratio(Color a, Color b) {
  const double la = luminance(a);
  const double lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ThemeResult parse_theme(std::string_view json) {
  ThemeResult result;
  const std::optional<Json> parsed = parse_json_object(json, result.errors);
  if (!parsed) return result;
  const Json& root = *parsed;
  FeedFields fields{result.errors, result.warnings};
  const Where document;
  fields.warn_unknown_members(root, document, {"name", "logo", "colors", "edges"});
  Theme theme;
  theme.name = fields.string_member(root, "name", document, Presence::required).value_or("");
  theme.logo = fields.string_member(root, "logo", document, Presence::optional).value_or("");
  const Where colors_where{document, "colors"};
  const Json* colors = fields.member(root, "colors", document, Presence::required);
  if (colors == nullptr || !fields.expect_object(*colors, colors_where)) return result;
  for (const auto& item : colors->items()) {
    // A named variable, not a structured binding: lambdas may not capture those before C++20's
    // P1091 reached clang (clang 14 refuses it).
    const std::string key = item.key();
    const auto& slots = color_slots();
    if (std::none_of(slots.begin(), slots.end(),
                     [&](const ColorSlot& s) { return key == s.name; })) {
      fields.warning(Where{colors_where, key}, "unknown colour, ignored");
    }
  }
  for (const ColorSlot& slot : color_slots()) {
    const auto text = fields.string_member(*colors, slot.name, colors_where, Presence::required);
    if (!text) continue;
    if (const auto color = parse_hex_color(*text)) {
      theme.*slot.member = *color;
    } else {
      fields.error(Where{colors_where, slot.name}, "'" + *text + "' is not a colour like #1c3461");
    }
  }
  if (const Json* edges = fields.member(root, "edges", document, Presence::optional)) {
    const Where edges_where{document, "edges"};
    if (fields.expect_object(*edges, edges_where)) {
      fields.warn_unknown_members(*edges, edges_where, {"card", "highlight"});
      for (const auto& [key, slot] :
           {std::pair{"card", &Theme::card_edge}, {"highlight", &Theme::highlight_edge}}) {
        const auto text = fields.string_member(*edges, key, edges_where, Presence::optional);
        if (!text) continue;
        if (const auto color = parse_hex_color(*text)) {
          theme.*slot = *color;
        } else {
          fields.error(Where{edges_where, key}, "'" + *text + "' is not a colour like #ffffff");
        }
      }
    }
  }
  if (!result.errors.empty()) return result;
  for (const ColorPair& pair : text_color_pairs()) {
    const double ratio = contrast_ratio(theme.*pair.text, theme.*pair.background);
    if (ratio < wcag_aa_text_contrast) {
      char message[96];
      std::snprintf(message, sizeof message, "%s has contrast %.2f:1, below WCAG AA 4.5:1",
                    pair.name, ratio);
      fields.error(colors_where, message);
    }
  }
  if (result.errors.empty()) result.theme = std::move(theme);
  return result;
}

}  // namespace nownext::core
