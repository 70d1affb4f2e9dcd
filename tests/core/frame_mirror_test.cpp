// Mirrored frames for right-to-left interface languages: the whole frame turns around its
// vertical centre line, text goes to the right, bars fill from the right.
#include "core/frame_mirror.hpp"
#include "core/text_fit.hpp"

#include <doctest/doctest.h>

#include <string_view>
#include <variant>

using namespace nownext::core;

namespace {

// Every character 10 px wide, lines 20 px high.
class FixedMeasurer final : public TextMeasurer {
 public:
  LineMetrics measure(TextRole, int, std::string_view text) override {
    int chars = 0;
    for (const char c : text) chars += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
    return {chars * 10, 20};
  }
};

Frame sample_frame() {
  Frame frame;
  frame.width_px = 1000;
  frame.height_px = 500;
  frame.elements.emplace_back(FilledRect{{0, 0, 1000, 100}, {1, 2, 3, 255}, 0});
  frame.elements.emplace_back(
      TextBox{{50, 20, 400, 60}, "Salle XVIII", TextRole::title, {}, Align::start, 40, 20, 1});
  frame.elements.emplace_back(
      TextBox{{800, 20, 150, 60}, "10:30", TextRole::clock, {}, Align::end, 40, 20, 1});
  frame.elements.emplace_back(
      TextBox{{100, 200, 300, 40}, "NOW", TextRole::meta, {}, Align::center, 30, 20, 1});
  frame.elements.emplace_back(ProgressBar{{100, 400, 600, 20}, {}, {}, 250});
  frame.elements.emplace_back(Image{{0, 0, 90, 90}, "logo.png"});
  return frame;
}

}  // namespace

TEST_SUITE("mirrored frames") {
  TEST_CASE("Arabic, Hebrew and Persian are written right to left, French and Chinese are not") {
    CHECK(writes_right_to_left("ar"));
    CHECK(writes_right_to_left("he"));
    CHECK(writes_right_to_left("fa"));
    CHECK_FALSE(writes_right_to_left("fr"));
    CHECK_FALSE(writes_right_to_left("en"));
    CHECK_FALSE(writes_right_to_left("zh"));
    CHECK_FALSE(writes_right_to_left("ru"));
    CHECK_FALSE(writes_right_to_left(""));
  }

  TEST_CASE("every element takes the place mirrored across the frame's centre line") {
    const Frame frame = mirrored(sample_frame());
    CHECK(frame.right_to_left);
    CHECK(std::get<FilledRect>(frame.elements[0]).rect == Rect{0, 0, 1000, 100});
    CHECK(std::get<TextBox>(frame.elements[1]).rect == Rect{550, 20, 400, 60});
    CHECK(std::get<TextBox>(frame.elements[2]).rect == Rect{50, 20, 150, 60});
    CHECK(std::get<ProgressBar>(frame.elements[4]).rect == Rect{300, 400, 600, 20});
    CHECK(std::get<Image>(frame.elements[5]).rect == Rect{910, 0, 90, 90});
  }

  TEST_CASE("text at the start goes right, at the end left; centred stays centred") {
    const Frame frame = mirrored(sample_frame());
    CHECK(std::get<TextBox>(frame.elements[1]).align == Align::right);
    CHECK(std::get<TextBox>(frame.elements[2]).align == Align::left);
    CHECK(std::get<TextBox>(frame.elements[3]).align == Align::center);
    CHECK(std::get<TextBox>(frame.elements[1]).rtl_screen);
  }

  TEST_CASE("a Latin name on a mirrored screen is set against the right edge of its box") {
    const Frame frame = mirrored(sample_frame());
    FixedMeasurer measurer;
    const FittedText fitted = fit_text(std::get<TextBox>(frame.elements[1]), measurer);
    REQUIRE(fitted.lines.size() == 1);
    CHECK_FALSE(fitted.rtl);  // its letters still read left to right
    CHECK(fitted.lines[0].rect.x + fitted.lines[0].rect.w == 550 + 400);
  }

  TEST_CASE("on a mirrored screen, a text with Arabic letters is a right-to-left paragraph") {
    TextBox box{{0, 0, 800, 40}, "Panel 1 : الهجرة", TextRole::body, {}, Align::start, 20, 20, 1};
    FixedMeasurer measurer;
    CHECK_FALSE(fit_text(box, measurer).rtl);  // by its first letter
    box.rtl_screen = true;
    CHECK(fit_text(box, measurer).rtl);
  }

  TEST_CASE("progress bars fill from the right") {
    CHECK_FALSE(std::get<ProgressBar>(sample_frame().elements[4]).from_right);
    CHECK(std::get<ProgressBar>(mirrored(sample_frame()).elements[4]).from_right);
  }

  TEST_CASE("a frame for a left-to-right language is left as it is") {
    CHECK(for_reader_of("fr", sample_frame()) == sample_frame());
    CHECK(for_reader_of("ar", sample_frame()) == mirrored(sample_frame()));
  }
}
