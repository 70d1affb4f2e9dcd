// The configuration's alerts source, power schedule and burn-in members.
#include "core/kiosk_config.hpp"

#include <doctest/doctest.h>

using namespace nownext::core;
using namespace std::chrono;

TEST_SUITE("kiosk configuration: alerts") {
  TEST_CASE("the alerts source is off by default, polled every 10 s, Actual alerts only") {
    const KioskConfig c = *parse_kiosk_config("{}").config;
    CHECK_FALSE(c.alerts.has_value());
    CHECK(c.alerts_poll_interval == seconds{10});
    CHECK(c.alerts_statuses == std::vector<std::string>{"Actual"});
  }

  TEST_CASE("the alerts source, its interval and the statuses shown are read") {
    const KioskConfigResult result = parse_kiosk_config(R"({
        "alerts": "https://alerts.example.org/cap.atom", "alerts_poll_seconds": 5,
        "alerts_statuses": ["Actual", "Exercise"]})");
    REQUIRE(result.config.has_value());
    CHECK(result.config->alerts == "https://alerts.example.org/cap.atom");
    CHECK(result.config->alerts_poll_interval == seconds{5});
    CHECK(result.config->alerts_statuses == std::vector<std::string>{"Actual", "Exercise"});
  }

  TEST_CASE("a status CAP does not show, or an interval out of range, is refused with its place") {
    const KioskConfigResult result =
        parse_kiosk_config(R"({"alerts_statuses": ["Actual", "Draft"], "alerts_poll_seconds": 1})");
    CHECK_FALSE(result.config.has_value());
    std::vector<std::string> errors;
    for (const auto& e : result.errors) errors.push_back(e.to_string());
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].find("alerts_poll_seconds") == 0);
    CHECK(errors[1] == "alerts_statuses[1]: must be one of Actual, Exercise, Test");
  }
}
