// The last good feed on disk, so that the screen shows an agenda at once after a restart.
// Writes are atomic (temporary file, fsync, rename, fsync of the folder): after a crash or
// kill -9 at any moment the file holds the old or the new feed, whole. POSIX file I/O only.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace nownext::net {

// The longest ETag or Last-Modified value kept and sent back. A server's longer value is
// dropped, so that one oversized header cannot make every later request fail.
inline constexpr std::size_t max_validator_bytes = 256;

// What the server said about the cached body, for the next conditional GET.
struct Validators {
  std::string etag;           // empty when the server sent none
  std::string last_modified;  // empty when the server sent none
  friend bool operator==(const Validators&, const Validators&) = default;
};

// `validators` without a value that is longer than max_validator_bytes or holds a control
// character (which would also break the header it goes into).
[[nodiscard]] Validators usable(Validators validators);

struct CachedFeed {
  std::string body;
  Validators validators;
  // When the body was received, as stored beside it; the feed file's modification time for a
  // cache written without it.
  std::chrono::system_clock::time_point received;
};

struct CacheLoad {
  std::optional<CachedFeed> feed;  // nullopt when there is none or it cannot be read
  std::string problem;             // why it cannot be read; empty when simply absent
};

// Replaces `target` with `bytes` atomically, creating its folder if needed. Returns nullopt on
// success, else the reason (e.g. "No space left on device"); a failed write leaves the old file.
[[nodiscard]] std::optional<std::string> write_file_atomically(const std::filesystem::path& target,
                                                               std::string_view bytes);

class FeedCache {
 public:
  // `dir` is the state directory; it is created on the first write.
  explicit FeedCache(std::filesystem::path dir);

  [[nodiscard]] const std::filesystem::path& feed_path() const { return feed_path_; }

  // Reads at most `max_bytes`. A longer file, a symbolic link, a FIFO, a device or anything
  // else than a regular file is refused as a problem, without blocking. Validators that are
  // not usable() are dropped.
  [[nodiscard]] CacheLoad load(std::size_t max_bytes) const;
  // Writes the body, then its validators and the time it was received. Returns nullopt on
  // success, else the reason, which names the cache file (never a temporary name), so that the
  // same fault gives the same text.
  [[nodiscard]] std::optional<std::string> store(
      std::string_view body, const Validators& validators,
      std::chrono::system_clock::time_point received = std::chrono::system_clock::now()) const;
  [[nodiscard]] std::optional<std::string> store_validators(
      const Validators& validators,
      std::chrono::system_clock::time_point received = std::chrono::system_clock::now()) const;
  // Removes the temporary files a write killed half-way left beside the cache files. Call at
  // start, before any write. Returns how many were removed.
  std::size_t remove_temporaries() const;

 private:
  std::filesystem::path feed_path_;
  std::filesystem::path validators_path_;
};

}  // namespace nownext::net
