// The kiosk's languages: a language without words is refused before anything opens, naming the
// available ones, and the configuration's digits reach the screens' words.
#include "app/languages.hpp"
#include "app/kiosk_settings.hpp"
#include "core/feed_parser.hpp"
#include "support/test_files.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <stdexcept>
#include <string>

using namespace nownext;

namespace {

const std::filesystem::path data{NOWNEXT_SOURCE_DIR};

app::KioskSettings arabic_settings() {
  app::KioskSettings settings;
  settings.data = data;
  settings.config.language = "ar";
  settings.config.layout = "room-door-landscape";
  return settings;
}

}  // namespace

TEST_SUITE("kiosk languages") {
  TEST_CASE("the data folder offers the six UN languages") {
    const auto codes = app::available_languages(data);
    CHECK(codes == std::vector<std::string>{"ar", "en", "es", "fr", "ru", "zh"});
  }

  TEST_CASE("a language without words is refused, listing the available ones") {
    CHECK_NOTHROW(app::require_language(data, "zh"));
    CHECK_THROWS_WITH_AS(app::require_language(data, "de"),
                         "unknown language 'de'; languages: ar, en, es, fr, ru, zh",
                         std::runtime_error);
    CHECK_THROWS_WITH_AS(app::require_language(data / "nowhere", "fr"),
                         doctest::Contains("languages: none in"), std::runtime_error);
  }

  TEST_CASE("the configuration's digits reach the words of the screen") {
    using namespace std::chrono;
    const hh_mm_ss<seconds> nine_o_five{hours{9} + minutes{5}};
    app::KioskSettings settings = arabic_settings();
    CHECK(app::screen_setup_for(settings, nullptr, 1920, 1080).strings.time(nine_o_five) ==
          "09:05");
    settings.config.digits = core::Digits::native;
    CHECK(app::screen_setup_for(settings, nullptr, 1920, 1080).strings.time(nine_o_five) ==
          "٠٩:٠٥");
  }

  TEST_CASE("the feed's digits count unless the configuration names others") {
    using namespace std::chrono;
    const hh_mm_ss<seconds> nine_o_five{hours{9} + minutes{5}};
    std::string json = testing::read_test_file(testing::source_path("feeds/idm2017.json"));
    json.replace(json.find("\"languages\""), 0, "\"digits\": \"native\", ");
    const core::FeedResult feed = core::parse_feed(json);
    REQUIRE(feed.ok());
    CHECK(feed.agenda->event().digits == core::Digits::native);
    app::KioskSettings settings = arabic_settings();
    CHECK(app::screen_setup_for(settings, &*feed.agenda, 1920, 1080).strings.time(nine_o_five) ==
          "٠٩:٠٥");
    settings.config.digits = core::Digits::latin;
    CHECK(app::screen_setup_for(settings, &*feed.agenda, 1920, 1080).strings.time(nine_o_five) ==
          "09:05");
  }

  TEST_CASE("a feed's digits that are neither latin nor native are a warning, not an error") {
    std::string json = testing::read_test_file(testing::source_path("feeds/idm2017.json"));
    json.replace(json.find("\"languages\""), 0, "\"digits\": \"roman\", ");
    const core::FeedResult feed = core::parse_feed(json);
    REQUIRE(feed.ok());
    CHECK_FALSE(feed.agenda->event().digits.has_value());
    std::string warnings;
    for (const auto& w : feed.warnings) warnings += w.to_string() + "\n";
    CHECK(warnings.find("event.digits: 'roman' is not latin or native, ignored") !=
          std::string::npos);
  }
}
