// Golden images: sample cards rendered headless with the software renderer and compared with
// reviewed PNGs in tests/render/golden. NOWNEXT_UPDATE_GOLDENS=1 rewrites them instead.
#include "golden_compare.hpp"
#include "support/sample_frames.hpp"

#include <doctest/doctest.h>

using namespace nownext;

namespace {
void check_golden(const std::string& name, const core::Frame& frame) {
  testing::check_golden("tests/render/golden/" + name + ".png", frame);
}
}  // namespace

TEST_SUITE("golden images") {
  TEST_CASE("a French card") {
    check_golden("card-french", testing::card_frame(960, 540, testing::french_card()));
  }
  TEST_CASE("an English card") {
    check_golden("card-english", testing::card_frame(960, 540, testing::english_card()));
  }
  TEST_CASE("an Arabic card, right to left, with digits and a Latin name inside") {
    check_golden("card-arabic", testing::card_frame(960, 540, testing::arabic_card()));
  }
  TEST_CASE("a Chinese card whose title wraps between ideographs") {
    check_golden("card-chinese", testing::card_frame(960, 540, testing::chinese_card()));
  }
  TEST_CASE("a card whose long titles shrink and are cut with an ellipsis") {
    check_golden("card-long-titles", testing::card_frame(960, 540, testing::long_title_card()));
  }
  TEST_CASE("a portrait card") {
    check_golden("card-portrait", testing::card_frame(540, 960, testing::english_card(), 900));
  }
}
