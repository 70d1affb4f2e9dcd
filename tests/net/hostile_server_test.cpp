// A server whose headers and answers would poison the fetcher's state: an oversized ETag, a
// refusal of the validators it sent itself, a 304 to a request that asked for nothing, and
// text meant to forge log lines. Real servers on loopback.
#include "net/feed_fetcher.hpp"
#include "net/fetch_fixture.hpp"
#include "net/test_server.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <memory>

using namespace nownext::net;
using namespace nownext::testing;
using namespace std::chrono_literals;

TEST_SUITE("hostile server") {
  TEST_CASE("an oversized ETag is neither sent back nor kept, so polling goes on") {
    TestServer server;
    server.on().Get("/feed.json", [](const httplib::Request& q, httplib::Response& r) {
      if (q.get_header_value("If-None-Match").size() > 8 * 1024) {
        r.status = 431;
        return;
      }
      r.set_header("ETag", "\"" + std::string(70 * 1024, 'e') + "\"");
      r.set_content(minimal_feed(), "application/json");
    });
    server.start();
    const TempDir state;
    CapturedLog log;
    {
      FeedFetcher fetcher(fast_config(server.url("/feed.json"), state.path()), log);
      for (int i = 0; i < 3; ++i) CHECK(fetcher.poll_once().error == ErrorKind::none);
    }
    FeedFetcher restarted(fast_config(server.url("/feed.json"), state.path()), log);
    CHECK(restarted.poll_once().error == ErrorKind::none);
    for (const std::string& sent : server.seen("If-None-Match")) CHECK(sent.empty());
  }

  TEST_CASE("an oversized ETag already in the cache is dropped when it loads") {
    const TempDir state;
    const FeedCache cache(state.path());
    REQUIRE_FALSE(cache.store(minimal_feed(), {}));
    REQUIRE_FALSE(write_file_atomically(state.path() / "feed.validators",
                                        "etag: \"" + std::string(70 * 1024, 'e') + "\"\n"));
    const CacheLoad loaded = cache.load(1 << 20);
    REQUIRE(loaded.feed);
    CHECK(loaded.feed->validators.etag.empty());
  }

  TEST_CASE("a 4xx answer to a conditional request is retried once without validators") {
    TestServer server;
    server.on().Get("/feed.json", [](const httplib::Request& q, httplib::Response& r) {
      if (q.has_header("If-None-Match")) {
        r.status = 400;
        return;
      }
      r.set_header("ETag", "\"v1\"");
      r.set_content(minimal_feed(), "application/json");
    });
    server.start();
    CapturedLog log;
    FeedFetcher fetcher(fast_config(server.url("/feed.json")), log);
    REQUIRE(fetcher.poll_once().agenda_replaced);
    const PollReport second = fetcher.poll_once();
    CHECK(second.error == ErrorKind::none);
    CHECK(second.http_code == 200);
    CHECK(second.not_modified);
    CHECK(server.requests() == 3);
    CHECK(server.seen("If-None-Match") == std::vector<std::string>{"", "\"v1\"", ""});
    CHECK_FALSE(fetcher.snapshot().status.failing());
  }

  TEST_CASE("a 304 to a request without validators confirms nothing") {
    auto requests = std::make_shared<std::atomic<int>>(0);
    TestServer server;
    server.on().Get("/feed.json", [requests](const httplib::Request&, httplib::Response& r) {
      if ((*requests)++ == 0) {
        r.set_content(minimal_feed(), "application/json");  // no ETag, no Last-Modified
      } else {
        r.status = 304;
      }
    });
    server.start();
    CapturedLog log;
    FeedFetcher fetcher(fast_config(server.url("/feed.json")), log);
    REQUIRE(fetcher.poll_once().agenda_replaced);
    const PollReport second = fetcher.poll_once();
    CHECK_FALSE(second.not_modified);
    CHECK(second.error == ErrorKind::http_status);
    CHECK(fetcher.snapshot().status.failing());
  }

  TEST_CASE("a bearer token with a line break is refused before any request") {
    FetchConfig config = fast_config("http://127.0.0.1:9/feed.json");
    for (const char* token : {"abc\r\nX-Injected: 1", "abc\n", "a\tb", "a\x7f"}) {
      config.http.bearer_token = token;
      CapturedLog log;
      CHECK_THROWS_AS(FeedFetcher(config, log), std::invalid_argument);
    }
  }

  TEST_CASE("a feed error with escape codes and a newline cannot forge a log line") {
    TestServer server;
    server.on().Get("/feed.json", [](const httplib::Request&, httplib::Response& r) {
      r.set_content(
          R"({"format": "nownext/1\u001b[2J\nnownext: feed x: ok again", "sessions": []})",
          "application/json");
    });
    server.start();
    CapturedLog log;
    FeedFetcher fetcher(fast_config(server.url("/feed.json")), log);
    CHECK(fetcher.poll_once().error == ErrorKind::invalid_feed);
    INFO(log.text());
    REQUIRE_FALSE(log.lines().empty());
    for (const std::string& line : log.lines()) {
      CHECK(line.find('\n') == std::string::npos);
      CHECK(line.find('\x1b') == std::string::npos);
      CHECK(line.size() <= 1100);
    }
  }

  TEST_CASE("a huge value in a feed error gives one short log line") {
    TestServer server;
    server.on().Get("/feed.json", [](const httplib::Request&, httplib::Response& r) {
      r.set_content(R"({"format": ")" + std::string(200 * 1024, 'k') + R"(", "sessions": []})",
                    "application/json");
    });
    server.start();
    CapturedLog log;
    FeedFetcher fetcher(fast_config(server.url("/feed.json")), log);
    CHECK(fetcher.poll_once().error == ErrorKind::invalid_feed);
    for (const std::string& line : log.lines()) CHECK(line.size() <= 1100);
  }
}
