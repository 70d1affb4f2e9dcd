// Interface words: reading a strings file and filling in placeholders.
#include "core/ui_strings.hpp"

#include "core/feed_fields.hpp"
#include "core/paired_text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace nownext::core {

const std::vector<std::string_view>& required_ui_words() {
  static const std::vector<std::string_view> words{"now",
                                                   "next",
                                                   "later",
                                                   "day_programme",
                                                   "moderator",
                                                   "speakers",
                                                   "speaker",
                                                   "also_running",
                                                   "moderators",
                                                   "label_title",
                                                   "tomorrow_at",
                                                   "on_date_at",
                                                   "starts_tomorrow_at",
                                                   "starts_on",
                                                   "late_start",
                                                   "starts_late",
                                                   "day_programme_on",
                                                   "no_sessions_today",
                                                   "until",
                                                   "all_day",
                                                   "clock_doubtful",
                                                   "later_today",
                                                   "later_tomorrow",
                                                   "later_on",
                                                   "and_more",
                                                   "and_one_more",
                                                   "preview",
                                                   "preview_speed",
                                                   "preview_paused",
                                                   "starts_in",
                                                   "time_left",
                                                   "starting",
                                                   "starts_at",
                                                   "resumes_at",
                                                   "resumes_tomorrow_at",
                                                   "resumes_on",
                                                   "break",
                                                   "welcome",
                                                   "end_of_day",
                                                   "after_event",
                                                   "thanks",
                                                   "no_sessions",
                                                   "cancelled",
                                                   "delayed",
                                                   "was_at",
                                                   "moved_to",
                                                   "moved_here",
                                                   "stale",
                                                   "demo",
                                                   "page",
                                                   "parallel",
                                                   "room_done",
                                                   "loading",
                                                   "programme_unavailable",
                                                   "feed_unreachable",
                                                   "feed_invalid",
                                                   "room_absent",
                                                   "screen_unknown",
                                                   "screen_unknown_detail"};
  return words;
}

const std::vector<std::string_view>& optional_ui_words() {
  static const std::vector<std::string_view> words{"end_of_day_1", "end_of_day_2", "end_of_day_3",
                                                   "end_of_day_4"};
  return words;
}

UiStrings::UiStrings() : format_{std::make_shared<const LocaleFormat>("und", Digits::latin)} {}

UiStrings UiStrings::paired_with(const UiStrings& second) const {
  UiStrings both = *this;
  both.pair_ = std::make_shared<const std::pair<UiStrings, UiStrings>>(*this, second);
  both.chain_separator_ = pair_texts(chain_separator_, second.chain_separator_);
  return both;
}

const UiStrings* UiStrings::second() const {
  return pair_ ? &pair_->second : nullptr;
}

namespace {

// Whether `text` has a letter of its own beside the text values set into it (each taken out
// once): "{label} : {title}" around a label and a title has none, "Début à {time}" has.
bool has_own_words(std::string text, UiStrings::Values values) {
  for (const auto& [name, value] : values) {
    const auto* words = std::get_if<std::string_view>(&value.value());
    if (words == nullptr || words->empty()) continue;
    if (const auto at = text.find(*words); at != std::string::npos) text.erase(at, words->size());
  }
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

bool any_paired(UiStrings::Values values) {
  return std::any_of(values.begin(), values.end(), [](const auto& entry) {
    const auto* words = std::get_if<std::string_view>(&entry.second.value());
    return words != nullptr && is_paired(*words);
  });
}

}  // namespace

std::string UiStrings::word(std::string_view key, Values values) const {
  if (pair_) {
    std::string first = pair_->first.word(key, values);
    std::string second = pair_->second.word(key, values);
    // The same feed words in both languages (a title the feed gives in one of them), set in a
    // message with no words of its own, are shown once, in the first language's punctuation:
    // "Panel 1 : Comprendre…" above "Panel 1: Comprendre…" would say the same twice.
    if (!any_paired(values) && !has_own_words(first, values) && !has_own_words(second, values)) {
      return first;
    }
    return pair_texts(first, second);
  }
  const auto found = messages_.find(key);
  if (found == messages_.end()) return std::string{key};
  return found->second.format(values);
}

std::string UiStrings::date(std::chrono::year_month_day day) const {
  if (pair_) return pair_texts(pair_->first.date(day), pair_->second.date(day));
  return format_->date(day);
}

std::string UiStrings::heading_date(std::chrono::year_month_day day) const {
  if (pair_) return pair_texts(pair_->first.heading_date(day), pair_->second.heading_date(day));
  return format_->upper(format_->date(day));
}

std::string UiStrings::time(std::chrono::hh_mm_ss<std::chrono::seconds> time_of_day) const {
  if (pair_) return pair_texts(pair_->first.time(time_of_day), pair_->second.time(time_of_day));
  return format_->time(time_of_day);
}

std::string UiStrings::duration(std::chrono::minutes length) const {
  if (pair_) return pair_texts(pair_->first.duration(length), pair_->second.duration(length));
  return format_->duration(length);
}

std::string UiStrings::list(const std::vector<std::string>& items) const {
  if (pair_) {
    std::vector<std::string> first, second;
    for (const std::string& item : items) {
      first.push_back(text_in(item, false));
      second.push_back(text_in(item, true));
    }
    return pair_texts(pair_->first.list(first), pair_->second.list(second));
  }
  return format_->list(items);
}

std::string UiStrings::number(long long value) const {
  if (pair_) return pair_texts(pair_->first.number(value), pair_->second.number(value));
  return format_->number(value);
}

UiStrings UiStrings::with_digits(Digits digits) const {
  if (digits == format_->digits()) return *this;
  UiStrings out = *this;
  out.format_ = std::make_shared<const LocaleFormat>(format_->tag(), digits);
  std::string ignored;  // the patterns compiled once already
  for (auto& [key, message] : out.messages_) {
    message = *Message::compile(out.format_, patterns_.at(key), ignored);
  }
  return out;
}

namespace {
bool known_word(std::string_view key) {
  const auto in = [key](const std::vector<std::string_view>& list) {
    return std::find(list.begin(), list.end(), key) != list.end();
  };
  return in(required_ui_words()) || in(optional_ui_words());
}
}  // namespace

struct UiStringsReader {
  static UiStringsResult read(const Json& root) {
    UiStringsResult result;
    FeedFields fields{result.errors, result.warnings};
    const Where document;
    fields.warn_unknown_members(root, document,
                                {"language", "locale", "digits", "words", "chain_separator"});
    UiStrings strings;
    strings.language_ =
        fields.string_member(root, "language", document, Presence::required).value_or("");
    const std::string locale = fields.string_member(root, "locale", document, Presence::optional)
                                   .value_or(strings.language_);
    Digits digits = Digits::latin;
    if (auto name = fields.string_member(root, "digits", document, Presence::optional)) {
      if (auto named = digits_named(*name)) {
        digits = *named;
      } else {
        fields.error(Where{document, "digits"}, "must be \"latin\" or \"native\"");
      }
    }
    strings.format_ = std::make_shared<const LocaleFormat>(locale, digits);
    const Where words_where{document, "words"};
    if (const Json* words = fields.member(root, "words", document, Presence::required)) {
      if (fields.expect_object(*words, words_where)) {
        for (const auto& [key, value] : words->items()) {
          if (auto text = fields.string_member(*words, key, words_where, Presence::required)) {
            add_word(strings, key, std::move(*text), Where{words_where, key}, fields);
          }
          if (!known_word(key)) fields.warning(Where{words_where, key}, "unknown word, ignored");
        }
        for (const auto key : required_ui_words()) {
          if (!strings.patterns_.contains(key))
            fields.error(Where{words_where, key}, "is required");
        }
      }
    }
    strings.chain_separator_ =
        fields.string_member(root, "chain_separator", document, Presence::optional).value_or(" › ");
    if (result.errors.empty()) result.strings = std::move(strings);
    return result;
  }

  static void add_word(UiStrings& strings, const std::string& key, std::string pattern,
                       const Where& where, FeedFields& fields) {
    std::string error;
    if (auto message = Message::compile(strings.format_, pattern, error)) {
      strings.messages_.insert_or_assign(key, std::move(*message));
      strings.patterns_.insert_or_assign(key, std::move(pattern));
    } else {
      fields.error(where, error);
    }
  }
};

UiStringsResult parse_ui_strings(std::string_view json) {
  UiStringsResult result;
  const std::optional<Json> root = parse_json_object(json, result.errors);
  if (!root) return result;
  return UiStringsReader::read(*root);
}

}  // namespace nownext::core
