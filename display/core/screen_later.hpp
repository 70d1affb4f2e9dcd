// Internal to the screen builders: the sessions of a room after its next one on that session's
// day, listed on the cards that have room for them (issue "right words": full cards), under a
// heading that names their day: "Plus tard aujourd'hui", "Plus tard demain", "Plus tard le {date}".
#pragma once

#include "core/screen_parts.hpp"

namespace nownext::core::screen {

// `answer.later`, one row a session spaced by its measured lines, as many as fit in `area` (the
// rest counted in "+ N more"); nothing when there is none or no room for one row. `at` is the
// screen's instant: it decides the heading's day.
void draw_later(const ScreenContext& context, FrameWriter& out, const RoomNow& answer, Instant at,
                Rect area);
// The height, in pixels, that draw_later takes for up to six sessions in `width_px`; 0 when there
// is none.
[[nodiscard]] int later_full_height(const ScreenContext& context, const RoomNow& answer, Instant at,
                                    int width_px);
// The least height in which draw_later shows a session of `answer.later`: its heading, the first
// session's measured lines, and when more follow, the line that counts them; 0 when there is none.
// Below it the list would show its heading and the count alone.
[[nodiscard]] int later_min_height(const ScreenContext& context, const RoomNow& answer, Instant at,
                                   int width_px);

}  // namespace nownext::core::screen
