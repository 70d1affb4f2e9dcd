// Bounded whole-file reads.
#include "app/file_io.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace nownext::app {

std::string read_file(const std::filesystem::path& path, std::size_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error(path.string() + ": cannot open (" + std::strerror(errno) + ")");
  }
  std::string bytes;
  char buffer[64 * 1024];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > max_bytes) {
      throw std::runtime_error(path.string() + ": larger than " + std::to_string(max_bytes) +
                               " bytes");
    }
  }
  if (in.bad()) {
    throw std::runtime_error(path.string() + ": read error");
  }
  return bytes;
}

}  // namespace nownext::app
