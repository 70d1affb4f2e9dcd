// Dates, times, durations, numbers and messages through ICU (CLDR data).
#include "core/locale_format.hpp"

#include <unicode/datefmt.h>
#include <unicode/dtptngen.h>
#include <unicode/listformatter.h>
#include <unicode/measfmt.h>
#include <unicode/measunit.h>
#include <unicode/measure.h>
#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/numfmt.h>
#include <unicode/plurrule.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <cassert>
#include <charconv>
#include <set>
#include <vector>

namespace nownext::core {
namespace {

std::string utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

icu::UnicodeString unicode(std::string_view text) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece{text.data(), static_cast<int32_t>(text.size())});
}

// The ICU locale of a tag, with Latin digits forced when asked ("ar@numbers=latn").
icu::Locale icu_locale(std::string_view tag, Digits digits) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(
      icu::StringPiece{tag.data(), static_cast<int32_t>(tag.size())}, status);
  if (U_FAILURE(status) || locale.isBogus()) locale = icu::Locale::getRoot();
  if (digits == Digits::latin) {
    status = U_ZERO_ERROR;
    locale.setKeywordValue("numbers", "latn", status);
  }
  return locale;
}

constexpr double ms_per_day = 86'400'000.0;

}  // namespace

std::optional<Digits> digits_named(std::string_view name) {
  if (name == "latin") return Digits::latin;
  if (name == "native") return Digits::native;
  return std::nullopt;
}

struct LocaleFormat::Impl {
  std::string tag;
  Digits digits;
  icu::Locale locale;
  std::unique_ptr<icu::DateFormat> date;
  std::unique_ptr<icu::SimpleDateFormat> time;
  std::unique_ptr<icu::MeasureFormat> duration;
  std::unique_ptr<icu::NumberFormat> number;
  std::unique_ptr<icu::PluralRules> plurals;
  std::unique_ptr<icu::ListFormatter> list;  // null when ICU has none (then ", ")
};

LocaleFormat::LocaleFormat(std::string_view tag, Digits digits) : impl_{std::make_unique<Impl>()} {
  Impl& i = *impl_;
  i.tag = std::string{tag};
  i.digits = digits;
  i.locale = icu_locale(tag, digits);
  // Dates and times are computed in the venue's zone before they get here: ICU writes them as
  // they are, in UTC.
  i.date.reset(icu::DateFormat::createDateInstance(icu::DateFormat::kFull, i.locale));
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<icu::DateTimePatternGenerator> patterns{
      icu::DateTimePatternGenerator::createInstance(i.locale, status)};
  const icu::UnicodeString time_pattern =
      U_SUCCESS(status) ? patterns->getBestPattern(u"HHmm", status) : icu::UnicodeString{u"HH:mm"};
  status = U_ZERO_ERROR;
  i.time = std::make_unique<icu::SimpleDateFormat>(time_pattern, i.locale, status);
  status = U_ZERO_ERROR;
  i.duration = std::make_unique<icu::MeasureFormat>(i.locale, UMEASFMT_WIDTH_SHORT, status);
  status = U_ZERO_ERROR;
  i.number.reset(icu::NumberFormat::createInstance(i.locale, status));
  status = U_ZERO_ERROR;
  i.plurals.reset(icu::PluralRules::forLocale(i.locale, status));
  status = U_ZERO_ERROR;
  i.list.reset(
      icu::ListFormatter::createInstance(i.locale, ULISTFMT_TYPE_AND, ULISTFMT_WIDTH_WIDE, status));
  if (U_FAILURE(status)) i.list.reset();
  // ICU falls back to root data for any locale, so these exist unless memory ran out.
  assert(i.date && i.time && i.number && i.plurals);
  i.number->setGroupingUsed(false);
  i.date->setTimeZone(*icu::TimeZone::getGMT());
  i.time->setTimeZone(*icu::TimeZone::getGMT());
}

LocaleFormat::~LocaleFormat() = default;

const std::string& LocaleFormat::tag() const {
  return impl_->tag;
}

Digits LocaleFormat::digits() const {
  return impl_->digits;
}

std::string LocaleFormat::date(std::chrono::year_month_day day) const {
  const auto days = std::chrono::sys_days{day}.time_since_epoch().count();
  icu::UnicodeString out;
  impl_->date->format(static_cast<double>(days) * ms_per_day + ms_per_day / 2, out);
  return utf8(out);
}

std::string LocaleFormat::upper(std::string_view text) const {
  icu::UnicodeString out = icu::UnicodeString::fromUTF8(
      icu::StringPiece{text.data(), static_cast<int32_t>(text.size())});
  out.toUpper(impl_->locale);
  return utf8(out);
}

std::string LocaleFormat::time(std::chrono::hh_mm_ss<std::chrono::seconds> time_of_day) const {
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(time_of_day.hours() +
                                                                        time_of_day.minutes());
  icu::UnicodeString out;
  impl_->time->format(static_cast<double>(ms.count()), out);
  return utf8(out);
}

std::string LocaleFormat::duration(std::chrono::minutes length) const {
  const long long total = std::max<long long>(length.count(), 0);
  UErrorCode status = U_ZERO_ERROR;
  std::vector<icu::Measure> parts;
  if (total >= 60) {
    parts.emplace_back(icu::Formattable{static_cast<int64_t>(total / 60)},
                       icu::MeasureUnit::createHour(status), status);
  }
  if (total < 60 || total % 60 != 0) {
    parts.emplace_back(icu::Formattable{static_cast<int64_t>(total % 60)},
                       icu::MeasureUnit::createMinute(status), status);
  }
  icu::UnicodeString out;
  icu::FieldPosition ignored;
  impl_->duration->formatMeasures(parts.data(), static_cast<int32_t>(parts.size()), out, ignored,
                                  status);
  return U_SUCCESS(status) ? utf8(out) : number(total);
}

std::string LocaleFormat::number(long long value) const {
  icu::UnicodeString out;
  impl_->number->format(static_cast<int64_t>(value), out);
  return utf8(out);
}

std::string LocaleFormat::list(const std::vector<std::string>& items) const {
  if (impl_->list) {
    std::vector<icu::UnicodeString> parts;
    parts.reserve(items.size());
    for (const std::string& item : items) parts.push_back(unicode(item));
    icu::UnicodeString out;
    UErrorCode status = U_ZERO_ERROR;
    impl_->list->format(parts.data(), static_cast<int32_t>(parts.size()), out, status);
    if (U_SUCCESS(status)) return utf8(out);
  }
  // Never a name lost for want of CLDR data: the items with commas.
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i > 0 ? ", " : "") + items[i];
  return out;
}

std::string LocaleFormat::plural_category(long long value) const {
  return utf8(impl_->plurals->select(static_cast<double>(value)));
}

struct Message::Compiled {
  std::shared_ptr<const LocaleFormat> locale;
  std::unique_ptr<icu::MessageFormat> format;
  // Arguments the message takes as numbers ({count, plural, ...}, {n, number}); others are texts.
  std::set<std::string, std::less<>> numeric;
};

namespace {

std::set<std::string, std::less<>> numeric_arguments(const icu::MessagePattern& pattern) {
  std::set<std::string, std::less<>> names;
  for (int32_t i = 0; i + 1 < pattern.countParts(); ++i) {
    const icu::MessagePattern::Part& part = pattern.getPart(i);
    if (part.getType() != UMSGPAT_PART_TYPE_ARG_START) continue;
    const UMessagePatternArgType type = part.getArgType();
    if (type == UMSGPAT_ARG_TYPE_NONE || type == UMSGPAT_ARG_TYPE_SELECT) continue;
    names.insert(utf8(pattern.getSubstring(pattern.getPart(i + 1))));
  }
  return names;
}

std::optional<long long> integer(std::string_view text) {
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<Message> Message::compile(std::shared_ptr<const LocaleFormat> locale,
                                        std::string_view pattern, std::string& error) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError where{};
  const icu::UnicodeString text = unicode(pattern);
  const icu::MessagePattern parsed{text, &where, status};
  auto format = std::make_unique<icu::MessageFormat>(text, locale->impl_->locale, where, status);
  if (U_FAILURE(status)) {
    error = "not a valid message (" + std::string{u_errorName(status)} + ") at character " +
            std::to_string(where.offset + 1);
    return std::nullopt;
  }
  auto numeric = numeric_arguments(parsed);
  Message message;
  message.compiled_ = std::make_shared<const Compiled>(
      Compiled{std::move(locale), std::move(format), std::move(numeric)});
  return message;
}

std::string Message::format(MessageValues values) const {
  const Compiled& c = *compiled_;
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> arguments;
  for (const auto& [name, value] : values) {
    names.push_back(unicode(name));
    const bool numeric = c.numeric.contains(name);
    if (const auto* number = std::get_if<long long>(&value.value())) {
      // A plain {n} is written like number() (no grouping: a year or a room number stays whole).
      if (numeric) {
        arguments.emplace_back(static_cast<int64_t>(*number));
      } else {
        arguments.emplace_back(unicode(c.locale->number(*number)));
      }
      continue;
    }
    const std::string_view text = std::get<std::string_view>(value.value());
    const auto as_number = numeric ? integer(text) : std::nullopt;
    if (as_number) {
      arguments.emplace_back(static_cast<int64_t>(*as_number));
    } else {
      arguments.emplace_back(unicode(text));
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out;
  c.format->format(names.data(), arguments.data(), static_cast<int32_t>(names.size()), out, status);
  return utf8(out);
}

}  // namespace nownext::core
