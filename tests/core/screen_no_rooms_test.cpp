// A feed without rooms is valid (check accepts it): every layout still gives a screen, with the
// event's title, and paging stays on the one page there is.
#include "support/screen_fixture.hpp"

#include <doctest/doctest.h>

using namespace nownext;
using testing::ScreenFixture;

TEST_SUITE("screens of a feed without rooms") {
  TEST_CASE("every layout builds a screen and pages without asking about a room") {
    const std::string feed =
        testing::read_test_file(testing::source_path("tests/data/valid/rooms-empty.json"));
    for (const char* layout :
         {"room-door-landscape", "room-door-portrait", "hallway", "day-overview"}) {
      CAPTURE(layout);
      const ScreenFixture screen(feed, layout, 800, 480, "en");
      const core::Instant at = screen.at("2017-07-18T11:00");
      const core::Frame frame = core::build_screen(screen.context, 0, at, {});
      bool titled = false;
      for (const core::Element& element : frame.elements) {
        if (const auto* box = std::get_if<core::TextBox>(&element)) {
          titled = titled || box->text == "Empty";
        }
      }
      CHECK(titled);
      CHECK(core::next_page(screen.context, 0, at, {}) == core::PagePosition{});
      CHECK(core::sub_pages(screen.context, 0, at, 0) == 1);
    }
  }
}
