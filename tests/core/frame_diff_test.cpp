// Where one frame differs from another, and where a frame's background shows: what lets the
// display draw again only what changed.
#include "core/frame_diff.hpp"

#include "core/screen.hpp"

#include <doctest/doctest.h>

using namespace nownext::core;

namespace {

TextBox text(Rect rect, std::string words, int max_size_px = 20) {
  TextBox box;
  box.rect = rect;
  box.text = std::move(words);
  box.max_size_px = max_size_px;
  return box;
}

Frame card_frame(std::string clock) {
  Frame frame;
  frame.width_px = 800;
  frame.height_px = 480;
  frame.elements = {FilledRect{{0, 0, 800, 60}, {10, 20, 30, 255}, 0},
                    text({700, 10, 90, 40}, std::move(clock)),
                    FilledRect{{20, 80, 500, 380}, {40, 50, 60, 255}, 12},
                    text({40, 100, 460, 80}, "Opening remarks", 40)};
  return frame;
}

}  // namespace

TEST_SUITE("frame differences") {
  TEST_CASE("a new minute changes only the clock's box, with room below it for a tall line") {
    const auto changed = changed_area(card_frame("11:00"), card_frame("11:01"));
    REQUIRE(changed);
    CHECK(*changed == Rect{700, 10, 90, 40 + 2 * 20});
  }

  TEST_CASE("equal frames change nothing; another size or background changes everything") {
    const auto same = changed_area(card_frame("11:00"), card_frame("11:00"));
    REQUIRE(same);
    CHECK(same->w * same->h == 0);
    Frame wider = card_frame("11:00");
    wider.width_px = 1024;
    CHECK_FALSE(changed_area(card_frame("11:00"), wider));
    Frame darker = card_frame("11:00");
    darker.background = {1, 2, 3, 255};
    CHECK_FALSE(changed_area(card_frame("11:00"), darker));
  }

  TEST_CASE("an element drawn in another order counts as changed") {
    const Frame before = card_frame("11:00");
    Frame after = before;
    std::swap(after.elements[2], after.elements[3]);  // the title now under its card
    const auto changed = changed_area(before, after);
    REQUIRE(changed);
    CHECK(changed->y <= 80);
    CHECK(changed->y + changed->h >= 460);
  }

  TEST_CASE("a page slide changes the band of what moves, not the header that stays") {
    Frame from = card_frame("11:00");
    Frame to = card_frame("11:00");
    std::get<TextBox>(to.elements[3]).text = "Voices of migrants";
    const Frame first = slide_between(from, to, 0.3);
    const Frame second = slide_between(from, to, 0.4);
    const auto changed = changed_area(first, second);
    REQUIRE(changed);
    CHECK(changed->y >= 60);  // the header band and its clock are still
    CHECK(changed->w > 0);
  }

  TEST_CASE("the background shows only where no opaque rectangle goes over it") {
    Frame frame = card_frame("11:00");
    const auto parts = uncovered_parts(frame, {0, 0, 800, 480});
    long area = 0;
    for (const Rect& part : parts) {
      area += long{part.w} * part.h;
      CHECK(part.y + part.h > 60);  // the header band covers the top
    }
    // The screen less the header band and the card's rows between its rounded corners.
    CHECK(area == 800L * 480 - 800L * 60 - 500L * (380 - 2 * 12));

    SUBCASE("a translucent rectangle covers nothing") {
      std::get<FilledRect>(frame.elements[0]).color.a = 128;
      long seen = 0;
      for (const Rect& part : uncovered_parts(frame, {0, 0, 800, 60}))
        seen += long{part.w} * part.h;
      CHECK(seen == 800L * 60);
    }
  }
}
