// Where the last good feed is kept between runs when the configuration does not say: the
// service's state directory, else the user's. Reads the environment only through the caller.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace nownext::net {

// The value of an environment variable, or nullopt when it is not set.
using Environment = std::function<std::optional<std::string>(std::string_view name)>;
// std::getenv; getenv races with setenv, so call it before threads start.
[[nodiscard]] Environment process_environment();

// In order: $STATE_DIRECTORY (set by systemd's StateDirectory=; the first entry of the list),
// `service_dir` when it exists and is writable, $XDG_STATE_HOME/nownext, ~/.local/state/nownext.
// Empty when none applies (no HOME): the cache is then off.
[[nodiscard]] std::filesystem::path default_state_dir(
    const Environment& env, const std::filesystem::path& service_dir = "/var/lib/nownext");

}  // namespace nownext::net
