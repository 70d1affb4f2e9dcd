// The language work of one interface language, done by ICU with CLDR data: dates, times,
// durations, numbers, and messages with plural rules ("{count, plural, one {...} other {...}}").
// Pure: ICU's data is linked into the program; nothing here reads a file or the clock.
#pragma once

#include <chrono>
#include <concepts>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace nownext::core {

// The digits numbers, times and dates are written with. `latin` is 0-9 in every language;
// `native` is the language's default numbering system in CLDR (Arabic-Indic ٠-٩ for Arabic; the
// other five UN languages write 0-9 either way).
enum class Digits { latin, native };
// "latin" or "native", as feeds, strings files and configurations name them; else nullopt.
[[nodiscard]] std::optional<Digits> digits_named(std::string_view name);

// One argument of a message: a text shown as it is, or a number written with the locale's
// digits and chosen by plural rules.
class MessageValue {
 public:
  MessageValue(std::string_view text) : value_{text} {}               // NOLINT: implicit by design
  MessageValue(const std::string& text) : value_{text} {}             // NOLINT
  MessageValue(const char* text) : value_{std::string_view{text}} {}  // NOLINT
  template <std::integral Number>
  MessageValue(Number number) : value_{static_cast<long long>(number)} {}  // NOLINT

  [[nodiscard]] const std::variant<std::string_view, long long>& value() const { return value_; }

 private:
  std::variant<std::string_view, long long> value_;
};
using MessageValues = std::initializer_list<std::pair<std::string_view, MessageValue>>;

// Formats for one locale. Created once per language and shared (immutable; its const functions
// may be called from several threads).
class LocaleFormat {
 public:
  // `tag` is a BCP 47 language tag ("fr", "en-GB", "ar"). An unknown language falls back to
  // CLDR's root data, as ICU does.
  LocaleFormat(std::string_view tag, Digits digits);
  ~LocaleFormat();
  LocaleFormat(const LocaleFormat&) = delete;
  LocaleFormat& operator=(const LocaleFormat&) = delete;

  [[nodiscard]] const std::string& tag() const;
  [[nodiscard]] Digits digits() const;

  // The CLDR full date: "mardi 18 juillet 2017", "2017年7月18日星期二".
  [[nodiscard]] std::string date(std::chrono::year_month_day day) const;
  // `text` in capitals by the language's rules (ICU full case mapping): "MARDI 18 JUILLET 2017";
  // unchanged in scripts without case.
  [[nodiscard]] std::string upper(std::string_view text) const;
  // The time of day on a 24-hour clock, in the locale's pattern: "09:05", "9:05" (es).
  [[nodiscard]] std::string time(std::chrono::hh_mm_ss<std::chrono::seconds> time_of_day) const;
  // A duration in hours and minutes with CLDR's short units: "1 h et 20 min", "5 мин".
  // Negative durations are written as zero minutes.
  [[nodiscard]] std::string duration(std::chrono::minutes length) const;
  // An integer without grouping: "2017", "٢٠١٧".
  [[nodiscard]] std::string number(long long value) const;
  // Items joined as the language lists them (CLDR's "and" list, ICU's ListFormatter): "A, B et
  // C", "A, B and C", "A、B和C", "A وB وC", "A, B и C", "A, B y C"; "" for none.
  [[nodiscard]] std::string list(const std::vector<std::string>& items) const;
  // The CLDR plural category of an integer: "zero", "one", "two", "few", "many" or "other".
  [[nodiscard]] std::string plural_category(long long value) const;

  friend class Message;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// A message in ICU MessageFormat syntax compiled for one locale: "{minutes} min",
// "{count, plural, one {# séance} other {# séances}}". An argument without a value stays as
// "{name}" in the text, so that a gap shows on screen.
class Message {
 public:
  // The compiled message, or nullopt with `error` saying what is wrong and where.
  [[nodiscard]] static std::optional<Message> compile(std::shared_ptr<const LocaleFormat> locale,
                                                      std::string_view pattern, std::string& error);
  [[nodiscard]] std::string format(MessageValues values) const;

 private:
  struct Compiled;
  std::shared_ptr<const Compiled> compiled_;
};

}  // namespace nownext::core
