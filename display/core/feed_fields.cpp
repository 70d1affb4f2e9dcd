// Typed, bounded access to feed fields. nlohmann's value()/get() throw on null or a wrong
// type (platform notes, section 5), so every access checks the type first.
#include "core/feed_fields.hpp"

#include "core/input_checks.hpp"

#include "core/utf8.hpp"

#include <nlohmann/json.hpp>

namespace nownext::core {
namespace {

std::string_view type_name(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "a number";
    case Json::value_t::string: return "a string";
    case Json::value_t::array: return "an array";
    case Json::value_t::object: return "an object";
    default: return "something else";
  }
}

bool is_id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.' || c == ':';
}

bool is_language_code(std::string_view code) {
  // BCP 47 in the shape feeds use: "fr", "en-GB", "zh-Hans".
  const auto dash = code.find('-');
  const auto primary = code.substr(0, dash);
  if (primary.size() < 2 || primary.size() > 3 ||
      !std::all_of(primary.begin(), primary.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return false;
  }
  if (dash == std::string_view::npos) return true;
  const auto rest = code.substr(dash + 1);
  return !rest.empty() && rest.size() <= 16 && rest.back() != '-' &&
         std::all_of(rest.begin(), rest.end(), [](char c) { return is_id_char(c) && c != '.'; });
}

// nlohmann's messages start with "[json.exception.parse_error.101] "; people need the rest.
// A message may quote the broken input, so it is cut and kept to printable ASCII.

}  // namespace

std::string readable_json_error(const std::exception& e) {
  std::string_view message = e.what();
  if (const auto bracket = message.find("] ");
      message.starts_with("[") && bracket != message.npos) {
    message.remove_prefix(bracket + 2);
  }
  std::string clean;
  for (const char c : message.substr(0, 300)) {
    const auto byte = static_cast<unsigned char>(c);
    clean += (byte >= 0x20 && byte < 0x7F) ? c : '?';
  }
  return clean;
}

std::optional<Json> parse_json_object(std::string_view text, Diagnostics& errors) {
  Json root;
  try {
    root = Json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    errors.push_back({"", "not valid JSON: " + readable_json_error(e)});
    return std::nullopt;
  }
  if (!root.is_object()) {
    errors.push_back({"(top level)", "must be an object, not " + std::string{type_name(root)}});
    return std::nullopt;
  }
  return root;
}

const FeedLimits& FeedFields::default_limits() {
  static const FeedLimits limits;
  return limits;
}

std::string Where::str() const {
  if (parent_ == nullptr) return std::string{key_};
  std::string path = parent_->str();
  if (index_ != no_index) return path + "[" + std::to_string(index_) + "]";
  return path.empty() ? std::string{key_} : path + "." + std::string{key_};
}

void FeedFields::error(const Where& where, std::string what) {
  if (errors_.size() < limits_.max_errors) {
    errors_.push_back({where.str(), std::move(what)});
  } else if (errors_.size() == limits_.max_errors) {
    errors_.push_back({"", "too many errors; the rest are not listed"});
  }
}

void FeedFields::warning(const Where& where, std::string what) {
  warning(Diagnostic{where.str(), std::move(what)});
}

void FeedFields::warning(Diagnostic diagnostic) {
  if (warnings_.size() < limits_.max_errors) warnings_.push_back(std::move(diagnostic));
}

bool FeedFields::expect_object(const Json& value, const Where& where) {
  if (value.is_object()) return true;
  error(where, "must be an object, not " + std::string{type_name(value)});
  return false;
}

void FeedFields::warn_unknown_members(const Json& object, const Where& where,
                                      std::initializer_list<std::string_view> known) {
  for (const auto& [key, value] : object.items()) {
    if (key.starts_with("x-") || std::find(known.begin(), known.end(), key) != known.end()) {
      continue;
    }
    warning(Where{where, key}, "unknown member, ignored");
  }
}

const Json* FeedFields::member(const Json& object, std::string_view key, const Where& where,
                               Presence presence) {
  const auto found = object.find(key);
  if (found == object.end() || found->is_null()) {
    if (presence == Presence::required) error(Where{where, key}, "is required");
    return nullptr;
  }
  return &*found;
}

const Json* FeedFields::array(const Json& object, std::string_view key, const Where& where,
                              Presence presence, std::size_t max_items) {
  const Json* value = member(object, key, where, presence);
  if (value == nullptr) return nullptr;
  const Where at{where, key};
  if (!value->is_array()) {
    error(at, "must be an array, not " + std::string{type_name(*value)});
    return nullptr;
  }
  if (value->size() > max_items) {
    error(at, "has " + std::to_string(value->size()) + " items; at most " +
                  std::to_string(max_items) + " are allowed");
    return nullptr;
  }
  return value;
}

bool FeedFields::check_string(const std::string& value, const Where& where, std::size_t max_bytes) {
  if (value.size() > max_bytes) {
    error(where, "is " + std::to_string(value.size()) + " bytes long; at most " +
                     std::to_string(max_bytes) + " are allowed");
    return false;
  }
  if (value.find('\0') != std::string::npos) {
    error(where, "contains a NUL character");
    return false;
  }
  return true;
}

std::optional<std::string> FeedFields::id(const Json& value, const Where& where) {
  if (!value.is_string()) {
    error(where, "must be an id string, not " + std::string{type_name(value)});
    return std::nullopt;
  }
  const auto& text = value.get_ref<const std::string&>();
  if (text.empty() || text.size() > limits_.max_id_bytes ||
      !std::all_of(text.begin(), text.end(), is_id_char)) {
    error(where, "'" + std::string{utf8_prefix(text, limits_.max_id_bytes)} +
                     "' is not an id (1 to " + std::to_string(limits_.max_id_bytes) +
                     " of the characters A-Z a-z 0-9 . _ : -)");
    return std::nullopt;
  }
  return text;
}

std::optional<std::string> FeedFields::id_member(const Json& object, std::string_view key,
                                                 const Where& where, Presence presence) {
  const Json* value = member(object, key, where, presence);
  return value ? id(*value, Where{where, key}) : std::nullopt;
}

std::optional<std::string> FeedFields::string_member(const Json& object, std::string_view key,
                                                     const Where& where, Presence presence) {
  const Json* value = member(object, key, where, presence);
  if (value == nullptr) return std::nullopt;
  const Where at{where, key};
  if (!value->is_string()) {
    error(at, "must be a string, not " + std::string{type_name(*value)});
    return std::nullopt;
  }
  const auto& text = value->get_ref<const std::string&>();
  if (!check_string(text, at, limits_.max_short_text_bytes)) return std::nullopt;
  return text;
}

std::optional<std::string> FeedFields::language_code(const Json& value, const Where& where) {
  if (!value.is_string() || !is_language_code(value.get_ref<const std::string&>())) {
    error(where, "must be a language code such as \"fr\" or \"zh-Hans\"");
    return std::nullopt;
  }
  return value.get<std::string>();
}

std::optional<Text> FeedFields::text(const Json& value, const Where& where, TextLength length) {
  const std::size_t max_bytes =
      length == TextLength::short_text ? limits_.max_short_text_bytes : limits_.max_long_text_bytes;
  // Control characters would be drawn as boxes on a public screen: removed, with a warning.
  // Line breaks and tabs are text (a description's paragraphs); other controls are not.
  const auto cleaned = [&](const std::string& text, const Where& at) {
    if (!has_control_characters(text)) return text;
    CleanText clean = without_control_characters(text);
    if (clean.removed > 0) {
      warning(at, std::to_string(clean.removed) + " control character" +
                      (clean.removed == 1 ? "" : "s") + " removed");
    }
    return std::move(clean.text);
  };
  if (value.is_string()) {
    const auto& plain = value.get_ref<const std::string&>();
    if (!check_string(plain, where, max_bytes)) return std::nullopt;
    return Text{cleaned(plain, where)};
  }
  if (!value.is_object() || value.empty()) {
    error(where, "must be a string or a non-empty map of language code to string, not " +
                     std::string{value.is_object() ? "an empty map" : type_name(value)});
    return std::nullopt;
  }
  std::vector<Text::Variant> variants;
  bool good = true;
  for (const auto& [language, translation] : value.items()) {
    const Where at{where, language};
    if (!is_language_code(language)) {
      error(at, "'" + language + "' is not a language code such as \"fr\" or \"zh-Hans\"");
      good = false;
    } else if (!translation.is_string()) {
      error(at, "must be a string, not " + std::string{type_name(translation)});
      good = false;
    } else if (check_string(translation.get_ref<const std::string&>(), at, max_bytes)) {
      variants.emplace_back(language, cleaned(translation.get<std::string>(), at));
    } else {
      good = false;
    }
  }
  if (!good) return std::nullopt;
  return Text{std::move(variants)};
}

std::optional<Text> FeedFields::text_member(const Json& object, std::string_view key,
                                            const Where& where, Presence presence,
                                            TextLength length) {
  const Json* value = member(object, key, where, presence);
  return value ? text(*value, Where{where, key}, length) : std::nullopt;
}

long FeedFields::whole_number_member(const Json& object, std::string_view key, const Where& where,
                                     long min, long max, long fallback) {
  const Json* found = member(object, key, where, Presence::optional);
  if (found == nullptr) return fallback;
  if (!found->is_number_integer() || found->get<long>() < min || found->get<long>() > max) {
    error(Where{where, key},
          "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    return fallback;
  }
  return found->get<long>();
}

double FeedFields::number_member(const Json& object, std::string_view key, const Where& where,
                                 double min, double max, double fallback) {
  const Json* found = member(object, key, where, Presence::optional);
  if (found == nullptr) return fallback;
  if (!found->is_number() || found->get<double>() < min || found->get<double>() > max) {
    error(Where{where, key},
          "must be a number from " + std::to_string(min) + " to " + std::to_string(max));
    return fallback;
  }
  return found->get<double>();
}

std::optional<Instant> FeedFields::instant_member(const Json& object, std::string_view key,
                                                  const Where& where, Presence presence) {
  const Json* value = member(object, key, where, presence);
  if (value == nullptr) return std::nullopt;
  const Where at{where, key};
  if (!value->is_string()) {
    error(at, "must be an ISO 8601 time string, not " + std::string{type_name(*value)});
    return std::nullopt;
  }
  const auto& text = value->get_ref<const std::string&>();
  const auto instant = parse_instant(text);
  if (!instant) {
    const bool looks_local = text.size() <= 19 && parse_instant(text + "Z").has_value();
    error(at, "'" + std::string{utf8_prefix(text, 64)} + "' " +
                  (looks_local ? "has no UTC offset (add Z or +HH:MM)"
                               : "is not an ISO 8601 time such as 2017-07-18T09:00:00+02:00"));
    return std::nullopt;
  }
  return instant;
}

}  // namespace nownext::core
