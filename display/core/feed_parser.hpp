// Bytes of a `nownext/1` feed in, an Agenda out, or errors that name the place and the reason.
// Pure: the caller reads the bytes. Limits are documented in feeds/README.md.
#pragma once

#include "core/agenda.hpp"
#include "core/diagnostic.hpp"

#include <cstddef>
#include <optional>
#include <string_view>

namespace nownext::core {

inline constexpr std::string_view feed_format = "nownext/1";

// Bounds that keep a hostile or broken feed from exhausting memory, stack or patience.
struct FeedLimits {
  std::size_t max_bytes = 4 * 1024 * 1024;
  std::size_t max_depth = 16;  // nesting of arrays and objects
  std::size_t max_id_bytes = 128;
  std::size_t max_short_text_bytes = 1024;      // titles, names, roles, labels, notes
  std::size_t max_long_text_bytes = 16 * 1024;  // descriptions, questions, announcements
  std::size_t max_rooms = 1000;
  std::size_t max_people = 50'000;
  std::size_t max_sessions = 20'000;
  std::size_t max_list_items = 200;  // speakers, moderators, questions, languages
  std::size_t max_announcements = 500;
  std::size_t max_errors = 50;  // reporting stops after this many
};

struct FeedResult {
  std::optional<Agenda> agenda;  // set exactly when `errors` is empty
  Diagnostics errors;
  Diagnostics warnings;  // what was skipped; the agenda is still usable

  [[nodiscard]] bool ok() const { return agenda.has_value(); }
};

[[nodiscard]] FeedResult parse_feed(std::string_view bytes, const FeedLimits& limits = {});

}  // namespace nownext::core
