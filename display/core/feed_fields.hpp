// Internal to the feed parser: reads typed fields out of JSON objects, recording an error or a
// warning with the field's path for anything missing, mistyped or out of bounds.
#pragma once

#include "core/diagnostic.hpp"
#include "core/feed_parser.hpp"
#include "core/text.hpp"
#include "core/time.hpp"

#include <nlohmann/json_fwd.hpp>

#include <exception>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace nownext::core {

using Json = nlohmann::json;

// A place in the document, such as sessions[3].end, spelled out only when a message needs it:
// building path strings for every field of a large valid feed would cost more than reading it.
// A Where refers to its parent and its key: both must outlive it (they are locals up the stack
// and the parsed document).
class Where {
 public:
  Where() = default;  // the whole document
  Where(const Where& parent, std::string_view key) : parent_(&parent), key_(key) {}
  Where(const Where& parent, std::size_t index) : parent_(&parent), index_(index) {}

  [[nodiscard]] std::string str() const;

 private:
  const Where* parent_ = nullptr;
  std::string_view key_;
  std::size_t index_ = no_index;
  static constexpr std::size_t no_index = static_cast<std::size_t>(-1);
};

enum class Presence { required, optional };

// The JSON object that `text` holds, or nullopt with an error saying where it is not valid JSON
// or that its top level is not an object. Shared by feeds, layouts, themes, words and the kiosk
// configuration.
[[nodiscard]] std::optional<Json> parse_json_object(std::string_view text, Diagnostics& errors);
// A parser's exception as a short printable sentence, without nlohmann's "[json.exception...]".
[[nodiscard]] std::string readable_json_error(const std::exception& e);
enum class TextLength { short_text, long_text };

class FeedFields {
 public:
  FeedFields(const FeedLimits& limits, Diagnostics& errors, Diagnostics& warnings)
      : limits_(limits), errors_(errors), warnings_(warnings) {}
  // For the project's own data files (layouts, themes, words, configuration): a feed's limits.
  FeedFields(Diagnostics& errors, Diagnostics& warnings)
      : FeedFields(default_limits(), errors, warnings) {}

  [[nodiscard]] const FeedLimits& limits() const { return limits_; }
  void error(const Where& where, std::string what);
  void warning(const Where& where, std::string what);
  void warning(Diagnostic diagnostic);
  [[nodiscard]] Diagnostics& warnings() { return warnings_; }
  [[nodiscard]] std::size_t error_count() const { return errors_.size(); }

  // True when `value` is an object; records an error otherwise.
  bool expect_object(const Json& value, const Where& where);
  // Warns about members not in `known`; members starting with "x-" are extensions.
  void warn_unknown_members(const Json& object, const Where& where,
                            std::initializer_list<std::string_view> known);

  // The member, or nullptr when it is absent or null (an error when required).
  const Json* member(const Json& object, std::string_view key, const Where& where,
                     Presence presence);
  // An array member, or nullptr; errors for a wrong type or more than `max_items` items.
  const Json* array(const Json& object, std::string_view key, const Where& where, Presence presence,
                    std::size_t max_items);

  std::optional<std::string> id(const Json& value, const Where& where);
  std::optional<std::string> id_member(const Json& object, std::string_view key, const Where& where,
                                       Presence presence);
  std::optional<std::string> string_member(const Json& object, std::string_view key,
                                           const Where& where, Presence presence);
  std::optional<std::string> language_code(const Json& value, const Where& where);
  // A plain string or a map of language code to string.
  std::optional<Text> text(const Json& value, const Where& where, TextLength length);
  std::optional<Text> text_member(const Json& object, std::string_view key, const Where& where,
                                  Presence presence, TextLength length);
  // A whole number in [min, max]; `fallback` when absent, and (with an error) when out of range.
  long whole_number_member(const Json& object, std::string_view key, const Where& where, long min,
                           long max, long fallback);
  // A number in [min, max]; as whole_number_member otherwise.
  double number_member(const Json& object, std::string_view key, const Where& where, double min,
                       double max, double fallback);
  std::optional<Instant> instant_member(const Json& object, std::string_view key,
                                        const Where& where, Presence presence);

 private:
  static const FeedLimits& default_limits();
  bool check_string(const std::string& value, const Where& where, std::size_t max_bytes);

  const FeedLimits& limits_;
  Diagnostics& errors_;
  Diagnostics& warnings_;
};

}  // namespace nownext::core
