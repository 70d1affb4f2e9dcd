// The feed a soak test serves: a week of sessions in several rooms, rewritten in each version so
// that every title, room name and speaker name is text the screens never drew before. Pure
// string building.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace nownext::testing {

struct SoakFeedShape {
  std::size_t days = 8;
  std::size_t rooms = 6;
  std::size_t people = 60;
};

// Version `version` of the feed, its sessions from 08:00 to 19:00 UTC on each day from `first_day`.
[[nodiscard]] std::string soak_feed(std::size_t version, std::chrono::sys_days first_day,
                                    const SoakFeedShape& shape = {});

}  // namespace nownext::testing
