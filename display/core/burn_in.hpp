// Burn-in care: the whole picture moves by a few pixels on a slow cycle, so that static edges
// (the header, the clock, card borders) do not stay on the same pixels for days. Pure.
#pragma once

#include "core/frame.hpp"
#include "core/time.hpp"

#include <chrono>

namespace nownext::core {

struct BurnIn {
  int shift_px = 3;                  // how far the picture moves from its place, at most
  std::chrono::seconds period{120};  // how long it stays at each place
  friend bool operator==(const BurnIn&, const BurnIn&) = default;
};

struct Offset {
  int dx = 0;
  int dy = 0;
  friend bool operator==(const Offset&, const Offset&) = default;
};

// Where the picture is at `at`: the centre, then the eight places around it at shift_px, one
// after the other, one step each period (never more than shift_px from one place to the next,
// so the move is not seen).
[[nodiscard]] Offset burn_in_offset(const BurnIn& burn_in, Instant at);

// `frame` with every element moved by `offset`; the background stays.
[[nodiscard]] Frame shifted(Frame frame, Offset offset);

}  // namespace nownext::core
