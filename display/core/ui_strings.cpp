// Interface words: reading a strings file and filling in placeholders.
#include "core/ui_strings.hpp"

#include "core/feed_fields.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace nownext::core {

namespace {
std::string two_digits(long value) {
  return (value < 10 ? "0" : "") + std::to_string(value);
}
}  // namespace

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
                                                   "in_whole_hours",
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
                                                   "and_more",
                                                   "and_one_more",
                                                   "preview",
                                                   "preview_speed",
                                                   "preview_paused",
                                                   "in_minutes",
                                                   "in_hours",
                                                   "minutes_left",
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
                                                   "room_absent"};
  return words;
}

const std::vector<std::string_view>& optional_ui_words() {
  static const std::vector<std::string_view> words{"end_of_day_1", "end_of_day_2", "end_of_day_3",
                                                   "end_of_day_4",
                                                   // the unknown screen's notice (English without)
                                                   "screen_unknown", "screen_unknown_detail"};
  return words;
}

std::string fill_placeholders(std::string_view pattern, UiStrings::Values values) {
  std::string out;
  out.reserve(pattern.size() + 16);
  std::size_t pos = 0;
  while (pos < pattern.size()) {
    const auto open = pattern.find('{', pos);
    const auto close = open == std::string_view::npos ? open : pattern.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(pattern.substr(pos, open - pos));
    const auto name = pattern.substr(open + 1, close - open - 1);
    const auto* value = std::find_if(values.begin(), values.end(),
                                     [&](const auto& pair) { return pair.first == name; });
    out.append(value != values.end() ? value->second : pattern.substr(open, close - open + 1));
    pos = close + 1;
  }
  out.append(pattern.substr(std::min(pos, pattern.size())));
  return out;
}

std::string UiStrings::word(std::string_view key, Values values) const {
  const auto found = words_.find(key);
  if (found == words_.end()) return std::string{key};
  return fill_placeholders(found->second, values);
}

std::string UiStrings::date(std::chrono::year_month_day day) const {
  const std::chrono::weekday weekday{std::chrono::sys_days{day}};
  const auto month = static_cast<unsigned>(day.month());
  return fill_placeholders(date_pattern_,
                           {{"weekday", weekdays_[weekday.c_encoding()]},
                            {"day", std::to_string(static_cast<unsigned>(day.day()))},
                            {"month", months_[month - 1]},
                            {"year", std::to_string(static_cast<int>(day.year()))}});
}

std::string UiStrings::time(std::chrono::hh_mm_ss<std::chrono::seconds> time_of_day) const {
  return fill_placeholders(time_pattern_, {{"hour", two_digits(time_of_day.hours().count())},
                                           {"minute", two_digits(time_of_day.minutes().count())}});
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
    fields.warn_unknown_members(
        root, document,
        {"language", "words", "weekdays", "months", "date", "time", "chain_separator"});
    UiStrings strings;
    strings.language_ =
        fields.string_member(root, "language", document, Presence::required).value_or("");
    const Where words_where{document, "words"};
    if (const Json* words = fields.member(root, "words", document, Presence::required)) {
      if (fields.expect_object(*words, words_where)) {
        for (const auto& [key, value] : words->items()) {
          if (auto text = fields.string_member(*words, key, words_where, Presence::required)) {
            strings.words_.emplace(key, std::move(*text));
          }
          if (!known_word(key)) fields.warning(Where{words_where, key}, "unknown word, ignored");
        }
        for (const auto key : required_ui_words()) {
          if (!strings.words_.contains(key)) fields.error(Where{words_where, key}, "is required");
        }
      }
    }
    strings.weekdays_ = names(root, "weekdays", 7, fields);
    strings.months_ = names(root, "months", 12, fields);
    strings.date_pattern_ =
        fields.string_member(root, "date", document, Presence::required).value_or("");
    strings.time_pattern_ =
        fields.string_member(root, "time", document, Presence::required).value_or("");
    strings.chain_separator_ =
        fields.string_member(root, "chain_separator", document, Presence::optional).value_or(" › ");
    if (result.errors.empty()) result.strings = std::move(strings);
    return result;
  }

  static std::vector<std::string> names(const Json& root, std::string_view key, std::size_t count,
                                        FeedFields& fields) {
    std::vector<std::string> out;
    const Where document;
    const Json* list = fields.array(root, key, document, Presence::required, count);
    if (list == nullptr) return out;
    const Where list_where{document, key};
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Json& item = (*list)[i];
      if (item.is_string()) {
        out.push_back(item.get<std::string>());
      } else {
        fields.error(Where{list_where, i}, "must be a string");
      }
    }
    if (out.size() != count) {
      fields.error(list_where, "must list exactly " + std::to_string(count) + " names");
    }
    return out;
  }
};

UiStringsResult parse_ui_strings(std::string_view json) {
  UiStringsResult result;
  const std::optional<Json> root = parse_json_object(json, result.errors);
  if (!root) return result;
  return UiStringsReader::read(*root);
}

}  // namespace nownext::core
