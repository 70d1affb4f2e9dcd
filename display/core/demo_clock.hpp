// The demo clock: replays a chosen venue day at the real time of day, so a newcomer sees live
// cards of a past event (the README's run command replays 18 July 2017). Pure.
#pragma once

#include "core/time.hpp"

#include <chrono>

namespace nownext::core {

// The instant on `day` whose venue-local wall time equals that of `real` (a wall time that does
// not exist on `day`, in a clock change, gives the moment of the change).
[[nodiscard]] Instant replay_on_day(Instant real, std::chrono::year_month_day day,
                                    const date::time_zone& zone);

}  // namespace nownext::core
