// Reading a file the program does not trust to be a plain file: never blocks on a FIFO or a
// device, never reads more than a cap, optionally refuses a symbolic link. POSIX calls only.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>

namespace nownext::net {

// One open file descriptor, closed on destruction.
class UniqueFd {
 public:
  explicit UniqueFd(int fd) : fd_(fd) {}
  ~UniqueFd();
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;
  [[nodiscard]] int get() const { return fd_; }
  // Closes now, reporting the error close() may carry for the data written.
  [[nodiscard]] bool close();

 private:
  int fd_;
};

enum class Links { follow, refuse };

struct FileRead {
  std::optional<std::string> bytes;  // the whole file; nullopt when absent or refused
  bool absent = false;               // no such file (not a problem for a cache)
  bool too_large = false;
  std::chrono::system_clock::time_point modified;  // the file's modification time, when read
  std::string problem;  // why it was refused or could not be read; empty when read or absent
};

// Opens `path` with O_NONBLOCK (and O_NOFOLLOW for Links::refuse), refuses anything but a
// regular file, and reads at most `max_bytes`: a larger file, or one that grows past the cap
// while read, is refused. The problem names the path.
[[nodiscard]] FileRead read_regular_file(const std::filesystem::path& path, std::size_t max_bytes,
                                         Links links);

}  // namespace nownext::net
