// Demo time: the real wall time of day, moved to the replayed date.
#include "core/demo_clock.hpp"

#include <date/tz.h>

namespace nownext::core {

Instant replay_on_day(Instant real, std::chrono::year_month_day day, const date::time_zone& zone) {
  const LocalTime local = to_local(real, zone);
  const date::local_seconds wall{
      (std::chrono::sys_days{day} + local.time_of_day.to_duration()).time_since_epoch()};
  return Instant{zone.to_sys(wall, date::choose::earliest)};
}

}  // namespace nownext::core
