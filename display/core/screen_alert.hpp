// Internal to the screen builders: the forms of an announcement that are more than a strip: the
// card of a warning in the page rotation, and the takeover of an emergency, every language the
// announcement carries stacked (at most six).
#pragma once

#include "core/screen_parts.hpp"

#include <string>
#include <vector>

namespace nownext::core {

// The most languages an emergency takeover stacks.
inline constexpr std::size_t takeover_languages_max = 6;

// The languages an emergency takeover shows `a` in, in order: the screen's languages it has,
// then the others it carries, at most takeover_languages_max. The empty code stands for text
// in the event's language.
[[nodiscard]] std::vector<std::string> takeover_languages(const std::vector<std::string>& screen,
                                                          const Announcement& a);

// The whole screen for an emergency: nothing but the announcement, large, light on black, in
// every language of takeover_languages, one block under the other. Right-to-left blocks align
// right.
[[nodiscard]] Frame takeover_screen(const ScreenContext& context, const Announcement& a);
// The same without an agenda (none loaded yet: an emergency does not wait for the programme),
// for a screen of this size read from `reading_distance_m`, in `languages` first.
[[nodiscard]] Frame takeover_screen(const Announcement& a,
                                    const std::vector<std::string>& languages, int width_px,
                                    int height_px, double reading_distance_m);

namespace screen {
// The card of a warning announcement, filling `body`, in the screen's languages.
void draw_announcement_card(const ScreenContext& context, FrameWriter& out, const Announcement& a,
                            Rect body);
}  // namespace screen

}  // namespace nownext::core
