// Frames for render tests and benchmarks: a now/next card laid out in proportion to any size.
#pragma once

#include "core/frame.hpp"

#include <string>

namespace nownext::testing {

struct CardText {
  std::string room;
  std::string clock;
  std::string now_label;
  std::string title;
  std::string speakers;
  std::string next_label;
  std::string next_title;
};

// A now/next card for one room at width x height pixels; `permille` of the session has passed.
[[nodiscard]] core::Frame card_frame(int width_px, int height_px, const CardText& text,
                                     int permille = 400);

// Cards in French and English, Arabic (with digits and a Latin name), Chinese, and titles too
// long for their boxes.
[[nodiscard]] CardText french_card();
[[nodiscard]] CardText english_card();
[[nodiscard]] CardText arabic_card();
[[nodiscard]] CardText chinese_card();
[[nodiscard]] CardText long_title_card();

}  // namespace nownext::testing
