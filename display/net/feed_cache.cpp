// Atomic replacement of small files with POSIX calls, and the cache's two files: the feed's
// bytes exactly as received, and its validators as "etag: ..." / "last-modified: ..." lines.
#include "net/feed_cache.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <utility>

namespace nownext::net {
namespace {

class UniqueFd {
 public:
  explicit UniqueFd(int fd) : fd_(fd) {}
  ~UniqueFd() {
    if (fd_ >= 0) ::close(fd_);
  }
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;
  [[nodiscard]] int get() const { return fd_; }
  // Closes now, reporting the error close() may carry for the data written.
  [[nodiscard]] bool close() { return ::close(std::exchange(fd_, -1)) == 0; }

 private:
  int fd_;
};

std::string failure(const char* step, const std::filesystem::path& path) {
  return std::string(step) + " " + path.string() + ": " + std::strerror(errno);
}

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

// Writes and syncs a new temporary file beside `target`, named in `temp_path`; nullopt on
// success, else the reason (the temporary file is then removed).
std::optional<std::string> write_temporary(const std::filesystem::path& target,
                                           std::string_view bytes, std::string& temp_path) {
  temp_path = target.string() + ".tmp-XXXXXX";
  UniqueFd fd(::mkstemp(temp_path.data()));
  if (fd.get() < 0) return failure("cannot create", temp_path);
  if (::fchmod(fd.get(), 0644) != 0 || !write_all(fd.get(), bytes) || ::fsync(fd.get()) != 0 ||
      !fd.close()) {
    std::string reason = failure("cannot write", temp_path);
    ::unlink(temp_path.c_str());
    return reason;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> write_file_atomically(const std::filesystem::path& target,
                                                 std::string_view bytes) {
  const std::filesystem::path dir = target.parent_path().empty() ? "." : target.parent_path();
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) return "cannot create " + dir.string() + ": " + error.message();
  std::string temp_path;
  if (auto reason = write_temporary(target, bytes, temp_path)) return reason;
  if (::rename(temp_path.c_str(), target.c_str()) != 0) {
    std::string reason = failure("cannot rename to", target);
    ::unlink(temp_path.c_str());
    return reason;
  }
  // The rename itself is durable only once the folder is synced.
  UniqueFd dir_fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dir_fd.get() < 0 || ::fsync(dir_fd.get()) != 0) return failure("cannot sync", dir);
  return std::nullopt;
}

FeedCache::FeedCache(std::filesystem::path dir)
    : feed_path_(dir / "feed.json"), validators_path_(dir / "feed.validators") {}

CacheLoad FeedCache::load(std::size_t max_bytes) const {
  CacheLoad result;
  struct stat info {};
  if (::stat(feed_path_.c_str(), &info) != 0) {
    if (errno != ENOENT) result.problem = failure("cannot read", feed_path_);
    return result;
  }
  if (static_cast<std::size_t>(info.st_size) > max_bytes) {
    result.problem =
        feed_path_.string() + " is larger than " + std::to_string(max_bytes) + " bytes";
    return result;
  }
  std::ifstream in(feed_path_, std::ios::binary);
  std::ostringstream bytes;
  if (!(in && bytes << in.rdbuf())) {
    result.problem = failure("cannot read", feed_path_);
    return result;
  }
  CachedFeed feed{bytes.str(), {}, {}};
  feed.written = std::chrono::system_clock::time_point{
      std::chrono::duration_cast<std::chrono::system_clock::duration>(
          std::chrono::seconds{info.st_mtim.tv_sec} +
          std::chrono::nanoseconds{info.st_mtim.tv_nsec})};
  std::ifstream validators(validators_path_);
  for (std::string line; std::getline(validators, line);) {
    if (line.starts_with("etag: ")) feed.validators.etag = line.substr(6);
    if (line.starts_with("last-modified: ")) feed.validators.last_modified = line.substr(15);
  }
  result.feed = std::move(feed);
  return result;
}

std::optional<std::string> FeedCache::store(std::string_view body,
                                            const Validators& validators) const {
  // The body first: a crash between the two writes leaves old validators beside a new body,
  // which costs one full download, never a 304 for a body we do not hold.
  if (auto reason = write_file_atomically(feed_path_, body)) return reason;
  return store_validators(validators);
}

std::optional<std::string> FeedCache::store_validators(const Validators& validators) const {
  std::string text;
  const auto add = [&text](std::string_view key, const std::string& value) {
    if (value.empty() || value.find_first_of("\r\n") != std::string::npos) return;
    text.append(key).append(value).append("\n");
  };
  add("etag: ", validators.etag);
  add("last-modified: ", validators.last_modified);
  return write_file_atomically(validators_path_, text);
}

}  // namespace nownext::net
