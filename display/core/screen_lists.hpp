// Internal to the screen builders: the list screens, the hallway (a row per room) and the
// day overview (a row per session of one room's day).
#pragma once

#include "core/screen_parts.hpp"

namespace nownext::core::screen {

void draw_hallway(const ScreenContext& context, FrameWriter& out, Instant at, int sub_page,
                  Rect body);
void draw_day(const ScreenContext& context, FrameWriter& out, RoomIndex room, Instant at,
              Rect body);
// The sessions the day overview lists for a room at `at`: today's, or the next day's when
// today has none left to show.
[[nodiscard]] std::vector<SessionIndex> day_sessions(const ScreenContext& context, RoomIndex room,
                                                     Instant at);

}  // namespace nownext::core::screen
