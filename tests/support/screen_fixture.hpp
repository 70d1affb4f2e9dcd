// A screen context over the bundled IDM 2017 feed and the project's layouts, themes and words,
// for frame-level tests.
#pragma once

#include "core/feed_parser.hpp"
#include "core/screen.hpp"
#include "support/test_files.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

namespace nownext::testing {

inline core::Agenda load_agenda(const std::string& feed_json) {
  auto result = core::parse_feed(feed_json);
  REQUIRE(result.ok());
  return std::move(*result.agenda);
}

inline core::Layout load_layout(const std::string& name) {
  auto result = core::parse_layout(read_test_file(source_path("layouts/" + name + ".json")));
  REQUIRE(result.errors.empty());
  return *result.layout;
}

inline core::Theme load_theme(const std::string& name) {
  auto result = core::parse_theme(read_test_file(source_path("layouts/themes/" + name + ".json")));
  REQUIRE(result.errors.empty());
  return *result.theme;
}

inline core::UiStrings load_strings(const std::string& language) {
  auto result =
      core::parse_ui_strings(read_test_file(source_path("layouts/strings/" + language + ".json")));
  REQUIRE(result.errors.empty());
  return *result.strings;
}

// Owns everything a ScreenContext refers to.
struct ScreenFixture {
  core::Agenda agenda;
  core::Schedule schedule{agenda};
  core::Layout layout;
  core::Theme theme = load_theme("default");
  core::UiStrings strings;
  core::ScreenContext context;

  ScreenFixture(std::string feed_json, const std::string& layout_name, int width, int height,
                const std::string& language = "fr")
      : agenda(load_agenda(feed_json)),
        layout(load_layout(layout_name)),
        strings(load_strings(language)),
        context{schedule, layout, theme, strings, {language}, width, height, {}, "", {}} {}

  [[nodiscard]] core::Instant at(const std::string& local) const {
    const auto instant = core::parse_instant_or_local(local, agenda.time_zone());
    REQUIRE(instant.has_value());
    return *instant;
  }
};

inline std::unique_ptr<ScreenFixture> idm_screen(const std::string& layout_name, int width = 1920,
                                                 int height = 1080,
                                                 const std::string& language = "fr") {
  return std::make_unique<ScreenFixture>(read_test_file(source_path("feeds/idm2017.json")),
                                         layout_name, width, height, language);
}

// Every text of a frame, in drawing order.
inline std::vector<std::string> texts_of(const core::Frame& frame) {
  std::vector<std::string> texts;
  for (const auto& element : frame.elements) {
    if (const auto* box = std::get_if<core::TextBox>(&element)) texts.push_back(box->text);
  }
  return texts;
}

inline bool shows(const core::Frame& frame, const std::string& text) {
  for (const auto& t : texts_of(frame)) {
    if (t.find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace nownext::testing
