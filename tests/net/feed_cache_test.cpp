// The cache on disk: round trip, validators, a disk that refuses writes, and kill -9 in the
// middle of writes (a real child process).
#include "net/feed_cache.hpp"
#include "net/feed_fetcher.hpp"
#include "net/fetch_fixture.hpp"
#include "support/test_files.hpp"

#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <thread>

using namespace nownext::net;
using namespace nownext::testing;

TEST_SUITE("feed cache") {
  TEST_CASE("a stored feed and its validators load back, with the time it was written") {
    const TempDir dir;
    const FeedCache cache(dir.path() / "sub" / "dir");
    CHECK_FALSE(cache.load(1 << 20).feed);
    CHECK(cache.load(1 << 20).problem.empty());
    const auto before = std::chrono::system_clock::now() - std::chrono::seconds(2);
    REQUIRE_FALSE(cache.store(minimal_feed(), {"\"abc\"", "Tue, 18 Jul 2017 07:00:00 GMT"}));
    const CacheLoad loaded = cache.load(1 << 20);
    REQUIRE(loaded.feed);
    CHECK(loaded.feed->body == minimal_feed());
    CHECK(loaded.feed->validators == Validators{"\"abc\"", "Tue, 18 Jul 2017 07:00:00 GMT"});
    CHECK(loaded.feed->received > before);
    REQUIRE_FALSE(cache.store_validators({}));
    CHECK(cache.load(1 << 20).feed->validators == Validators{});
  }

  TEST_CASE("a cached file larger than the cap is not loaded") {
    const TempDir dir;
    const FeedCache cache(dir.path());
    REQUIRE_FALSE(cache.store(idm2017_feed(), {}));
    const CacheLoad loaded = cache.load(100);
    CHECK_FALSE(loaded.feed);
    CHECK(loaded.problem.find("larger than 100 bytes") != std::string::npos);
  }

  TEST_CASE("a cache that is not a valid feed is ignored and logged") {
    const TempDir dir;
    REQUIRE_FALSE(write_file_atomically(dir.path() / "feed.json", "{\"format\": 1}"));
    CapturedLog log;
    const FeedFetcher fetcher(fast_config("feed.json", dir.path()), log);
    CHECK_FALSE(fetcher.snapshot().agenda);
    CHECK(log.count("is not a valid feed; ignored") == 1);
  }

  TEST_CASE("a cache that cannot be written is logged once and the agenda still updates") {
    const TempDir dir;
    const auto not_a_dir = dir.path() / "file";
    std::ofstream(not_a_dir) << "x";
    const auto feed = dir.path() / "feed.json";
    CapturedLog log;
    FeedFetcher fetcher(fast_config(feed.string(), not_a_dir / "state"), log);
    for (const std::string* body : {&minimal_feed(), &complete_feed(), &idm2017_feed()}) {
      REQUIRE_FALSE(write_file_atomically(feed, *body));
      const PollReport report = fetcher.poll_once();
      CHECK(report.agenda_replaced);
      CHECK_FALSE(report.cache_written);
      CHECK_FALSE(report.cache_problem.empty());
    }
    CHECK(fetcher.snapshot().agenda->sessions().size() == 16);
    INFO(log.text());
    CHECK(log.count("cache: not saved") == 1);
  }

  TEST_CASE("a write killed at any moment leaves the old or the new feed, whole") {
    const TempDir dir;
    const auto target = dir.path() / "feed.json";
    const std::string& first = idm2017_feed();
    const std::string& second = complete_feed();
    REQUIRE_FALSE(write_file_atomically(target, first));
    bool saw_second = false;
    for (int round = 0; round < 12; ++round) {
      const pid_t child = ::fork();
      REQUIRE(child >= 0);
      if (child == 0) {
        // Rewrites alternately until killed (bounded, in case the parent died first).
        for (int i = 0; i < 100'000; ++i)
          (void)write_file_atomically(target, i % 2 ? first : second);
        ::_exit(0);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20 + 7 * round));
      ::kill(child, SIGKILL);
      int status = 0;
      REQUIRE(::waitpid(child, &status, 0) == child);
      CHECK(WIFSIGNALED(status));
      const std::string now = read_test_file(target);
      CHECK((now == first || now == second));
      saw_second = saw_second || now == second;
    }
    CHECK(saw_second);  // the child did write
  }
}
