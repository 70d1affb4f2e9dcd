#include "core/time.hpp"

#include <date/tz.h>
#include <doctest/doctest.h>

using namespace std::chrono;
using nownext::core::find_time_zone;
using nownext::core::format_local_iso;
using nownext::core::Instant;
using nownext::core::parse_instant;

namespace {
Instant utc(int y, unsigned mo, unsigned d, int h, int mi, int s = 0) {
  return Instant{sys_days{year{y} / month{mo} / day{d}} + hours{h} + minutes{mi} + seconds{s}};
}
}  // namespace

TEST_SUITE("time") {
  TEST_CASE("an instant with an offset is read as the UTC moment it names") {
    CHECK(parse_instant("2017-07-18T09:00:00+02:00") == utc(2017, 7, 18, 7, 0));
    CHECK(parse_instant("2017-07-18T07:00Z") == utc(2017, 7, 18, 7, 0));
    CHECK(parse_instant("2017-07-18T01:30:15-05:30") == utc(2017, 7, 18, 7, 0, 15));
    CHECK(parse_instant("2017-07-18T09:00:00.250+02:00") == utc(2017, 7, 18, 7, 0));
  }

  TEST_CASE("a time without an offset or out of range is refused") {
    CHECK_FALSE(parse_instant("2017-07-18T09:00:00"));
    CHECK_FALSE(parse_instant("2017-07-18 09:00:00+02:00"));
    CHECK_FALSE(parse_instant("2017-02-30T09:00:00Z"));
    CHECK_FALSE(parse_instant("2017-07-18T24:00:00Z"));
    CHECK_FALSE(parse_instant("2017-07-18T09:60Z"));
    CHECK_FALSE(parse_instant("2017-07-18T09:00:00+2:00"));
    CHECK_FALSE(parse_instant("2017-07-18T09:00:00Z "));
    CHECK_FALSE(parse_instant("2017-07-18T09:00:00."));
    CHECK_FALSE(parse_instant(""));
  }

  TEST_CASE("unknown time zones are not found") {
    CHECK(find_time_zone("Europe/Zurich") != nullptr);
    CHECK(find_time_zone("Europe/Nowhere") == nullptr);
    CHECK(find_time_zone("") == nullptr);
  }

  TEST_CASE("local time follows the zone's daylight-saving rules") {
    const auto* zurich = find_time_zone("Europe/Zurich");
    REQUIRE(zurich != nullptr);
    CHECK(format_local_iso(utc(2017, 7, 18, 7, 0), *zurich) == "2017-07-18T09:00:00+02:00");
    CHECK(format_local_iso(utc(2024, 10, 27, 0, 59, 59), *zurich) == "2024-10-27T02:59:59+02:00");
    CHECK(format_local_iso(utc(2024, 10, 27, 1, 0), *zurich) == "2024-10-27T02:00:00+01:00");
    const auto* tokyo = find_time_zone("Asia/Tokyo");
    REQUIRE(tokyo != nullptr);
    CHECK(format_local_iso(utc(2017, 7, 18, 23, 30), *tokyo) == "2017-07-19T08:30:00+09:00");
  }
}
