// Test data access; the source tree's path comes from the build (NOWNEXT_SOURCE_DIR).
#include "support/test_files.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace nownext::testing {

std::filesystem::path source_path(const std::string& relative) {
  return std::filesystem::path{NOWNEXT_SOURCE_DIR} / relative;
}

std::string read_test_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read test file " + path.string());
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace nownext::testing
