// JSON for the answers of the schedule engine: what `nownext now` prints.
#pragma once

#include "core/schedule.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace nownext::app {

// One room's answer. Texts in the first of `languages` they have.
[[nodiscard]] nlohmann::ordered_json room_now_json(const core::Schedule& schedule,
                                                   const core::RoomNow& answer,
                                                   const std::vector<std::string>& languages);

}  // namespace nownext::app
