// A large, deterministic nownext/1 feed for benchmarks and scale tests: many rooms, days and
// people, with some delayed and cancelled sessions. Pure string building; no JSON library.
#pragma once

#include <cstddef>
#include <string>

namespace nownext::testing {

struct GeneratedFeedShape {
  std::size_t sessions = 5000;
  std::size_t rooms = 60;
  std::size_t days = 5;
  std::size_t people = 2000;
};

// The feed as JSON text. Sessions fill each room's day from 08:00 in 40-minute slots
// (35 minutes long), in Europe/Zurich, starting on Monday 2 March 2026.
[[nodiscard]] std::string generate_feed(const GeneratedFeedShape& shape = {});

}  // namespace nownext::testing
