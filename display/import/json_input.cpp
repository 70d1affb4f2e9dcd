// JSON documents for the JSON importers (see json_input.hpp).
#include "import/json_input.hpp"

#include "core/json_depth.hpp"
#include "import/agenda_builder.hpp"

#include <nlohmann/json.hpp>

namespace nownext::import {

std::optional<core::Json> read_json_document(std::string_view bytes, const core::FeedLimits& limits,
                                             core::Diagnostics& errors) {
  if (!fits_size_limit(bytes, limits, errors)) return std::nullopt;
  if (const auto offset = core::find_excess_depth(bytes, limits.max_depth)) {
    errors.push_back({"", "nested deeper than " + std::to_string(limits.max_depth) +
                              " levels at byte " + std::to_string(*offset)});
    return std::nullopt;
  }
  return core::parse_json_object(bytes, errors);
}

std::string text_of(const core::Json& object, std::string_view key) {
  if (!object.is_object()) return {};
  const auto found = object.find(key);
  if (found == object.end()) return {};
  if (found->is_string()) return found->get<std::string>();
  if (found->is_number_integer()) return std::to_string(found->get<long long>());
  return {};
}

const core::Json& array_of(const core::Json& object, std::string_view key) {
  static const core::Json empty = core::Json::array();
  if (!object.is_object()) return empty;
  const auto found = object.find(key);
  return found != object.end() && found->is_array() ? *found : empty;
}

const core::Json& object_of(const core::Json& object, std::string_view key) {
  static const core::Json empty = core::Json::object();
  if (!object.is_object()) return empty;
  const auto found = object.find(key);
  return found != object.end() && found->is_object() ? *found : empty;
}

}  // namespace nownext::import
