// Where two frames differ, and which parts of a frame its own opaque rectangles cover: so that a
// frame following another is drawn only where it changed (a minute on the clock, a page slide's
// moving band), and the background only where nothing opaque is drawn over it. Pure.
#pragma once

#include "core/frame.hpp"

#include <optional>
#include <vector>

namespace nownext::core {

// The smallest rectangle outside which `after` shows the same pixels as `before`: the bounds of
// the elements one has and the other lacks, matched in drawing order (a text box with room below
// it for a first line taller than the box). Nullopt when the frames differ in size or
// background (draw it all); an empty rectangle when they are equal.
[[nodiscard]] std::optional<Rect> changed_area(const Frame& before, const Frame& after);

// The parts of `area` that no opaque filled rectangle of `frame` covers (a rounded one covers
// its rows between the corners), as rectangles that do not overlap: where the background must
// be drawn, since every covered pixel is drawn over whatever was there.
[[nodiscard]] std::vector<Rect> uncovered_parts(const Frame& frame, const Rect& area);

}  // namespace nownext::core
