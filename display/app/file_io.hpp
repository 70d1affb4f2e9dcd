// Reading a whole file, bounded, with errors that say which file and why.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace nownext::app {

// The file's bytes. Throws std::runtime_error naming the path when it cannot be read or is
// larger than `max_bytes` (so a wrong path to a huge file does not fill memory).
[[nodiscard]] std::string read_file(const std::filesystem::path& path, std::size_t max_bytes);

}  // namespace nownext::app
