// The event's time zone (see event_zone.hpp).
#include "import/event_zone.hpp"

#include "import/import_time.hpp"

namespace nownext::import {

void set_event_zone(core::Event& event, std::string_view name,
                    std::optional<std::chrono::minutes> offset, AgendaBuilder& builder) {
  if (!name.empty()) {
    if (const auto* zone = core::find_time_zone(name)) {
      event.time_zone_name = std::string{name};
      event.time_zone = zone;
      return;
    }
    builder.warning("time zone", "unknown time zone '" + std::string{name} + "'");
  }
  if (offset) {
    if (const auto fixed = fixed_offset_zone_name(*offset)) {
      if (const auto* zone = core::find_time_zone(*fixed)) {
        builder.warning("time zone", "no time zone name; using the offset " +
                                         format_offset(*offset) + " of its times (" + *fixed +
                                         "), so a change to or from summer time is not followed");
        event.time_zone_name = *fixed;
        event.time_zone = zone;
        return;
      }
    }
  }
  builder.warning("time zone", "no usable time zone; times are shown in UTC");
  event.time_zone_name = "UTC";
  event.time_zone = core::find_time_zone("UTC");
}

}  // namespace nownext::import
