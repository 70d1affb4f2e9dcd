#include "core/json_depth.hpp"

#include <doctest/doctest.h>

#include <string>

using nownext::core::find_excess_depth;

TEST_SUITE("json depth") {
  TEST_CASE("nesting up to the limit passes") {
    CHECK_FALSE(find_excess_depth(R"({"a":[{"b":[]}]})", 4));
  }

  TEST_CASE("the first bracket past the limit is reported by its offset") {
    CHECK(find_excess_depth("[[[[]]]]", 3) == 3u);
  }

  TEST_CASE("brackets inside strings do not count") {
    CHECK_FALSE(find_excess_depth(R"(["[[[[", "\"[[[["])", 1));
  }

  TEST_CASE("two hundred thousand nested brackets are caught without recursion") {
    const std::string deep(200'000, '[');
    CHECK(find_excess_depth(deep, 16) == 16u);
  }
}
