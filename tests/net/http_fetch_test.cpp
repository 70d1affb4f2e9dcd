// Fetching from a real HTTP server on loopback: the happy path, conditional GET, agenda
// updates and their log lines, redirects, and the bearer token.
#include "net/feed_fetcher.hpp"
#include "net/fetch_fixture.hpp"
#include "net/test_server.hpp"
#include "support/test_files.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <memory>

using namespace nownext::net;
using namespace nownext::testing;

namespace {

std::string replaced(std::string text, std::string_view from, std::string_view to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// /feed.json answers `body` with the ETag "v1" (and `last_modified`, if any), and 304 to a GET
// that already has that ETag.
void serve_with_etag(TestServer& server, const std::string& body, std::string last_modified) {
  server.on().Get("/feed.json", [body, last_modified](const httplib::Request& request,
                                                      httplib::Response& response) {
    if (request.get_header_value("If-None-Match") == "\"v1\"") {
      response.status = 304;
      return;
    }
    response.set_header("ETag", "\"v1\"");
    if (!last_modified.empty()) response.set_header("Last-Modified", last_modified);
    response.set_content(body, "application/json");
  });
}

}  // namespace

TEST_SUITE("fetching over http") {
  TEST_CASE("a 200 with an ETag loads the agenda, then a 304 keeps it at almost no cost") {
    TestServer server;
    serve_with_etag(server, idm2017_feed(), "Tue, 18 Jul 2017 07:00:00 GMT");
    server.start();
    TempDir state;
    CapturedLog log;
    FeedFetcher fetcher(fast_config(server.url("/feed.json"), state.path()), log);

    const PollReport first = fetcher.poll_once();
    CHECK(first.http_code == 200);
    CHECK(first.error == ErrorKind::none);
    CHECK(first.bytes == idm2017_feed().size());
    CHECK(first.agenda_replaced);
    CHECK(first.cache_written);
    CHECK(read_test_file(fetcher.cache_path()) == idm2017_feed());

    const PollReport second = fetcher.poll_once();
    CHECK(second.http_code == 304);
    CHECK(second.not_modified);
    CHECK(second.bytes == 0);
    CHECK_FALSE(second.agenda_replaced);
    CHECK_FALSE(second.cache_written);

    const FeedSnapshot snapshot = fetcher.snapshot();
    REQUIRE(snapshot.agenda);
    CHECK(snapshot.agenda->sessions().size() == 16);
    CHECK(snapshot.status.etag == "\"v1\"");
    CHECK(snapshot.status.http_code == 304);
    CHECK_FALSE(snapshot.status.failing());
    CHECK(server.seen("If-None-Match") == std::vector<std::string>{"", "\"v1\""});
    CHECK(server.seen("If-Modified-Since") ==
          std::vector<std::string>{"", "Tue, 18 Jul 2017 07:00:00 GMT"});
    INFO(log.text());
    CHECK(log.lines().size() == 2);  // agenda loaded, feed ok: nothing for the 304
  }

  TEST_CASE("after a restart the cached feed shows at once and its ETag makes the next GET a 304") {
    TestServer server;
    serve_with_etag(server, minimal_feed(), "");
    server.start();
    TempDir state;
    CapturedLog log;
    {
      FeedFetcher first_run(fast_config(server.url("/feed.json"), state.path()), log);
      REQUIRE(first_run.poll_once().agenda_replaced);
    }
    FeedFetcher second_run(fast_config(server.url("/feed.json"), state.path()), log);
    const FeedSnapshot at_start = second_run.snapshot();
    REQUIRE(at_start.agenda);
    CHECK(at_start.status.agenda_from_cache);
    CHECK(at_start.status.etag == "\"v1\"");
    CHECK_FALSE(at_start.status.last_attempt);
    const PollReport report = second_run.poll_once();
    CHECK(report.not_modified);
    CHECK_FALSE(second_run.snapshot().status.agenda_from_cache);
  }

  TEST_CASE("a changed feed replaces the agenda and one log line counts what changed") {
    const std::string changed =
        replaced(replaced(idm2017_feed(), "\"fr\": \"Enregistrement\"", "\"fr\": \"Accueil\""),
                 "\"id\": \"d1-scene-setting\"", "\"id\": \"d1-scene\"");
    auto requests = std::make_shared<std::atomic<int>>(0);
    TestServer server;
    server.on().Get("/feed.json", [&, requests](const httplib::Request&, httplib::Response& r) {
      r.set_content((*requests)++ == 0 ? idm2017_feed() : changed, "application/json");
    });
    server.start();
    CapturedLog log;
    FeedFetcher fetcher(fast_config(server.url("/feed.json")), log);
    REQUIRE(fetcher.poll_once().agenda_replaced);
    const PollReport report = fetcher.poll_once();
    CHECK(report.agenda_replaced);
    CHECK(fetcher.snapshot().agenda->find_session("d1-scene"));
    INFO(log.text());
    CHECK(log.count("agenda updated (1 added (d1-scene), 1 removed (d1-scene-setting), 1 changed "
                    "(d1-registration: title); 16 sessions)") == 1);
    fetcher.poll_once();  // the same bytes again: nothing to say
    CHECK(log.count("agenda updated") == 1);
  }

  TEST_CASE("many failures log one line when the feed fails and one when it recovers") {
    auto requests = std::make_shared<std::atomic<int>>(0);
    TestServer server;
    server.on().Get("/feed.json", [requests](const httplib::Request&, httplib::Response& r) {
      const int n = (*requests)++;
      if (n == 0 || n == 4) {
        r.set_content(idm2017_feed(), "application/json");
      } else {
        r.status = 500;
        r.set_content("<html>oops</html>", "text/html");
      }
    });
    server.start();
    CapturedLog log;
    FeedFetcher fetcher(fast_config(server.url("/feed.json")), log, std::chrono::system_clock::now,
                        fixed_random(0.5));
    for (int i = 0; i < 5; ++i) fetcher.poll_once();
    INFO(log.text());
    CHECK(log.count("failing (HTTP status: HTTP 500)") == 1);
    CHECK(log.count("ok again after 3 failed attempts") == 1);
    CHECK(log.lines().size() == 4);  // loaded, ok, failing, ok again
  }

  TEST_CASE("a redirect within the limit is followed") {
    TestServer server;
    server.on().Get("/old", [&](const httplib::Request&, httplib::Response& r) {
      r.set_redirect(server.url("/feed.json"));
    });
    server.on().Get("/feed.json", [](const httplib::Request&, httplib::Response& r) {
      r.set_content(minimal_feed(), "application/json");
    });
    server.start();
    CapturedLog log;
    FeedFetcher fetcher(fast_config(server.url("/old")), log);
    const PollReport report = fetcher.poll_once();
    CHECK(report.http_code == 200);
    CHECK(report.agenda_replaced);
  }

  TEST_CASE("the bearer token goes to the feed's host only and never into the log") {
    TestServer elsewhere;
    elsewhere.on().Get("/feed.json", [](const httplib::Request&, httplib::Response& r) {
      r.set_content(minimal_feed(), "application/json");
    });
    elsewhere.start();
    TestServer feed_host;
    feed_host.on().Get("/feed.json", [&](const httplib::Request& request, httplib::Response& r) {
      if (request.get_header_value("Authorization") != "Bearer s3cr3t-t0ken") {
        r.status = 401;
        return;
      }
      r.set_redirect(elsewhere.url("/feed.json"));
    });
    feed_host.start();
    CapturedLog log;
    FetchConfig config = fast_config(feed_host.url("/feed.json?key=query-s3cr3t"));
    config.http.bearer_token = "s3cr3t-t0ken";
    FeedFetcher fetcher(config, log);
    const PollReport report = fetcher.poll_once();
    CHECK(report.agenda_replaced);
    CHECK(feed_host.seen("Authorization") == std::vector<std::string>{"Bearer s3cr3t-t0ken"});
    CHECK(elsewhere.seen("Authorization") == std::vector<std::string>{""});
    INFO(log.text());
    CHECK(log.text().find("s3cr3t") == std::string::npos);
    CHECK(fetcher.snapshot().status.error_detail.find("s3cr3t") == std::string::npos);
  }

  TEST_CASE("a local file is a source too, and the same bytes again count as not modified") {
    TempDir dir;
    const auto feed = dir.path() / "feed.json";
    REQUIRE_FALSE(write_file_atomically(feed, minimal_feed()));
    CapturedLog log;
    FeedFetcher fetcher(fast_config(feed.string()), log);
    CHECK(fetcher.poll_once().agenda_replaced);
    CHECK(fetcher.poll_once().not_modified);
    std::filesystem::remove(feed);
    const PollReport missing = fetcher.poll_once();
    CHECK(missing.error == ErrorKind::unreadable_file);
    CHECK(fetcher.snapshot().agenda);
  }
}
