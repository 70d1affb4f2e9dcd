// Internal to the screen builders: the list screens, the hallway (a row per room) and the
// day overview (a row per session of one room's day).
#pragma once

#include "core/screen_parts.hpp"

namespace nownext::core::screen {

void draw_hallway(const ScreenContext& context, FrameWriter& out, Instant at, int sub_page,
                  Rect body);
void draw_day(const ScreenContext& context, FrameWriter& out, RoomIndex room, Instant at,
              Rect body);
// The venue day the day overview lists for a room at `at`: today, or the next day with sessions
// when today has none left to show.
[[nodiscard]] std::chrono::year_month_day listed_day(const ScreenContext& context, RoomIndex room,
                                                     Instant at);
// The sessions of a room that run on venue day `day` (one over several days on each of them).
[[nodiscard]] std::vector<SessionIndex> day_sessions_of(const ScreenContext& context,
                                                        RoomIndex room,
                                                        std::chrono::year_month_day day);
// day_sessions_of(listed_day(...)).
[[nodiscard]] std::vector<SessionIndex> day_sessions(const ScreenContext& context, RoomIndex room,
                                                     Instant at);

}  // namespace nownext::core::screen
