// What may lie where the cache or a feed file should be: a FIFO, a link to a device, the
// leftovers of killed writes, a disk that fills up. The fetcher never blocks, never reads
// without bound, cleans up after itself and logs a fault once.
#include "net/feed_fetcher.hpp"
#include "net/fetch_fixture.hpp"
#include "net/file_read.hpp"

#include <doctest/doctest.h>

#include <sys/resource.h>
#include <sys/stat.h>

#include <csignal>
#include <fstream>

using namespace nownext::net;
using namespace nownext::testing;

namespace {

void touch(const std::filesystem::path& path, std::size_t bytes) {
  std::ofstream(path, std::ios::binary) << std::string(bytes, 'x');
}

// Files larger than `bytes` cannot be written while it lives, as on a full disk.
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    ::getrlimit(RLIMIT_FSIZE, &saved_);
    previous_ = std::signal(SIGXFSZ, SIG_IGN);  // EFBIG instead of the signal
    rlimit limit = saved_;
    limit.rlim_cur = bytes;
    ::setrlimit(RLIMIT_FSIZE, &limit);
  }
  ~FileSizeLimit() {
    ::setrlimit(RLIMIT_FSIZE, &saved_);
    std::signal(SIGXFSZ, previous_);
  }
  FileSizeLimit(const FileSizeLimit&) = delete;
  FileSizeLimit& operator=(const FileSizeLimit&) = delete;

 private:
  rlimit saved_{};
  void (*previous_)(int) = nullptr;
};

}  // namespace

TEST_SUITE("cache and feed files") {
  TEST_CASE("a FIFO where the cache is does not block the start, and is reported") {
    const TempDir state;
    REQUIRE(::mkfifo((state.path() / "feed.json").c_str(), 0644) == 0);
    CapturedLog log;
    const FeedFetcher fetcher(fast_config("feed.json", state.path()), log);
    CHECK_FALSE(fetcher.snapshot().agenda);
    INFO(log.text());
    CHECK(log.count("is not a regular file") == 1);
  }

  TEST_CASE("a cache that is a symbolic link, even to /dev/zero, is not read") {
    const TempDir state;
    std::filesystem::create_symlink("/dev/zero", state.path() / "feed.json");
    const FileRead read = read_regular_file(state.path() / "feed.json", 1 << 20, Links::refuse);
    CHECK_FALSE(read.bytes);
    CHECK(read.problem.find("symbolic link") != std::string::npos);
    CapturedLog log;
    const FeedFetcher fetcher(fast_config("feed.json", state.path()), log);
    CHECK_FALSE(fetcher.snapshot().agenda);
  }

  TEST_CASE("a feed file that is a FIFO or a device is refused at once") {
    const TempDir dir;
    const auto fifo = dir.path() / "feed.json";
    REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
    for (const std::filesystem::path& source : {fifo, std::filesystem::path{"/dev/zero"}}) {
      CapturedLog log;
      FeedFetcher fetcher(fast_config(source.string()), log);
      const PollReport report = fetcher.poll_once();
      CHECK(report.error == ErrorKind::unreadable_file);
      CHECK(report.error_detail.find("not a regular file") != std::string::npos);
    }
  }

  TEST_CASE("a file that grows past the cap while read is refused") {
    const TempDir dir;
    touch(dir.path() / "big", 5000);
    const FileRead read = read_regular_file(dir.path() / "big", 4096, Links::follow);
    CHECK_FALSE(read.bytes);
    CHECK(read.too_large);
    const FileRead whole = read_regular_file(dir.path() / "big", 5000, Links::follow);
    REQUIRE(whole.bytes);
    CHECK(whole.bytes->size() == 5000);
  }

  TEST_CASE("temporary files left by killed writes are removed at start, and only those") {
    const TempDir state;
    touch(state.path() / "feed.json.tmp-a1B2c3", 1000);
    touch(state.path() / "feed.validators.tmp-Zz9xY8", 10);
    touch(state.path() / "feed.json.tmp-not-from-mkstemp", 10);
    touch(state.path() / "notes.txt.tmp-a1B2c3", 10);
    CapturedLog log;
    const FeedFetcher fetcher(fast_config("feed.json", state.path()), log);
    CHECK_FALSE(std::filesystem::exists(state.path() / "feed.json.tmp-a1B2c3"));
    CHECK_FALSE(std::filesystem::exists(state.path() / "feed.validators.tmp-Zz9xY8"));
    CHECK(std::filesystem::exists(state.path() / "feed.json.tmp-not-from-mkstemp"));
    CHECK(std::filesystem::exists(state.path() / "notes.txt.tmp-a1B2c3"));
    CHECK(log.count("removed 2 unfinished temporary files") == 1);
  }

  TEST_CASE("a full disk is logged once while it stays full, and once when it recovers") {
    const TempDir state;
    const TempDir feeds;
    const auto feed = feeds.path() / "feed.json";
    const std::string bodies[] = {minimal_feed(), complete_feed(), idm2017_feed(),
                                  minimal_feed() + "\n", complete_feed() + "\n"};
    for (std::size_t i = 0; i < std::size(bodies); ++i) {
      REQUIRE_FALSE(write_file_atomically(feeds.path() / std::to_string(i), bodies[i]));
    }
    const auto serve = [&](std::size_t i) {
      std::filesystem::rename(feeds.path() / std::to_string(i), feed);  // writes no data
    };
    CapturedLog log;
    FeedFetcher fetcher(fast_config(feed.string(), state.path()), log);
    serve(0);
    REQUIRE(fetcher.poll_once().cache_written);
    {
      const FileSizeLimit full(64);
      for (std::size_t i = 1; i <= 3; ++i) {
        serve(i);
        const PollReport report = fetcher.poll_once();
        CHECK(report.agenda_replaced);
        CHECK_FALSE(report.cache_written);
      }
    }
    serve(4);
    CHECK(fetcher.poll_once().cache_written);
    INFO(log.text());
    CHECK(log.count("cache: not saved") == 1);
    CHECK(log.count("saving works again") == 1);
  }
}
