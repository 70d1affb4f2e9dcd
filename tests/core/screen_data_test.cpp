// The layouts, themes and interface words shipped in layouts/: valid, complete, and readable
// (WCAG AA contrast); broken files are refused with the place and the reason.
#include "core/layout.hpp"
#include "core/theme.hpp"
#include "core/ui_strings.hpp"
#include "support/test_files.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace nownext::core;
using nownext::testing::read_test_file;
using nownext::testing::source_path;

TEST_SUITE("screen data") {
  TEST_CASE("every bundled layout is valid") {
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(source_path("layouts"))) {
      if (entry.path().extension() != ".json") continue;
      CAPTURE(entry.path().string());
      const LayoutResult result = parse_layout(read_test_file(entry.path()));
      for (const auto& e : result.errors) CAPTURE(e.to_string());
      CHECK(result.errors.empty());
      ++count;
    }
    CHECK(count >= 4);
  }

  TEST_CASE("every bundled theme meets WCAG AA contrast for all its text") {
    for (const char* name : {"default", "high-contrast"}) {
      CAPTURE(name);
      const ThemeResult result =
          parse_theme(read_test_file(source_path(std::string{"layouts/themes/"} + name + ".json")));
      for (const auto& e : result.errors) CAPTURE(e.to_string());
      REQUIRE(result.theme.has_value());
      for (const ColorPair& pair : text_color_pairs()) {
        CAPTURE(pair.name);
        const Theme& theme = *result.theme;
        CHECK(contrast_ratio(theme.*pair.text, theme.*pair.background) >= wcag_aa_text_contrast);
      }
    }
  }

  TEST_CASE("contrast ratios follow WCAG's formula") {
    CHECK(contrast_ratio({0, 0, 0, 255}, {255, 255, 255, 255}) == doctest::Approx(21.0));
    CHECK(contrast_ratio({119, 119, 119, 255}, {255, 255, 255, 255}) ==
          doctest::Approx(4.48).epsilon(0.01));
  }

  TEST_CASE("a theme with unreadable text is refused, naming the pair") {
    std::string json = read_test_file(source_path("layouts/themes/default.json"));
    json.replace(json.find("\"card_text\": \"#ffffff\""), 22, "\"card_text\": \"#2a4470\"");
    const ThemeResult result = parse_theme(json);
    REQUIRE_FALSE(result.theme.has_value());
    CHECK(result.errors[0].to_string().find("card_text on card has contrast") != std::string::npos);
  }

  TEST_CASE("broken layouts are refused with the place and the reason") {
    const std::vector<std::pair<std::string, std::string>> cases{
        {"{", "not valid JSON"},
        {R"({"format": "nownext-layout/1", "name": "x", "kind": "room", "playlist": []})",
         "playlist: must name at least one page"},
        {R"({"format": "nownext-layout/1", "name": "x", "kind": "hallway",
             "playlist": [{"page": "now"}]})",
         "playlist[0].page: 'now' is not a page of a hallway layout"},
        {R"({"format": "nownext-layout/1", "name": "x", "kind": "room", "header_height": 0.9,
             "playlist": [{"page": "now"}]})",
         "header_height: must be a number from"},
        {R"({"format": "nownext-layout/1", "name": "x", "kind": "stadium",
             "playlist": [{"page": "now"}]})",
         "kind: must be room, hallway or day"},
        {R"({"format": "nownext-layout/2", "name": "x", "kind": "room",
             "playlist": [{"page": "now", "seconds": 1}]})",
         "format: must be"},
    };
    for (const auto& [json, message] : cases) {
      CAPTURE(json);
      const LayoutResult result = parse_layout(json);
      REQUIRE_FALSE(result.errors.empty());
      CHECK(result.errors[0].to_string().find(message) != std::string::npos);
    }
  }
}
