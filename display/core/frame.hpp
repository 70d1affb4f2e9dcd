// A Frame: plain data saying what to draw where (rectangles, text boxes, images, progress bars).
// Built by core, drawn by render; comparable with == so that an unchanged frame is not redrawn.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace nownext::core {

struct Color {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;
  friend bool operator==(const Color&, const Color&) = default;
};

// A rectangle in pixels; x, y is the top-left corner, w and h are not negative.
struct Rect {
  int x = 0, y = 0, w = 0, h = 0;
  friend bool operator==(const Rect&, const Rect&) = default;
};

// Which typeface a text uses; render maps each role to a font chain (fonts/roles.txt).
enum class TextRole { title, body, meta, clock };

// Horizontal alignment. `start` is the side where the paragraph begins: left for left-to-right
// text, right for right-to-left text; `end` is the other side. `left` and `right` are sides of
// the screen whatever the text's direction (what a mirrored frame uses: see frame_mirror.hpp).
enum class Align { start, center, end, left, right };

// A filled rectangle; corner_radius_px 0 gives square corners.
struct FilledRect {
  Rect rect;
  Color color;
  int corner_radius_px = 0;
  friend bool operator==(const FilledRect&, const FilledRect&) = default;
};

// A text fitted into `rect` (see text_fit.hpp): the largest size in [min_size_px, max_size_px]
// with at most max_lines lines; below the minimum it is cut with an ellipsis. Lines are stacked
// from the top of the box.
struct TextBox {
  Rect rect;
  std::string text;  // UTF-8; '\n' forces a line break
  TextRole role = TextRole::body;
  Color color;
  Align align = Align::start;
  int max_size_px = 32;
  int min_size_px = 16;
  int max_lines = 1;
  // On a right-to-left screen (frame_mirror.hpp) a text holding right-to-left letters is a
  // right-to-left paragraph, whatever it starts with ("Panel 1 : ..." in Arabic); otherwise the
  // paragraph takes the direction of its first strong letter.
  bool rtl_screen = false;
  // The text names people (a person's name on a row, a line of moderators and speakers): cut
  // with "…", it loses a name, which a screen must never do (the audit's cut_name).
  bool names = false;
  friend bool operator==(const TextBox&, const TextBox&) = default;
};

// An image from the assets folder (PNG or SVG), scaled to fit inside `rect`, keeping its aspect
// ratio, centred.
struct Image {
  Rect rect;
  std::string asset;  // file name inside assets/, e.g. "logo.png"
  friend bool operator==(const Image&, const Image&) = default;
};

// A horizontal bar filled from the left (from the right when `from_right`) to `permille` / 1000
// of its width.
struct ProgressBar {
  Rect rect;
  Color track;
  Color fill;
  int permille = 0;  // 0..1000
  bool from_right = false;
  friend bool operator==(const ProgressBar&, const ProgressBar&) = default;
};

using Element = std::variant<FilledRect, TextBox, Image, ProgressBar>;

// Everything on screen, drawn in order over the background.
struct Frame {
  int width_px = 0;
  int height_px = 0;
  Color background;
  std::vector<Element> elements;
  // The smallest text size the screen's reading distance allows (legibility_floor_px); 0 when
  // the frame was not built for a layout.
  int min_text_px = 0;
  // Laid out for a right-to-left reader (frame_mirror.hpp): pages slide in from the left.
  bool right_to_left = false;
  friend bool operator==(const Frame&, const Frame&) = default;
};

}  // namespace nownext::core
