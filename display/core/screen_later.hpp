// Internal to the screen builders: "Plus tard aujourd'hui", the sessions of a room after its next
// one, listed on the cards that have room for them (issue "right words": full cards).
#pragma once

#include "core/screen_parts.hpp"

namespace nownext::core::screen {

// "Plus tard aujourd'hui": the sessions after the next one, spaced by their measured lines.
void draw_later_today(const ScreenContext& context, FrameWriter& out, const RoomNow& answer,
                      Rect area);
[[nodiscard]] int later_today_height(const ScreenContext& context, const RoomNow& answer,
                                     int width_px);
// The least height in which draw_later_today shows a session of `answer.later`: its heading and
// one line, and when more follow, the line that counts them.
[[nodiscard]] int later_today_min_height(const ScreenContext& context, const RoomNow& answer,
                                         int width_px);

}  // namespace nownext::core::screen
