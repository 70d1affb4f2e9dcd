// Interface words of the screens in one language ("EN COURS" / "NOW"), read from
// layouts/strings/<lang>.json, with {placeholders} filled in. Pure: the caller reads the file.
#pragma once

#include "core/diagnostic.hpp"

#include <chrono>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nownext::core {

class UiStrings {
 public:
  using Values = std::initializer_list<std::pair<std::string_view, std::string_view>>;

  [[nodiscard]] const std::string& language() const { return language_; }
  // The word for `key` with each {name} replaced by its value; the key itself when missing, so a
  // gap in a translation shows up on screen instead of an empty space.
  [[nodiscard]] std::string word(std::string_view key, Values values = {}) const;
  [[nodiscard]] bool has(std::string_view key) const { return words_.contains(key); }
  // "mardi 18 juillet 2017"
  [[nodiscard]] std::string date(std::chrono::year_month_day day) const;
  // "09:05"
  [[nodiscard]] std::string time(std::chrono::hh_mm_ss<std::chrono::seconds> time_of_day) const;
  [[nodiscard]] const std::string& chain_separator() const { return chain_separator_; }

  // These words and `second`'s at once, for bilingual "pair" screens: word(), date(), time()
  // and chain_separator() give both languages' texts as one paired text (paired_text.hpp);
  // language() and has() are this language's.
  [[nodiscard]] UiStrings paired_with(const UiStrings& second) const;
  // The second language's words of a paired UiStrings; null otherwise.
  [[nodiscard]] const UiStrings* second() const;

  friend struct UiStringsReader;

 private:
  std::string language_;
  std::map<std::string, std::string, std::less<>> words_;
  std::vector<std::string> weekdays_;  // Sunday first
  std::vector<std::string> months_;    // January first
  std::string date_pattern_;
  std::string time_pattern_;
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

// Replaces each {name} in `pattern` by its value; unknown placeholders stay as they are.
[[nodiscard]] std::string fill_placeholders(std::string_view pattern, UiStrings::Values values);

}  // namespace nownext::core
