// Choosing the default state directory (systemd first, then FHS, then XDG).
#include "net/state_dir.hpp"

#include <unistd.h>

#include <cstdlib>

namespace nownext::net {

Environment process_environment() {
  return [](std::string_view name) -> std::optional<std::string> {
    const char* value = std::getenv(std::string(name).c_str());
    if (value == nullptr) return std::nullopt;
    return std::string(value);
  };
}

std::filesystem::path default_state_dir(const Environment& env,
                                        const std::filesystem::path& service_dir) {
  const auto non_empty = [&env](std::string_view name) -> std::optional<std::string> {
    auto value = env(name);
    if (value && value->empty()) return std::nullopt;
    return value;
  };
  if (const auto systemd = non_empty("STATE_DIRECTORY")) {
    return systemd->substr(0, systemd->find(':'));
  }
  std::error_code ignored;
  if (std::filesystem::is_directory(service_dir, ignored) &&
      ::access(service_dir.c_str(), W_OK) == 0) {
    return service_dir;
  }
  // The XDG base directory specification ignores relative paths.
  if (const auto xdg = non_empty("XDG_STATE_HOME"); xdg && xdg->front() == '/') {
    return std::filesystem::path(*xdg) / "nownext";
  }
  if (const auto home = non_empty("HOME")) {
    return std::filesystem::path(*home) / ".local/state/nownext";
  }
  return {};
}

}  // namespace nownext::net
