// Reading the kiosk configuration, with the same path-naming errors as feeds.
#include "core/kiosk_config.hpp"

#include "core/feed_fields.hpp"
#include "core/time.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

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
                                  "digits",
                                  "bilingual",
                                  "alternate_seconds",
                                  "alerts",
                                  "alerts_poll_seconds",
                                  "alerts_statuses",
                                  "power",
                                  "burn_in"});
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
    if (auto digits = text(root, "digits")) {
      config.digits = digits_named(*digits);
      if (!config.digits)
        fields_.error(Where{document_, "digits"}, "must be \"latin\" or \"native\"");
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
    read_bilingual(root, config);
    read_alerts(root, config);
    read_power(root, config);
    read_burn_in(root, config);
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

  void read_bilingual(const Json& root, KioskConfig& config) {
    config.alternate_interval = std::chrono::seconds{
        fields_.whole_number_member(root, "alternate_seconds", document_, 3, 600, 10)};
    const auto mode = text(root, "bilingual");
    if (!mode) return;
    const Where where{document_, "bilingual"};
    if (*mode == "pair") {
      config.bilingual = Bilingual::pair;
    } else if (*mode == "alternate") {
      config.bilingual = Bilingual::alternate;
    } else if (*mode != "off") {
      fields_.error(where, "must be pair, alternate or off");
      return;
    }
    if (config.bilingual != Bilingual::off && !bilingual_second_language(config)) {
      fields_.error(where, "needs a second language in languages");
    }
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

  std::vector<std::string> command(const Json& object, std::string_view key, const Where& where) {
    std::vector<std::string> argv;
    const Json* list = fields_.array(object, key, where, Presence::optional, 64);
    if (list == nullptr) return argv;
    const Where list_where{where, key};
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Where at{list_where, i};
      if ((*list)[i].is_string()) {
        argv.push_back((*list)[i].get<std::string>());
      } else {
        fields_.error(at, "must be a string");
      }
    }
    return argv;
  }

  void read_power_window(const Json& item, const Where& where, PowerConfig& power) {
    if (!fields_.expect_object(item, where)) return;
    fields_.warn_unknown_members(item, where, {"days", "on", "off"});
    PowerWindow window;
    const auto days = fields_.string_member(item, "days", where, Presence::required);
    const auto on = fields_.string_member(item, "on", where, Presence::required);
    const auto off = fields_.string_member(item, "off", where, Presence::required);
    if (days) {
      if (auto parsed = parse_weekdays(*days))
        window.days = std::move(*parsed);
      else
        fields_.error(Where{where, "days"},
                      "'" + *days + "' names no weekday (mon-fri, sat,sun, daily)");
    }
    if (on) {
      if (const auto t = parse_time_of_day(*on))
        window.on = *t;
      else
        fields_.error(Where{where, "on"}, "'" + *on + "' is not a time like 07:30");
    }
    if (off) {
      if (const auto t = parse_time_of_day(*off))
        window.off = *t;
      else
        fields_.error(Where{where, "off"}, "'" + *off + "' is not a time like 19:30");
    }
    if (window.off <= window.on) fields_.error(Where{where, "off"}, "must be after on");
    power.schedule.push_back(std::move(window));
  }

  void read_power(const Json& root, KioskConfig& config) {
    const Json* power = fields_.member(root, "power", document_, Presence::optional);
    const Where where{document_, "power"};
    if (power == nullptr || !fields_.expect_object(*power, where)) return;
    fields_.warn_unknown_members(*power, where, {"schedule", "auto", "commands"});
    PowerConfig parsed;
    const Json* schedule = fields_.array(*power, "schedule", where, Presence::optional, 50);
    const Json* automatic = fields_.member(*power, "auto", where, Presence::optional);
    if ((schedule == nullptr) == (automatic == nullptr)) {
      fields_.error(where, "needs either schedule or auto");
    }
    if (schedule != nullptr) {
      const Where list{where, "schedule"};
      if (schedule->empty()) fields_.error(list, "must name at least one window");
      for (std::size_t i = 0; i < schedule->size(); ++i) {
        read_power_window((*schedule)[i], Where{list, i}, parsed);
      }
    }
    const Where auto_where{where, "auto"};
    if (automatic != nullptr && fields_.expect_object(*automatic, auto_where)) {
      fields_.warn_unknown_members(*automatic, auto_where, {"before_minutes", "after_minutes"});
      parsed.before = std::chrono::minutes{
          fields_.whole_number_member(*automatic, "before_minutes", auto_where, 0, 720, 60)};
      parsed.after = std::chrono::minutes{
          fields_.whole_number_member(*automatic, "after_minutes", auto_where, 0, 720, 30)};
    }
    const Where commands_where{where, "commands"};
    if (const Json* commands = fields_.member(*power, "commands", where, Presence::optional)) {
      if (fields_.expect_object(*commands, commands_where)) {
        fields_.warn_unknown_members(*commands, commands_where, {"on", "off"});
        parsed.on_command = command(*commands, "on", commands_where);
        parsed.off_command = command(*commands, "off", commands_where);
      }
    }
    config.power = std::move(parsed);
  }

  void read_burn_in(const Json& root, KioskConfig& config) {
    const Json* burn_in = fields_.member(root, "burn_in", document_, Presence::optional);
    const Where where{document_, "burn_in"};
    if (burn_in == nullptr) return;
    if (burn_in->is_boolean()) {
      if (!burn_in->get<bool>()) config.burn_in.reset();
      return;
    }
    if (!fields_.expect_object(*burn_in, where)) return;
    fields_.warn_unknown_members(*burn_in, where, {"shift_px", "period_seconds"});
    BurnIn parsed;
    parsed.shift_px =
        static_cast<int>(fields_.whole_number_member(*burn_in, "shift_px", where, 1, 16, 3));
    parsed.period = std::chrono::seconds{
        fields_.whole_number_member(*burn_in, "period_seconds", where, 10, 86400, 120)};
    config.burn_in = parsed;
  }

  FeedFields fields_;
  const Where document_;
};

}  // namespace

std::optional<std::string> bilingual_second_language(const KioskConfig& config) {
  const auto second = std::find_if(config.languages.begin(), config.languages.end(),
                                   [&](const std::string& l) { return l != config.language; });
  if (second == config.languages.end()) return std::nullopt;
  return *second;
}

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
