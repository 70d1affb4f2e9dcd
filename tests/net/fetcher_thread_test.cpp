// The fetcher on its worker thread, and the status over time with an injected clock.
#include "net/feed_fetcher.hpp"
#include "net/fetch_fixture.hpp"
#include "net/test_server.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>

using namespace nownext::net;
using namespace nownext::testing;
using namespace std::chrono_literals;

namespace {

// A wall clock and a monotonic clock the test moves by hand: together, as time passes, or the
// wall clock alone, as when it is set.
struct ManualClock {
  std::shared_ptr<std::atomic<std::chrono::system_clock::time_point>> now =
      std::make_shared<std::atomic<std::chrono::system_clock::time_point>>(
          std::chrono::system_clock::now());
  std::shared_ptr<std::atomic<std::chrono::steady_clock::time_point>> steady =
      std::make_shared<std::atomic<std::chrono::steady_clock::time_point>>(
          std::chrono::steady_clock::now());
  WallClock function() const {
    return [now = now] { return now->load(); };
  }
  MonotonicClock monotonic() const {
    return [steady = steady] { return steady->load(); };
  }
  void advance(std::chrono::seconds by) {
    now->store(now->load() + by);
    steady->store(steady->load() + by);
  }
  void set_wall(std::chrono::seconds by) { now->store(now->load() + by); }
};

}  // namespace

TEST_SUITE("fetcher thread and status") {
  TEST_CASE("the worker polls off the calling thread and wakes the caller with a result") {
    TestServer server;
    server.on().Get("/feed.json", [](const httplib::Request&, httplib::Response& r) {
      r.set_content(minimal_feed(), "application/json");
    });
    server.start();
    CapturedLog log;
    FeedFetcher fetcher(fast_config(server.url("/feed.json")), log);
    std::mutex mutex;
    std::condition_variable woken;
    int wakes = 0;
    fetcher.start([&] {
      const std::lock_guard lock(mutex);
      ++wakes;
      woken.notify_all();
    });
    {
      std::unique_lock lock(mutex);
      REQUIRE(woken.wait_for(lock, 10s, [&] { return wakes > 0; }));
    }
    fetcher.stop();
    CHECK(fetcher.snapshot().agenda);
    CHECK(server.requests() == 1);  // the next poll is 30 s away
  }

  TEST_CASE("stopping abandons a transfer in progress instead of waiting for its timeout") {
    const SilentServer server;
    CapturedLog log;
    FetchConfig config = fast_config(server.url("/feed.json"));
    config.http.total_timeout = 60s;
    config.http.low_speed_time = 60s;
    FeedFetcher fetcher(config, log);
    fetcher.start();
    std::this_thread::sleep_for(200ms);
    fetcher.stop();
    // A cancelled poll teaches nothing and is not recorded; a timed-out one would be.
    CHECK_FALSE(fetcher.snapshot().status.last_attempt);
    CHECK(log.lines().empty());
  }

  TEST_CASE("an agenda not confirmed for longer than the threshold is stale, once logged") {
    const TempDir state;
    const TempDir feeds;
    const auto feed = feeds.path() / "feed.json";
    REQUIRE_FALSE(write_file_atomically(feed, minimal_feed()));
    REQUIRE_FALSE(FeedCache(state.path()).store(minimal_feed(), {}));
    ManualClock clock;
    CapturedLog log;
    FetchConfig config = fast_config(feed.string(), state.path());
    config.stale_after = 900s;
    FeedFetcher fetcher(config, log, clock.function(), fixed_random(0.5), clock.monotonic());

    CHECK_FALSE(fetcher.snapshot().status.stale);  // the cache was written just now
    clock.advance(1000s);
    CHECK(fetcher.snapshot().status.stale);
    CHECK(*fetcher.snapshot().status.agenda_age(clock.now->load()) >= 1000s);

    CHECK(fetcher.poll_once().not_modified);  // confirmed: fresh again
    FeedSnapshot snapshot = fetcher.snapshot();
    CHECK_FALSE(snapshot.status.stale);
    CHECK(snapshot.status.last_success == clock.now->load());
    CHECK(snapshot.status.agenda_age(clock.now->load()) == 0s);

    std::filesystem::remove(feed);
    for (int i = 0; i < 3; ++i) {
      clock.advance(600s);
      CHECK(fetcher.poll_once().error == ErrorKind::unreadable_file);
    }
    snapshot = fetcher.snapshot();
    CHECK(snapshot.status.stale);
    CHECK(snapshot.status.last_success < snapshot.status.last_attempt);
    INFO(log.text());
    CHECK(log.count("the agenda is stale") == 1);
    CHECK(log.count("failing (unreadable file") == 1);
  }

  TEST_CASE("a cache received in the future is stale at once, and its age is not negative") {
    const TempDir state;
    ManualClock clock;
    REQUIRE_FALSE(FeedCache(state.path()).store(minimal_feed(), {}, clock.now->load() + 24h));
    CapturedLog log;
    const TempDir feeds;
    FeedFetcher fetcher(fast_config((feeds.path() / "feed.json").string(), state.path()), log,
                        clock.function(), fixed_random(0.5), clock.monotonic());
    const FeedSnapshot snapshot = fetcher.snapshot();
    REQUIRE(snapshot.agenda);
    CHECK(snapshot.status.stale);
    CHECK(snapshot.status.agenda_age(clock.now->load()) == 0s);
  }

  TEST_CASE("a cache's age counts from the receive time stored with it") {
    const TempDir state;
    ManualClock clock;
    REQUIRE_FALSE(FeedCache(state.path()).store(minimal_feed(), {}, clock.now->load() - 600s));
    CapturedLog log;
    FetchConfig config = fast_config("feed.json", state.path());
    config.stale_after = 900s;
    FeedFetcher fetcher(config, log, clock.function(), fixed_random(0.5), clock.monotonic());
    CHECK_FALSE(fetcher.snapshot().status.stale);
    clock.advance(301s);
    CHECK(fetcher.snapshot().status.stale);
  }

  TEST_CASE("setting the wall clock neither refreshes nor ages the agenda") {
    const TempDir feeds;
    const auto feed = feeds.path() / "feed.json";
    REQUIRE_FALSE(write_file_atomically(feed, minimal_feed()));
    ManualClock clock;
    CapturedLog log;
    FetchConfig config = fast_config(feed.string());
    config.stale_after = 900s;
    FeedFetcher fetcher(config, log, clock.function(), fixed_random(0.5), clock.monotonic());
    REQUIRE(fetcher.poll_once().agenda_replaced);
    clock.set_wall(-2h);  // set back: by the wall, the agenda is from the future
    clock.advance(1000s);
    CHECK(fetcher.snapshot().status.stale);
    REQUIRE(fetcher.poll_once().not_modified);
    clock.set_wall(72h);  // set forward: by the wall, days old
    clock.advance(10s);
    CHECK_FALSE(fetcher.snapshot().status.stale);
  }
}
