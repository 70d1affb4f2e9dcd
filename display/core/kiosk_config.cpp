// Reading the kiosk configuration, with the same path-naming errors as feeds.
#include "core/kiosk_config.hpp"

#include "core/feed_fields.hpp"
#include "core/time.hpp"

#include <nlohmann/json.hpp>

namespace nownext::core {
namespace {

class ConfigReader {
 public:
  explicit ConfigReader(KioskConfigResult& result) : fields_(result.errors, result.warnings) {}

  KioskConfig read(const Json& root) {
    KioskConfig config;
    fields_.warn_unknown_members(root, document_,
                                 {"feed",
                                  "format",
                                  "room",
                                  "rooms",
                                  "layout",
                                  "theme",
                                  "logo",
                                  "language",
                                  "languages",
                                  "poll_seconds",
                                  "stale_after_seconds",
                                  "state_dir",
                                  "ca_bundle",
                                  "renderer",
                                  "window",
                                  "replay_day",
                                  "status",
                                  "fleet",
                                  "screen",
                                  "alerts",
                                  "alerts_poll_seconds",
                                  "alerts_statuses"});
    config.feed = text(root, "feed");
    config.format = text(root, "format");
    config.room = fields_.id_member(root, "room", document_, Presence::optional);
    config.layout = fields_.id_member(root, "layout", document_, Presence::optional);
    config.theme = fields_.id_member(root, "theme", document_, Presence::optional);
    config.logo = text(root, "logo");
    config.rooms = list(root, "rooms",
                        [&](const Json& item, const Where& at) { return fields_.id(item, at); });
    config.languages = list(root, "languages", [&](const Json& item, const Where& at) {
      return fields_.language_code(item, at);
    });
    // "languages" alone: its first is the interface language.
    if (!config.language && !config.languages.empty()) config.language = config.languages.front();
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
    read_status(root, config);
    config.fleet = text(root, "fleet");
    config.screen = fields_.id_member(root, "screen", document_, Presence::optional);
    read_alerts(root, config);
    return config;
  }

 private:
  template <typename ReadItem>
  std::vector<std::string> list(const Json& root, std::string_view key, ReadItem read_item) {
    std::vector<std::string> items;
    const Json* array = fields_.array(root, key, document_, Presence::optional, 1000);
    if (array == nullptr) return items;
    const Where list_where{document_, key};
    for (std::size_t i = 0; i < array->size(); ++i) {
      if (auto item = read_item((*array)[i], Where{list_where, i}))
        items.push_back(std::move(*item));
    }
    return items;
  }

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

  void read_status(const Json& root, KioskConfig& config) {
    const Json* status = fields_.member(root, "status", document_, Presence::optional);
    const Where where{document_, "status"};
    if (status == nullptr || !fields_.expect_object(*status, where)) return;
    fields_.warn_unknown_members(*status, where, {"listen"});
    config.status_listen = fields_.string_member(*status, "listen", where, Presence::required);
  }

  void read_alerts(const Json& root, KioskConfig& config) {
    config.alerts = text(root, "alerts");
    config.alerts_poll_interval = std::chrono::seconds{
        fields_.whole_number_member(root, "alerts_poll_seconds", document_, 2, 3600, 10)};
    if (fields_.member(root, "alerts_statuses", document_, Presence::optional) == nullptr) return;
    config.alerts_statuses = list(root, "alerts_statuses", [&](const Json& item, const Where& at) {
      const std::string status = item.is_string() ? item.get<std::string>() : "";
      if (status != "Actual" && status != "Exercise" && status != "Test") {
        fields_.error(at, "must be one of Actual, Exercise, Test");
        return std::optional<std::string>{};
      }
      return std::optional{status};
    });
  }

  FeedFields fields_;
  const Where document_;
};

}  // namespace

KioskConfigResult parse_kiosk_config(std::string_view json) {
  KioskConfigResult result;
  const std::optional<Json> root = parse_json_object(json, result.errors);
  if (!root) return result;
  ConfigReader reader{result};
  KioskConfig config = reader.read(*root);
  if (result.errors.empty()) result.config = std::move(config);
  return result;
}

}  // namespace nownext::core
