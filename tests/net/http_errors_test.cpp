// A real server on loopback that misbehaves, one way per case. For each: the status says why,
// the last good agenda stays (in memory and on disk), nothing crashes and nothing hangs.
#include "net/feed_fetcher.hpp"
#include "net/fetch_fixture.hpp"
#include "net/test_server.hpp"
#include "support/test_files.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <memory>
#include <thread>

using namespace nownext::net;
using namespace nownext::testing;
using namespace std::chrono_literals;

namespace {

// Serves the good IDM feed on the first request to /feed.json, then as `then` says.
void serve_good_then(TestServer& server, httplib::Server::Handler then) {
  auto requests = std::make_shared<std::atomic<int>>(0);
  server.on().Get("/feed.json", [requests, then](const httplib::Request& q, httplib::Response& r) {
    if ((*requests)++ == 0) {
      r.set_content(idm2017_feed(), "application/json");
    } else {
      then(q, r);
    }
  });
  server.start();
}

// Polls `config.source` twice, the first time successfully; returns the second report after
// checking that the good agenda survived it.
PollReport second_poll(FetchConfig config) {
  TempDir state;
  config.state_dir = state.path();
  CapturedLog log;
  FeedFetcher fetcher(config, log);
  REQUIRE(fetcher.poll_once().agenda_replaced);
  const PollReport report = fetcher.poll_once();
  CAPTURE(report.error_detail);
  const FeedSnapshot snapshot = fetcher.snapshot();
  REQUIRE(snapshot.agenda);
  CHECK(snapshot.agenda->sessions().size() == 16);
  CHECK(snapshot.status.error == report.error);
  CHECK(snapshot.status.http_code == report.http_code);
  CHECK(snapshot.status.last_success);
  CHECK(snapshot.status.last_success < snapshot.status.last_attempt);
  CHECK(read_test_file(fetcher.cache_path()) == idm2017_feed());
  CHECK(log.count("failing (") == 1);
  return report;
}

PollReport good_then(httplib::Server::Handler then, FetchConfig config = fast_config("")) {
  TestServer server;
  serve_good_then(server, std::move(then));
  config.source = server.url("/feed.json");
  return second_poll(config);
}

// A fetcher whose agenda comes from the cache only; polls once.
PollReport cached_then_poll(const std::string& source, FetchConfig config = fast_config("")) {
  TempDir state;
  REQUIRE_FALSE(FeedCache(state.path()).store(idm2017_feed(), {}));
  config.source = source;
  config.state_dir = state.path();
  CapturedLog log;
  FeedFetcher fetcher(config, log);
  REQUIRE(fetcher.snapshot().agenda);
  const PollReport report = fetcher.poll_once();
  CAPTURE(report.error_detail);
  CHECK(fetcher.snapshot().agenda);
  CHECK(fetcher.snapshot().status.agenda_from_cache);
  CHECK(read_test_file(fetcher.cache_path()) == idm2017_feed());
  return report;
}

}  // namespace

TEST_SUITE("fetching from a misbehaving server") {
  TEST_CASE("404 and 500 are failures with their status code") {
    for (const int status : {404, 500}) {
      CAPTURE(status);
      const PollReport report = good_then([status](const auto&, httplib::Response& r) {
        r.status = status;
        r.set_content("<html>no</html>", "text/html");
      });
      CHECK(report.error == ErrorKind::http_status);
      CHECK(report.http_code == status);
      CHECK_FALSE(report.retry_after);
    }
  }

  TEST_CASE("503 and 429 with Retry-After delay the next poll at least that long") {
    for (const int status : {503, 429}) {
      CAPTURE(status);
      const PollReport report = good_then([status](const auto&, httplib::Response& r) {
        r.status = status;
        r.set_header("Retry-After", "120");
      });
      CHECK(report.error == ErrorKind::http_status);
      CHECK(report.http_code == status);
      CHECK(report.retry_after == 120s);
      CHECK(report.next_delay >= 120s);
    }
  }

  TEST_CASE("a refused connection is a connect failure") {
    const PollReport report = cached_then_poll("http://127.0.0.1:" + std::to_string(unused_port()));
    CHECK(report.error == ErrorKind::connect);
    CHECK(report.http_code == 0);
  }

  TEST_CASE("a server that never answers times out") {
    const SilentServer server;
    FetchConfig config = fast_config("");
    config.http.total_timeout = 800ms;
    const PollReport report = cached_then_poll(server.url("/feed.json"), config);
    CHECK(report.error == ErrorKind::timeout);
  }

  TEST_CASE("a server sending one byte a second is abandoned as stalled") {
    TestServer server;
    serve_good_then(server, [&server](const auto&, httplib::Response& r) {
      r.set_content_provider(1000, "application/json",
                             [&server](size_t offset, size_t, auto& sink) {
                               for (int i = 0; i < 10 && !server.stopping(); ++i)
                                 std::this_thread::sleep_for(100ms);
                               return !server.stopping() && offset < 20 && sink.write("{", 1);
                             });
    });
    FetchConfig config = fast_config(server.url("/feed.json"));
    config.http.total_timeout = 10s;  // so that only the stall detection can end it early
    const PollReport report = second_poll(config);
    CHECK(report.error == ErrorKind::timeout);
  }

  TEST_CASE("a body shorter than its Content-Length is truncated") {
    const PollReport report = good_then([](const auto&, httplib::Response& r) {
      r.set_content_provider(100'000, "application/json", [](size_t offset, size_t, auto& sink) {
        // Ten bytes, then the connection is dropped.
        return offset == 0 && sink.write("{\"format\":", 10);
      });
    });
    CHECK(report.error == ErrorKind::truncated);
  }

  TEST_CASE("a chunked body past the size cap is cut off while it arrives") {
    TestServer server;
    // Letters that do not compress much, in case the server compresses the stream.
    std::string chunk(16 * 1024, ' ');
    unsigned state = 1;
    for (char& c : chunk) c = static_cast<char>('a' + (state = state * 1103515245u + 12345u) % 26);
    serve_good_then(server, [&](const auto&, httplib::Response& r) {
      r.set_chunked_content_provider("application/json", [&](size_t offset, auto& sink) {
        if (server.stopping()) return false;
        // Far past the 256 KiB cap, but bounded in case the client kept reading.
        if (offset >= 64 * chunk.size()) {
          sink.done();
          return true;
        }
        return sink.write(chunk.data(), chunk.size());
      });
    });
    const PollReport report = second_poll(fast_config(server.url("/feed.json")));
    CHECK(report.error == ErrorKind::too_large);
  }

  TEST_CASE("a body announced past the size cap is refused") {
    const PollReport report = good_then([](const auto&, httplib::Response& r) {
      r.set_content(std::string(300 * 1024, ' '), "application/json");
    });
    CHECK(report.error == ErrorKind::too_large);
  }

  TEST_CASE("invalid JSON, invalid UTF-8 and a feed failing validation keep the last good agenda") {
    const std::string bad_utf8 = [] {
      std::string feed = idm2017_feed();
      const auto at = feed.find("Enregistrement");
      REQUIRE(at != std::string::npos);
      return feed.replace(at, 3, "\xC3\x28");
    }();
    const std::string invalid = read_test_file(source_path("tests/data/invalid/no-event.json"));
    for (const std::string& body :
         {std::string("{\"format\": \"nownext/1\", "), bad_utf8, invalid}) {
      CAPTURE(body.substr(0, 40));
      const PollReport report = good_then(
          [body](const auto&, httplib::Response& r) { r.set_content(body, "application/json"); });
      CHECK(report.error == ErrorKind::invalid_feed);
      CHECK(report.http_code == 200);
      CHECK_FALSE(report.feed_errors.empty());
      CHECK_FALSE(report.cache_written);
    }
  }

  TEST_CASE("a redirect loop ends after a few redirects") {
    TestServer server;
    serve_good_then(server, [](const auto&, httplib::Response& r) { r.set_redirect("/loop"); });
    server.on().Get("/loop", [](const auto&, httplib::Response& r) { r.set_redirect("/loop"); });
    const PollReport report = second_poll(fast_config(server.url("/feed.json")));
    CHECK(report.error == ErrorKind::too_many_redirects);
    CHECK(server.requests() == 2 + 3);  // the good poll, then the feed and three redirects
  }

  TEST_CASE("a redirect to file:// is refused") {
    const PollReport report = good_then(
        [](const auto&, httplib::Response& r) { r.set_redirect("file:///etc/hostname"); });
    CHECK(report.error == ErrorKind::refused_protocol);
  }
}
