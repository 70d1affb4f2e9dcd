// Atomic replacement of small files with POSIX calls, and the cache's two files: the feed's
// bytes exactly as received, and its validators as "etag: ..." / "last-modified: ..." lines.
#include "net/feed_cache.hpp"

#include "net/file_read.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <string_view>
#include <utility>

namespace nownext::net {
namespace {

constexpr const char* temporary_suffix = ".tmp-";
constexpr std::size_t max_validators_file_bytes = 4096;

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
  temp_path = target.string() + temporary_suffix + "XXXXXX";
  UniqueFd fd(::mkstemp(temp_path.data()));
  // The reasons name the target: a random temporary name would make each failure look new.
  if (fd.get() < 0) return failure("cannot create a temporary file for", target);
  if (::fchmod(fd.get(), 0644) != 0 || !write_all(fd.get(), bytes) || ::fsync(fd.get()) != 0 ||
      !fd.close()) {
    std::string reason = failure("cannot write", target);
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
  FileRead body = read_regular_file(feed_path_, max_bytes, Links::refuse);
  result.problem = std::move(body.problem);
  if (!body.bytes) return result;
  CachedFeed feed{std::move(*body.bytes), {}, body.modified};
  FileRead lines = read_regular_file(validators_path_, max_validators_file_bytes, Links::refuse);
  std::string_view text = lines.bytes ? std::string_view{*lines.bytes} : std::string_view{};
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    const std::string_view line = text.substr(0, end);
    text.remove_prefix(std::min(end + 1, text.size()));
    const auto value = [&](std::string_view key) {
      return line.starts_with(key) ? std::optional{line.substr(key.size())} : std::nullopt;
    };
    if (const auto etag = value("etag: ")) feed.validators.etag = *etag;
    if (const auto modified = value("last-modified: ")) feed.validators.last_modified = *modified;
    if (const auto received = value("received: ")) {
      long long seconds = 0;
      const auto [end_of_number, error] =
          std::from_chars(received->data(), received->data() + received->size(), seconds);
      if (error == std::errc{} && end_of_number == received->data() + received->size()) {
        feed.received = std::chrono::system_clock::time_point{std::chrono::seconds{seconds}};
      }
    }
  }
  feed.validators = usable(std::move(feed.validators));
  result.feed = std::move(feed);
  return result;
}

std::optional<std::string> FeedCache::store(std::string_view body, const Validators& validators,
                                            std::chrono::system_clock::time_point received) const {
  // The body first: a crash between the two writes leaves old validators beside a new body,
  // which costs one full download, never a 304 for a body we do not hold.
  if (auto reason = write_file_atomically(feed_path_, body)) return reason;
  return store_validators(validators, received);
}

std::optional<std::string> FeedCache::store_validators(
    const Validators& validators, std::chrono::system_clock::time_point received) const {
  const Validators kept = usable(validators);
  std::string text;
  const auto add = [&text](std::string_view key, const std::string& value) {
    if (!value.empty()) text.append(key).append(value).append("\n");
  };
  add("etag: ", kept.etag);
  add("last-modified: ", kept.last_modified);
  const auto seconds = std::chrono::floor<std::chrono::seconds>(received).time_since_epoch();
  add("received: ", std::to_string(seconds.count()));
  return write_file_atomically(validators_path_, text);
}

std::size_t FeedCache::remove_temporaries() const {
  std::size_t removed = 0;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(feed_path_.parent_path(), error)) {
    const std::string name = entry.path().filename().string();
    for (const auto& stem :
         {feed_path_.filename().string(), validators_path_.filename().string()}) {
      const std::string prefix = stem + std::string{temporary_suffix};
      // mkstemp's six characters after the prefix, and nothing else.
      if (name.size() == prefix.size() + 6 && name.starts_with(prefix) &&
          entry.is_regular_file(error) && std::filesystem::remove(entry.path(), error)) {
        ++removed;
      }
    }
  }
  return removed;
}

Validators usable(Validators validators) {
  const auto keep = [](std::string& value) {
    const bool control = std::any_of(value.begin(), value.end(), [](char c) {
      const auto byte = static_cast<unsigned char>(c);
      return byte < 0x20 || byte == 0x7F;
    });
    if (control || value.size() > max_validator_bytes) value.clear();
  };
  keep(validators.etag);
  keep(validators.last_modified);
  return validators;
}

}  // namespace nownext::net
