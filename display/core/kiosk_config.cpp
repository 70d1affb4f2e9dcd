// Reading the kiosk configuration, with the same path-naming errors as feeds.
#include "core/kiosk_config.hpp"

#include "core/feed_fields.hpp"
#include "core/time.hpp"

#include <nlohmann/json.hpp>

namespace nownext::core {
namespace {

class ConfigReader {
 public:
  explicit ConfigReader(KioskConfigResult& result)
      : fields_(limits_, result.errors, result.warnings) {}

  KioskConfig read(const Json& root) {
    KioskConfig config;
    if (!fields_.expect_object(root, Where{document_, "(top level)"})) return config;
    fields_.warn_unknown_members(
        root, document_,
        {"feed", "room", "layout", "language", "poll_seconds", "stale_after_seconds", "state_dir",
         "ca_bundle", "window", "replay_day"});
    config.feed = text(root, "feed");
    config.room = fields_.id_member(root, "room", document_, Presence::optional);
    config.layout = fields_.id_member(root, "layout", document_, Presence::optional);
    if (const Json* language = fields_.member(root, "language", document_, Presence::optional)) {
      config.language = fields_.language_code(*language, Where{document_, "language"});
    }
    config.poll_interval = std::chrono::seconds{
        fields_.whole_number_member(root, "poll_seconds", document_, 5, 3600, 30)};
    config.stale_after = std::chrono::seconds{
        fields_.whole_number_member(root, "stale_after_seconds", document_, 5, 86400, 900)};
    config.state_dir = text(root, "state_dir");
    if (auto renderer = text(root, "renderer")) {
      if (*renderer == "auto" || *renderer == "software" || *renderer == "accelerated") {
        config.renderer = std::move(*renderer);
      } else {
        fields_.error(Where{document_, "renderer"}, "must be auto, software or accelerated");
      }
    }
    config.ca_bundle = text(root, "ca_bundle");
    if (const auto day = text(root, "replay_day")) {
      config.replay_day = parse_date(*day);
      if (!config.replay_day)
        fields_.error(Where{document_, "replay_day"}, "must be a date like 2017-07-18");
    }
    read_window(root, config);
    return config;
  }

 private:
  std::optional<std::string> text(const Json& root, std::string_view key) {
    return fields_.string_member(root, key, document_, Presence::optional);
  }

  void read_window(const Json& root, KioskConfig& config) {
    const Json* window = fields_.member(root, "window", document_, Presence::optional);
    const Where where{document_, "window"};
    if (window == nullptr || !fields_.expect_object(*window, where)) return;
    fields_.warn_unknown_members(*window, where, {"fullscreen", "width", "height"});
    if (const Json* fullscreen = fields_.member(*window, "fullscreen", where, Presence::optional)) {
      if (fullscreen->is_boolean()) {
        config.fullscreen = fullscreen->get<bool>();
      } else {
        fields_.error(Where{where, "fullscreen"}, "must be true or false");
      }
    }
    config.width_px = static_cast<int>(
        fields_.whole_number_member(*window, "width", where, 64, 8192, config.width_px));
    config.height_px = static_cast<int>(
        fields_.whole_number_member(*window, "height", where, 64, 8192, config.height_px));
  }

  FeedLimits limits_;
  FeedFields fields_;
  const Where document_;
};

}  // namespace

KioskConfigResult parse_kiosk_config(std::string_view json) {
  KioskConfigResult result;
  const std::optional<Json> root = parse_json_document(json, result.errors);
  if (!root) return result;
  ConfigReader reader{result};
  KioskConfig config = reader.read(*root);
  if (result.errors.empty()) result.config = std::move(config);
  return result;
}

}  // namespace nownext::core
