// Internal to the screen builders: the room-door screens (now + next, next alone) and the
// state cards shown when nothing runs.
#pragma once

#include "core/screen_parts.hpp"

namespace nownext::core::screen {

// How many speakers the now card shows per page on this screen: the layout's number, or fewer
// when fewer fit at a legible size.
[[nodiscard]] int speakers_per_page(const ScreenContext& context);
// The speakers the now card pages through at `at` (the innermost running session's).
[[nodiscard]] int now_speaker_count(const ScreenContext& context, const RoomNow& answer);

void draw_room_now(const ScreenContext& context, FrameWriter& out, const RoomNow& answer,
                   Instant at, int sub_page, Rect body);
void draw_room_next(const ScreenContext& context, FrameWriter& out, const RoomNow& answer,
                    Instant at, Rect body);

}  // namespace nownext::core::screen
