// Paths and file reading for tests: the project's bundled data.
#pragma once

#include <filesystem>
#include <string>

namespace nownext::testing {

// A path inside the source tree, e.g. source_path("feeds/idm2017.json").
[[nodiscard]] std::filesystem::path source_path(const std::string& relative);
// The whole file; throws std::runtime_error naming the path when it cannot be read.
[[nodiscard]] std::string read_test_file(const std::filesystem::path& path);

}  // namespace nownext::testing
