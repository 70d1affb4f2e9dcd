// Bounded reads of regular files. O_NONBLOCK makes open() return at once on a FIFO with no
// writer; fstat then refuses it, so nothing ever waits on a reader that does not exist.
#include "net/file_read.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace nownext::net {

UniqueFd::~UniqueFd() {
  if (fd_ >= 0) ::close(fd_);
}

bool UniqueFd::close() {
  return ::close(std::exchange(fd_, -1)) == 0;
}

FileRead read_regular_file(const std::filesystem::path& path, std::size_t max_bytes, Links links) {
  FileRead result;
  const auto fail = [&](const std::string& why) {
    result.problem = path.string() + ": " + why;
    return std::move(result);
  };
  const int flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | (links == Links::refuse ? O_NOFOLLOW : 0);
  const UniqueFd fd(::open(path.c_str(), flags));
  if (fd.get() < 0) {
    if (errno == ENOENT) {
      result.absent = true;
      return result;
    }
    if (errno == ELOOP && links == Links::refuse) return fail("is a symbolic link; not read");
    return fail(std::string{"cannot open: "} + std::strerror(errno));
  }
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0)
    return fail(std::string{"cannot read: "} + std::strerror(errno));
  if (!S_ISREG(info.st_mode)) return fail("is not a regular file; not read");
  const auto too_large = [&] {
    result.too_large = true;
    return fail("is larger than " + std::to_string(max_bytes) + " bytes");
  };
  if (static_cast<std::size_t>(info.st_size) > max_bytes) return too_large();
  std::string bytes(static_cast<std::size_t>(info.st_size), '\0');
  std::size_t filled = 0;
  char probe = 0;
  for (;;) {
    // One byte past the expected size tells whether the file grew since fstat.
    char* into = filled < bytes.size() ? bytes.data() + filled : &probe;
    const std::size_t want = filled < bytes.size() ? bytes.size() - filled : 1;
    const ssize_t got = ::read(fd.get(), into, want);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return fail(std::string{"cannot read: "} + std::strerror(errno));
    if (got == 0) break;
    if (into == &probe) {
      if (bytes.size() >= max_bytes) return too_large();
      bytes.push_back(probe);
      bytes.resize(std::min(max_bytes, bytes.size() * 2 + 4096));
    }
    filled += into == &probe ? 1 : static_cast<std::size_t>(got);
  }
  bytes.resize(filled);
  result.modified = std::chrono::system_clock::time_point{
      std::chrono::duration_cast<std::chrono::system_clock::duration>(
          std::chrono::seconds{info.st_mtim.tv_sec} +
          std::chrono::nanoseconds{info.st_mtim.tv_nsec})};
  result.bytes = std::move(bytes);
  return result;
}

}  // namespace nownext::net
