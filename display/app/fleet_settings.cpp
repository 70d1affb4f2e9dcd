// Fleet files: bounded read or one HTTP GET, then the core parser.
#include "app/fleet_settings.hpp"

#include "app/file_io.hpp"
#include "app/status_report.hpp"
#include "net/http_client.hpp"

#include <unistd.h>

#include <stdexcept>

namespace nownext::app {
namespace {

std::string read_fleet(const std::string& source) {
  if (!source.starts_with("http://") && !source.starts_with("https://")) {
    return read_file(source, max_fleet_bytes);
  }
  net::HttpOptions options;
  options.max_bytes = max_fleet_bytes;
  net::HttpClient client{options};
  const net::HttpResponse response = client.get({source, source.starts_with("https://"), {}, {}});
  if (response.error != net::ErrorKind::none) {
    throw std::runtime_error("fleet " + source + ": " +
                             std::string{net::to_string(response.error)} +
                             (response.error_detail.empty() ? "" : ": " + response.error_detail));
  }
  if (response.http_code != 200) {
    throw std::runtime_error("fleet " + source + ": HTTP " + std::to_string(response.http_code));
  }
  return response.body;
}

}  // namespace

std::string host_name() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0 || name[0] == '\0') return "localhost";
  return name;
}

namespace {

bool is_url(const std::string& source) {
  return source.starts_with("http://") || source.starts_with("https://");
}

core::Fleet parse_or_throw(const std::string& text, const std::string& source) {
  core::FleetResult result = core::parse_fleet(text);
  if (!result.fleet) {
    std::string message = "fleet " + source + ": invalid:";
    for (const auto& error : result.errors) message += "\n  " + error.to_string();
    throw std::runtime_error(message);
  }
  return std::move(*result.fleet);
}

core::FleetScreen pick(const core::Fleet& fleet, const std::string& source,
                       const std::string& screen) {
  if (auto entry = core::fleet_screen(fleet, screen)) return *entry;
  std::string screens;
  for (const auto& [id, entry] : fleet.screens) screens += (screens.empty() ? "" : ", ") + id;
  throw UnknownScreenError("fleet " + source + ": no screen '" + screen +
                               "'; screens: " + (screens.empty() ? "none" : screens),
                           {screen, source});
}

}  // namespace

core::FleetScreen load_fleet_screen(const std::string& source, const std::string& screen) {
  return pick(parse_or_throw(read_fleet(source), source), source, screen);
}

std::string read_kiosk_fleet(const std::string& source, const std::filesystem::path& saved,
                             std::vector<std::string>& warnings) {
  if (!is_url(source)) return read_fleet(source);
  std::string text;
  try {
    text = read_fleet(source);
  } catch (const std::runtime_error& e) {
    if (!std::filesystem::exists(saved)) throw;
    warnings.push_back(std::string{e.what()} + "; using the copy saved in " + saved.string());
    text = read_file(saved, max_fleet_bytes);
    (void)parse_or_throw(text, saved.string());
    return text;
  }
  (void)parse_or_throw(text, source);  // an invalid fleet replaces no good copy
  try {
    write_atomically(saved, text);
  } catch (const std::exception& e) {
    warnings.push_back("fleet: cannot keep a copy: " + std::string{e.what()});
  }
  return text;
}

core::FleetScreen fleet_screen_in(const std::string& text, const std::string& source,
                                  const std::string& screen) {
  return pick(parse_or_throw(text, source), source, screen);
}

void take_from_fleet(const std::optional<std::string>& source,
                     const std::optional<std::string>& screen, const ScreenChoice& choice) {
  if (source) take_from_fleet(load_fleet_screen(*source, screen.value_or(host_name())), choice);
}

void take_from_fleet(const core::FleetScreen& fleet, const ScreenChoice& choice) {
  if (!*choice.room && fleet.room) *choice.room = fleet.room;
  if (!*choice.layout && fleet.layout) *choice.layout = fleet.layout;
  if (!*choice.language && fleet.language) *choice.language = fleet.language;
  // "languages" alone: its first is the interface language, as in the configuration.
  if (!*choice.language && fleet.languages && !fleet.languages->empty()) {
    *choice.language = fleet.languages->front();
  }
}

}  // namespace nownext::app
