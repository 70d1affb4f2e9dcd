#include "core/text.hpp"
#include "core/utf8.hpp"

#include <doctest/doctest.h>

using nownext::core::Text;
using nownext::core::utf8_prefix;

TEST_SUITE("text") {
  TEST_CASE("a plain text is the same in every language") {
    const Text text{"Pause"};
    CHECK(text.in("en") == "Pause");
    CHECK(text.any() == "Pause");
  }

  TEST_CASE("a multilingual text gives the first preferred language it has") {
    const Text text{{{"en", "Break"}, {"fr", "Pause"}, {"ar", "استراحة"}}};
    const std::vector<std::string> preferred{"zh", "fr", "en"};
    CHECK(text.in(preferred) == "Pause");
    CHECK(text.in("ar") == "استراحة");
  }

  TEST_CASE("a language the text lacks falls back to its first variant") {
    const Text text{{{"en", "Break"}, {"fr", "Pause"}}};
    CHECK(text.in("ru") == "Break");
  }

  TEST_CASE("an empty text gives an empty string") {
    CHECK(Text{}.in("fr").empty());
    CHECK(Text{}.empty());
  }

  TEST_CASE("a UTF-8 prefix never cuts a character in two") {
    const std::string french = "été";  // é is two bytes
    CHECK(utf8_prefix(french, 1) == "");
    CHECK(utf8_prefix(french, 2) == "é");
    CHECK(utf8_prefix(french, 3) == "ét");
    CHECK(utf8_prefix(french, 100) == "été");
    CHECK(utf8_prefix("会议", 4) == "会");
  }
}
