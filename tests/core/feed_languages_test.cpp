// The bundled feeds in more than one language: feeds/idm2017.json gives every title,
// description, guiding question and role in French and English; feeds/examples/complete.json
// gives every text in the six UN languages.
#include "support/test_files.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <set>
#include <string>
#include <vector>

using nownext::testing::read_test_file;
using nownext::testing::source_path;
using Json = nlohmann::json;

namespace {

// Members that hold a text (a string, or a map of language code to string).
const std::set<std::string> text_members{"title", "subtitle", "description", "venue", "name",
                                         "role",  "note",     "label",       "text"};

struct Text {
  std::string path;
  const Json* value;
};

// Every text of a feed with its path; `skip` leaves out members by path (people's names).
std::vector<Text> texts_of(const Json& feed, const std::function<bool(const std::string&)>& skip) {
  std::vector<Text> out;
  std::function<void(const Json&, const std::string&)> visit = [&](const Json& node,
                                                                   const std::string& path) {
    if (node.is_object()) {
      for (const auto& [key, value] : node.items()) {
        const std::string at = path + "." + key;
        if (text_members.contains(key) && !skip(at)) {
          out.push_back({at, &value});
        } else if (key == "questions") {
          for (std::size_t i = 0; i < value.size(); ++i) {
            out.push_back({at + "[" + std::to_string(i) + "]", &value[i]});
          }
        } else {
          visit(value, at);
        }
      }
    } else if (node.is_array()) {
      for (std::size_t i = 0; i < node.size(); ++i) {
        visit(node[i], path + "[" + std::to_string(i) + "]");
      }
    }
  };
  visit(feed, "");
  return out;
}

void check_languages(const std::vector<Text>& texts, const std::vector<std::string>& languages) {
  for (const Text& text : texts) {
    CAPTURE(text.path);
    REQUIRE(text.value->is_object());
    for (const std::string& language : languages) {
      CAPTURE(language);
      CHECK(text.value->contains(language));
      if (text.value->contains(language)) {
        CHECK_FALSE(text.value->at(language).get<std::string>().empty());
      }
    }
  }
}

}  // namespace

TEST_SUITE("feed languages") {
  TEST_CASE("the IDM 2017 programme gives every text in French and English") {
    const Json feed = Json::parse(read_test_file(source_path("feeds/idm2017.json")));
    const auto texts = texts_of(feed, [](const std::string& path) {
      return path.starts_with(".people[") && path.ends_with(".name");  // names stay as written
    });
    CHECK(texts.size() > 100);
    check_languages(texts, {"fr", "en"});
    CHECK(feed.at("event").at("languages") == Json{"fr", "en"});
  }

  TEST_CASE("the complete example gives every text in the six UN languages") {
    const Json feed = Json::parse(read_test_file(source_path("feeds/examples/complete.json")));
    const auto texts = texts_of(feed, [](const std::string&) { return false; });
    CHECK(texts.size() > 25);
    check_languages(texts, {"ar", "en", "es", "fr", "ru", "zh"});
  }
}
