// Fuzzes the interface words reader, then uses what it read the way screens do: every required
// word with placeholders (texts and numbers) filled, dates, times, durations and digits.
#include "core/ui_strings.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes{reinterpret_cast<const char*>(data), size};
  const nownext::core::UiStringsResult result = nownext::core::parse_ui_strings(bytes);
  for (const auto& diagnostic : result.errors) (void)diagnostic.to_string();
  if (!result.strings) return 0;
  const auto& words = *result.strings;
  for (const std::string_view key : nownext::core::required_ui_words()) {
    (void)words.word(key, {{"minutes", "5"}, {"room", "Salle 3"}, {"day", "mardi"}, {"n", "2"}});
    (void)words.word(key, {{"count", 21}, {"duration", "1 h"}, {"page", 3}});
  }
  using namespace std::chrono;
  for (const auto day : {2017y / July / 18, 2024y / February / 29, 1970y / January / 1}) {
    (void)words.date(day);
  }
  for (const auto minutes : {0, 59, 61, 1439}) {
    (void)words.time(hh_mm_ss<seconds>{std::chrono::minutes{minutes}});
    (void)words.duration(std::chrono::minutes{minutes});
  }
  (void)words.with_digits(nownext::core::Digits::native).number(2017);
  return 0;
}
