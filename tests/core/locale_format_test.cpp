// Dates, times, durations, numbers and plural forms in the six languages, as ICU writes them
// from CLDR data, through the words files the screens use; lists of names.
#include "core/locale_format.hpp"
#include "core/kiosk_config.hpp"
#include "core/paired_text.hpp"
#include "core/ui_strings.hpp"
#include "support/screen_fixture.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace nownext::core;
using nownext::testing::load_strings;
using namespace std::chrono;

namespace {

constexpr year_month_day july_18{year{2017}, July, day{18}};

hh_mm_ss<seconds> clock(int h, int m) {
  return hh_mm_ss<seconds>{hours{h} + minutes{m}};
}

std::string compile_and_format(const char* tag, const char* pattern, long long count) {
  std::string error;
  const auto message =
      Message::compile(std::make_shared<const LocaleFormat>(tag, Digits::latin), pattern, error);
  REQUIRE_MESSAGE(message.has_value(), error);
  return message->format({{"count", count}});
}

}  // namespace

TEST_SUITE("locale formats") {
  TEST_CASE("each language writes the date of 18 July 2017 in its own CLDR pattern") {
    CHECK(load_strings("fr").date(july_18) == "mardi 18 juillet 2017");
    CHECK(load_strings("en").date(july_18) == "Tuesday, 18 July 2017");
    CHECK(load_strings("es").date(july_18) == "martes, 18 de julio de 2017");
    CHECK(load_strings("ru").date(july_18) == "вторник, 18 июля 2017\u202Fг.");
    CHECK(load_strings("zh").date(july_18) == "2017年7月18日星期二");
    CHECK(load_strings("ar").date(july_18) == "الثلاثاء، 18 يوليو 2017");
  }

  TEST_CASE("a date in a heading in capitals is in capitals too, where the script has case") {
    CHECK(load_strings("fr").heading_date(july_18) == "MARDI 18 JUILLET 2017");
    CHECK(load_strings("en").heading_date(july_18) == "TUESDAY, 18 JULY 2017");
    CHECK(load_strings("es").heading_date(july_18) == "MARTES, 18 DE JULIO DE 2017");
    CHECK(load_strings("ru").heading_date(july_18) == "ВТОРНИК, 18 ИЮЛЯ 2017\u202FГ.");
    CHECK(load_strings("zh").heading_date(july_18) == "2017年7月18日星期二");
    CHECK(load_strings("ar").heading_date(july_18) == "الثلاثاء، 18 يوليو 2017");
  }

  TEST_CASE("times are on a 24-hour clock in every language, in its pattern") {
    for (const char* language : {"fr", "en", "ru", "zh", "ar"}) {
      CAPTURE(language);
      CHECK(load_strings(language).time(clock(9, 5)) == "09:05");
      CHECK(load_strings(language).time(clock(17, 30)) == "17:30");
    }
    CHECK(load_strings("es").time(clock(9, 5)) == "9:05");
  }

  TEST_CASE("names are listed with each language's own separators and 'and'") {
    const std::vector<std::string> three{"Ana Ruiz", "Li Wei", "Omar Haddad"};
    CHECK(load_strings("fr").list(three) == "Ana Ruiz, Li Wei et Omar Haddad");
    CHECK(load_strings("en").list(three) == "Ana Ruiz, Li Wei and Omar Haddad");
    CHECK(load_strings("es").list(three) == "Ana Ruiz, Li Wei y Omar Haddad");
    CHECK(load_strings("ru").list(three) == "Ana Ruiz, Li Wei и Omar Haddad");
    CHECK(load_strings("zh").list(three) == "Ana Ruiz、Li Wei和Omar Haddad");
    CHECK(load_strings("ar").list(three) == "Ana Ruiz وLi Wei وOmar Haddad");
    // Spanish writes "e" before a word that sounds "i".
    CHECK(load_strings("es").list({"Ana Ruiz", "Inés Vidal"}) == "Ana Ruiz e Inés Vidal");
    CHECK(load_strings("fr").list({"Ana Ruiz"}) == "Ana Ruiz");
    CHECK(load_strings("fr").list({}).empty());
    // Paired, each language lists with its own words.
    const UiStrings paired = load_strings("fr").paired_with(load_strings("en"));
    const std::string both = paired.list({"Ana Ruiz", "Li Wei"});
    CHECK(text_in(both, false) == "Ana Ruiz et Li Wei");
    CHECK(text_in(both, true) == "Ana Ruiz and Li Wei");
  }

  TEST_CASE("durations use each language's short units") {
    CHECK(load_strings("fr").duration(minutes{80}) == "1\u202Fh et 20\u00A0min");
    CHECK(load_strings("en").duration(minutes{80}) == "1 hr, 20 mins");
    CHECK(load_strings("ru").duration(minutes{80}) == "1 ч 20 мин");
    CHECK(load_strings("zh").duration(minutes{80}) == "1小时20分钟");
    CHECK(load_strings("es").duration(minutes{5}) == "5 min");
    CHECK(load_strings("fr").duration(minutes{120}) == "2\u202Fh");
    CHECK(load_strings("fr").duration(minutes{-3}) == "0\u00A0min");
  }

  TEST_CASE("Arabic numbers are Latin digits by default and Arabic-Indic when asked") {
    const UiStrings latin = load_strings("ar");
    CHECK(latin.digits() == Digits::latin);
    CHECK(latin.time(clock(9, 5)) == "09:05");
    CHECK(latin.number(2017) == "2017");
    const UiStrings native = latin.with_digits(Digits::native);
    CHECK(native.time(clock(9, 5)) == "٠٩:٠٥");
    CHECK(native.number(2017) == "٢٠١٧");
    CHECK(native.date(july_18) == "الثلاثاء، ١٨ يوليو ٢٠١٧");
    CHECK(native.word("page", {{"page", 2}, {"pages", 3}}) == "٢/٣");
    CHECK(native.word("and_more", {{"count", 5}}) == "و٥ جلسات أخرى");
    // Digits only change numbers: the other languages write 0-9 either way.
    CHECK(load_strings("fr").with_digits(Digits::native).number(2017) == "2017");
  }

  TEST_CASE("plain numbers in words are not grouped") {
    CHECK(load_strings("en").word("page", {{"page", 1200}, {"pages", 1300}}) == "1200/1300");
  }

  TEST_CASE("Russian counts take three forms") {
    const UiStrings ru = load_strings("ru");
    CHECK(ru.word("and_more", {{"count", 1}}) == "и ещё 1 заседание");
    CHECK(ru.word("and_more", {{"count", 3}}) == "и ещё 3 заседания");
    CHECK(ru.word("and_more", {{"count", 5}}) == "и ещё 5 заседаний");
    CHECK(ru.word("and_more", {{"count", 21}}) == "и ещё 21 заседание");
    CHECK(ru.word("and_more", {{"count", 12}}) == "и ещё 12 заседаний");
  }

  TEST_CASE("Arabic counts take six forms") {
    const UiStrings ar = load_strings("ar");
    CHECK(ar.word("and_more", {{"count", 0}}) == "ولا جلسات أخرى");
    CHECK(ar.word("and_more", {{"count", 1}}) == "وجلسة أخرى");
    CHECK(ar.word("and_more", {{"count", 2}}) == "وجلستان أخريان");
    CHECK(ar.word("and_more", {{"count", 4}}) == "و4 جلسات أخرى");
    CHECK(ar.word("and_more", {{"count", 11}}) == "و11 جلسة أخرى");
    CHECK(ar.word("and_more", {{"count", 100}}) == "و100 جلسة أخرى");
    const LocaleFormat arabic{"ar", Digits::latin};
    CHECK(arabic.plural_category(0) == "zero");
    CHECK(arabic.plural_category(1) == "one");
    CHECK(arabic.plural_category(2) == "two");
    CHECK(arabic.plural_category(4) == "few");
    CHECK(arabic.plural_category(11) == "many");
    CHECK(arabic.plural_category(100) == "other");
  }

  TEST_CASE("French and English counts take the singular for one") {
    CHECK(load_strings("fr").word("and_more", {{"count", 1}}) == "et 1 autre séance");
    CHECK(load_strings("fr").word("and_more", {{"count", 5}}) == "et 5 autres séances");
    CHECK(load_strings("en").word("and_more", {{"count", 5}}) == "and 5 more sessions");
  }

  TEST_CASE("a count given as text is still counted by plural rules") {
    CHECK(load_strings("ru").word("and_more", {{"count", "5"}}) == "и ещё 5 заседаний");
  }

  TEST_CASE("an argument without a value stays visible, and texts are shown as they are") {
    CHECK(compile_and_format("fr", "{count} / {missing}", 3) == "3 / {missing}");
    CHECK(load_strings("en").word("moved_to", {{"room", "2017"}}) == "MOVED TO 2017");
  }

  TEST_CASE("a message ICU cannot read is refused, naming the word") {
    const UiStringsResult result = parse_ui_strings(
        R"({"language": "fr", "words": {"now": "{count, plural, one {x}"}, "digits": "roman"})");
    REQUIRE_FALSE(result.strings.has_value());
    std::string all;
    for (const auto& e : result.errors) all += e.to_string() + "\n";
    CHECK(all.find("words.now: not a valid message") != std::string::npos);
    CHECK(all.find("digits: must be \"latin\" or \"native\"") != std::string::npos);
  }

  TEST_CASE("the members dates and months no longer have are named as unknown") {
    const UiStringsResult result =
        parse_ui_strings(R"({"language": "fr", "words": {}, "weekdays": []})");
    std::string all;
    for (const auto& w : result.warnings) all += w.to_string() + "\n";
    CHECK(all.find("weekdays: unknown member") != std::string::npos);
  }

  TEST_CASE("a locale tag ICU cannot read falls back to CLDR's root data") {
    const LocaleFormat odd{"not a tag!", Digits::latin};
    CHECK(odd.date(july_18) == "2017 M07 18, Tue");
    CHECK(odd.time(clock(9, 5)) == "09:05");
    CHECK(odd.plural_category(1) == "other");
  }

  TEST_CASE("the kiosk configuration chooses the digits, and refuses others") {
    const KioskConfigResult native = parse_kiosk_config(R"({"digits": "native"})");
    REQUIRE(native.config.has_value());
    CHECK(native.config->digits == Digits::native);
    CHECK_FALSE(parse_kiosk_config("{}").config->digits.has_value());
    const KioskConfigResult roman = parse_kiosk_config(R"({"digits": "roman"})");
    CHECK_FALSE(roman.config.has_value());
    REQUIRE_FALSE(roman.errors.empty());
    CHECK(roman.errors[0].to_string() == "digits: must be \"latin\" or \"native\"");
  }
}
