// The burn-in cycle.
#include "core/burn_in.hpp"

#include <array>
#include <variant>

namespace nownext::core {

Offset burn_in_offset(const BurnIn& burn_in, Instant at) {
  // Around the square, one side at a time, starting and ending next to the centre.
  static constexpr std::array<Offset, 9> walk{
      {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {-1, 1}, {-1, 0}, {-1, -1}, {0, -1}, {1, -1}}};
  if (burn_in.shift_px <= 0 || burn_in.period.count() <= 0) return {};
  const auto step = at.time_since_epoch() / burn_in.period;
  const Offset unit = walk[static_cast<std::size_t>(((step % 9) + 9) % 9)];
  return {unit.dx * burn_in.shift_px, unit.dy * burn_in.shift_px};
}

Frame shifted(Frame frame, Offset offset) {
  if (offset == Offset{}) return frame;
  for (Element& element : frame.elements) {
    std::visit(
        [&](auto& e) {
          e.rect.x += offset.dx;
          e.rect.y += offset.dy;
        },
        element);
  }
  return frame;
}

}  // namespace nownext::core
