// Every reader of the project's own files returns warnings: an unknown member (a misspelt
// "transiton_ms") is named with its path instead of doing nothing, and the file still loads.
#include "core/kiosk_config.hpp"
#include "core/layout.hpp"
#include "core/theme.hpp"
#include "core/ui_strings.hpp"
#include "support/test_files.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace nownext::core;
using nownext::testing::read_test_file;
using nownext::testing::source_path;

namespace {

std::string bundled(const std::string& file) {
  return read_test_file(source_path("layouts/" + file));
}

// `json` with `member` added as the first member of the object that starts at `anchor`.
std::string with_member(std::string json, const std::string& anchor, const std::string& member) {
  const auto at = json.find(anchor);
  REQUIRE(at != std::string::npos);
  json.insert(json.find('{', at) + 1, member + ",");
  return json;
}

std::vector<std::string> lines(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics) out.push_back(d.to_string());
  return out;
}

}  // namespace

TEST_SUITE("reader warnings") {
  TEST_CASE("the bundled layouts, themes and words have nothing unknown in them") {
    for (const char* name :
         {"room-door-landscape", "room-door-portrait", "hallway", "day-overview"}) {
      CAPTURE(name);
      CHECK(lines(parse_layout(bundled(std::string{name} + ".json")).warnings).empty());
    }
    for (const char* name : {"default", "high-contrast"}) {
      CAPTURE(name);
      CHECK(lines(parse_theme(bundled(std::string{"themes/"} + name + ".json")).warnings).empty());
    }
    for (const char* language : {"fr", "en"}) {
      CAPTURE(language);
      CHECK(lines(parse_ui_strings(bundled(std::string{"strings/"} + language + ".json")).warnings)
                .empty());
    }
  }

  TEST_CASE("a layout warns about a misspelt member, at the top and in its playlist") {
    std::string json = with_member(bundled("room-door-landscape.json"), "", R"("transiton_ms": 0)");
    json = with_member(json, "", R"("x-note": "extensions are fine")");
    const std::string next = R"({"page": "next")";
    json.insert(json.find(next) + next.size(), R"(, "secs": 3)");
    const LayoutResult result = parse_layout(json);
    REQUIRE(result.layout.has_value());
    CHECK(lines(result.warnings) ==
          std::vector<std::string>{"transiton_ms: unknown member, ignored",
                                   "playlist[1].secs: unknown member, ignored"});
    CHECK(result.layout->transition == std::chrono::milliseconds{600});  // the default stays
  }

  TEST_CASE("a theme warns about an unknown member and an unknown colour") {
    std::string json = with_member(bundled("themes/default.json"), "", R"("logo_file": "x.svg")");
    json = with_member(json, R"("colors")", R"("backround": "#000000")");
    const ThemeResult result = parse_theme(json);
    REQUIRE(result.theme.has_value());
    CHECK(lines(result.warnings) ==
          std::vector<std::string>{"logo_file: unknown member, ignored",
                                   "colors.backround: unknown colour, ignored"});
  }

  TEST_CASE("interface words warn about an unknown member and a word no screen uses") {
    std::string json = with_member(bundled("strings/en.json"), "", R"("chain_seperator": " > ")");
    json = with_member(json, R"("words")", R"("nwo": "NOW")");
    const UiStringsResult result = parse_ui_strings(json);
    REQUIRE(result.strings.has_value());
    CHECK(lines(result.warnings) ==
          std::vector<std::string>{"chain_seperator: unknown member, ignored",
                                   "words.nwo: unknown word, ignored"});
    CHECK(result.strings->word("end_of_day_1") == "End of the first day");  // optional, known
  }

  TEST_CASE("the configuration knows renderer and warns about a misspelt member") {
    const KioskConfigResult known = parse_kiosk_config(R"({"renderer": "software"})");
    REQUIRE(known.config.has_value());
    CHECK(lines(known.warnings).empty());
    const KioskConfigResult misspelt =
        parse_kiosk_config(R"({"poll_secs": 10, "window": {"fullscreen": true, "widht": 800}})");
    REQUIRE(misspelt.config.has_value());
    CHECK(lines(misspelt.warnings) ==
          std::vector<std::string>{"poll_secs: unknown member, ignored",
                                   "window.widht: unknown member, ignored"});
  }
}
