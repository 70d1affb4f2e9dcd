// Internal to the screen builders: the room-door screens (now + next, next alone) and the
// state cards shown when nothing runs.
#pragma once

#include "core/screen_parts.hpp"

namespace nownext::core::screen {

// How many speakers the now card shows per page in `body` (the screen's body, see
// body_rect): the layout's number, or fewer when fewer fit at a legible size; at least 1.
[[nodiscard]] int speakers_per_page(const ScreenContext& context, Rect body);
// The speakers the now card pages through at `at` (the innermost running session's).
[[nodiscard]] int now_speaker_count(const ScreenContext& context, const RoomNow& answer);
// How many of `next`'s speakers the full-width next page shows per page in `body`; at least 1.
[[nodiscard]] int next_speakers_per_page(const ScreenContext& context, const Session& next,
                                         Rect body);

void draw_room_now(const ScreenContext& context, FrameWriter& out, const RoomNow& answer,
                   Instant at, int sub_page, Rect body);
void draw_room_next(const ScreenContext& context, FrameWriter& out, const RoomNow& answer,
                    Instant at, int sub_page, Rect body);

}  // namespace nownext::core::screen
