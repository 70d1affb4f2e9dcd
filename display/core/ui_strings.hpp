// Interface words of the screens in one language ("EN COURS" / "NOW"), read from
// layouts/strings/<lang>.json: ICU messages with {placeholders} and plural rules, and the
// language's dates, times, durations and numbers (locale_format.hpp). Pure: the caller reads
// the file.
#pragma once

#include "core/diagnostic.hpp"
#include "core/locale_format.hpp"

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nownext::core {

class UiStrings {
 public:
  using Values = MessageValues;

  UiStrings();

  [[nodiscard]] const std::string& language() const { return language_; }
  // The word for `key` with each {name} replaced by its value (numbers in the language's digits
  // and plural forms); the key itself when missing, so a gap in a translation shows up on screen
  // instead of an empty space.
  [[nodiscard]] std::string word(std::string_view key, Values values = {}) const;
  [[nodiscard]] bool has(std::string_view key) const { return messages_.contains(key); }
  // "mardi 18 juillet 2017" (CLDR's full date)
  [[nodiscard]] std::string date(std::chrono::year_month_day day) const;
  // The same date in capitals, for headings written in capitals: "MARDI 18 JUILLET 2017".
  [[nodiscard]] std::string heading_date(std::chrono::year_month_day day) const;
  // "09:05" (24-hour clock)
  [[nodiscard]] std::string time(std::chrono::hh_mm_ss<std::chrono::seconds> time_of_day) const;
  // "1 h et 20 min" (CLDR's short units)
  [[nodiscard]] std::string duration(std::chrono::minutes length) const;
  // "25", "٢٥"
  [[nodiscard]] std::string number(long long value) const;
  // Names and other items joined as the language lists them: "Ana Ruiz et Li Wei" (CLDR).
  // Paired items give a paired list, each language's with its own words.
  [[nodiscard]] std::string list(const std::vector<std::string>& items) const;
  [[nodiscard]] const std::string& chain_separator() const { return chain_separator_; }
  [[nodiscard]] Digits digits() const { return format_->digits(); }
  // The same words with numbers, times and dates written in `digits`.
  [[nodiscard]] UiStrings with_digits(Digits digits) const;

  // These words and `second`'s at once, for bilingual "pair" screens: word(), date(), time(),
  // duration(), number() and chain_separator() give both languages' texts as one paired text
  // (paired_text.hpp); language(), has() and digits() are this language's.
  [[nodiscard]] UiStrings paired_with(const UiStrings& second) const;
  // The second language's words of a paired UiStrings; null otherwise.
  [[nodiscard]] const UiStrings* second() const;

  friend struct UiStringsReader;

 private:
  std::string language_;
  std::shared_ptr<const LocaleFormat> format_;
  std::map<std::string, std::string, std::less<>> patterns_;  // as written in the file
  std::map<std::string, Message, std::less<>> messages_;      // compiled for format_
  std::string chain_separator_;
  std::shared_ptr<const std::pair<UiStrings, UiStrings>> pair_;  // of a paired UiStrings
};

struct UiStringsResult {
  std::optional<UiStrings> strings;
  Diagnostics errors;
  Diagnostics warnings;  // unknown members and words, with their path
};

// The words every screen uses; a strings file lacking one is refused.
[[nodiscard]] const std::vector<std::string_view>& required_ui_words();
// Words the screens use when a file has them (the first day's end, ...); a word in neither
// list is a warning: no screen would ever show it.
[[nodiscard]] const std::vector<std::string_view>& optional_ui_words();

[[nodiscard]] UiStringsResult parse_ui_strings(std::string_view json);

}  // namespace nownext::core
