// The interface words of the six languages shipped in layouts/strings/: every language has every
// word another has, and every word the screens use.
#include "core/ui_strings.hpp"
#include "support/test_files.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <set>
#include <string>

using namespace nownext::core;
using nownext::testing::read_test_file;
using nownext::testing::source_path;

namespace {

// Each strings file's word keys, by language code (the file's name).
std::map<std::string, std::set<std::string>> words_by_language() {
  std::map<std::string, std::set<std::string>> out;
  for (const auto& entry : std::filesystem::directory_iterator(source_path("layouts/strings"))) {
    if (entry.path().extension() != ".json") continue;
    const auto json = nlohmann::json::parse(read_test_file(entry.path()));
    auto& keys = out[entry.path().stem().string()];
    for (const auto& [key, value] : json.at("words").items()) keys.insert(key);
  }
  return out;
}

}  // namespace

TEST_SUITE("interface languages") {
  TEST_CASE("the six UN languages have interface words") {
    std::set<std::string> languages;
    for (const auto& [language, keys] : words_by_language()) languages.insert(language);
    for (const char* un : {"ar", "en", "es", "fr", "ru", "zh"}) CHECK(languages.contains(un));
  }

  TEST_CASE("no language lacks a word that another language has") {
    const auto all = words_by_language();
    for (const auto& [language, keys] : all) {
      for (const auto& [other, other_keys] : all) {
        for (const std::string& key : other_keys) {
          CAPTURE(other);
          INFO(language << " lacks '" << key << "'");
          CHECK(keys.contains(key));
        }
      }
    }
  }

  TEST_CASE("every language file is valid and has every word the screens use") {
    for (const auto& [language, keys] : words_by_language()) {
      CAPTURE(language);
      const UiStringsResult result =
          parse_ui_strings(read_test_file(source_path("layouts/strings/" + language + ".json")));
      for (const auto& e : result.errors) CAPTURE(e.to_string());
      for (const auto& w : result.warnings) CHECK_MESSAGE(false, w.to_string());
      REQUIRE(result.strings.has_value());
      CHECK(result.strings->language() == language);
      for (const auto word : required_ui_words()) CHECK(result.strings->has(word));
    }
  }
}
