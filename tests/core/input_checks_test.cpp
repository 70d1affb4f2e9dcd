#include "core/input_checks.hpp"

#include <doctest/doctest.h>

#include <limits>

using namespace nownext::core;

TEST_SUITE("input checks") {
  TEST_CASE("display text keeps letters and loses control characters") {
    CHECK(without_control_characters("Salle 3 · 会议室").removed == 0);
    const CleanText clean = without_control_characters("Keynote\x1b[31m\tred\x07\xc2\x9b!\x7f");
    CHECK(clean.text == "Keynote[31m red!");
    CHECK(clean.removed == 5);
    CHECK(without_control_characters("one\r\ntwo").text == "one  two");
  }

  TEST_CASE("only names of the zone database for places and UTC are zone names") {
    for (const char* good : {"Europe/Zurich", "America/Argentina/Buenos_Aires", "UTC", "Etc/GMT+2",
                             "America/Port-au-Prince", "Etc/UTC"}) {
      CAPTURE(good);
      CHECK(is_iana_zone_name(good));
    }
    for (const char* bad :
         {"localtime", "posixrules", "Factory", "posix/Europe/Zurich", "right/UTC", "", "Europe/",
          "/Zurich", "Europe//Zurich", "../etc/passwd", "Europe/Zur ich", "Europe/1Zurich"}) {
      CAPTURE(bad);
      CHECK_FALSE(is_iana_zone_name(bad));
    }
  }

  TEST_CASE("an option value must be a finite number within its range") {
    CHECK_FALSE(out_of_range("--speed", 60, 0.1, 3600));
    CHECK(out_of_range("--speed", std::numeric_limits<double>::quiet_NaN(), 0.1, 3600) ==
          "--speed must be a number from 0.1 to 3600, not nan");
    CHECK(out_of_range("--speed", std::numeric_limits<double>::infinity(), 0.1, 3600));
    CHECK(out_of_range("--speed", -1, 0.1, 3600));
    CHECK(out_of_range("--speed", 0, 0.1, 3600));
  }
}
