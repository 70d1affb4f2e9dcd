// Golden images of the three forms of an announcement on the IDM 2017 screens: an info strip on
// the hallway, a warning's card in a door's rotation, an emergency taking a portrait door over;
// and a CAP alert in six languages taking a door over.
#include "core/screen.hpp"
#include "golden_compare.hpp"
#include "import/cap.hpp"
#include "render_env.hpp"
#include "support/screen_fixture.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

using nownext::core::PageKind;
using nownext::core::PagePosition;

std::string forms_feed() {
  return nownext::testing::read_test_file(
      nownext::testing::source_path("tests/data/announcements/idm2017-forms.json"));
}

void check(nownext::testing::ScreenFixture& f, const std::string& name, const std::string& at,
           PagePosition page = {}) {
  nownext::testing::RenderEnv env;
  f.context.measurer = &env.shaper;
  nownext::testing::check_golden("tests/render/golden/announcements/" + name + ".png",
                                 nownext::core::build_screen(f.context, 0, f.at(at), page));
}

}  // namespace

TEST_SUITE("golden announcements") {
  TEST_CASE("an info announcement is a strip on the hallway") {
    nownext::testing::ScreenFixture f{forms_feed(), "hallway", 1920, 1080};
    check(f, "info-strip-hallway-1920x1080", "2017-07-18T10:40");
  }
  TEST_CASE("a warning has a card of its own in the door's rotation") {
    nownext::testing::ScreenFixture f{forms_feed(), "room-door-landscape", 1920, 1080};
    const auto at = f.at("2017-07-18T11:40");
    PagePosition page{};
    for (int step = 0; step < 20; ++step) {
      if (nownext::core::playlist_entry(f.layout, page.entry).page == PageKind::announcement) break;
      page = nownext::core::next_page(f.context, 0, at, page);
    }
    REQUIRE(nownext::core::playlist_entry(f.layout, page.entry).page == PageKind::announcement);
    check(f, "warning-card-door-1920x1080", "2017-07-18T11:40", page);
  }
  TEST_CASE("an emergency takes a portrait door over") {
    nownext::testing::ScreenFixture f{forms_feed(), "room-door-portrait", 1080, 1920};
    check(f, "emergency-door-1080x1920", "2017-07-18T15:05");
  }
  TEST_CASE("a CAP alert in six languages takes a door over, each language stacked") {
    nownext::testing::ScreenFixture f{forms_feed(), "room-door-landscape", 1920, 1080};
    f.context.languages = {"fr", "en"};
    const auto read = nownext::import::read_cap(nownext::testing::read_test_file(
        nownext::testing::source_path("tests/data/cap/six-languages.xml")));
    REQUIRE(read.alerts.size() == 1);
    const std::vector<nownext::core::Announcement> alerts{
        nownext::import::to_announcement(read.alerts[0], &f.agenda)};
    f.context.alerts = alerts;
    check(f, "cap-six-languages-door-1920x1080", "2017-07-18T15:30");
    nownext::testing::ScreenFixture portrait{forms_feed(), "room-door-portrait", 1080, 1920};
    portrait.context.languages = {"fr", "en"};
    portrait.context.alerts = alerts;
    check(portrait, "cap-six-languages-door-1080x1920", "2017-07-18T15:30");
  }
}
