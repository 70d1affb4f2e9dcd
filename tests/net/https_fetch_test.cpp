// HTTPS against a loopback server with certificates made at build time: an unknown issuer is
// rejected, the test CA given as the CA bundle is accepted, and https never falls back to http.
#include "net/feed_fetcher.hpp"
#include "net/fetch_fixture.hpp"
#include "net/test_server.hpp"

#include <doctest/doctest.h>

using namespace nownext::net;
using namespace nownext::testing;

namespace {

void serve_feed(TestServer& server) {
  server.on().Get("/feed.json", [](const httplib::Request&, httplib::Response& r) {
    r.set_content(minimal_feed(), "application/json");
  });
  server.start();
}

}  // namespace

TEST_SUITE("fetching over https") {
  TEST_CASE("a certificate from an issuer the system does not trust is rejected") {
    TestServer server(cert_dir() / "server.pem", cert_dir() / "server.key");
    serve_feed(server);
    CapturedLog log;
    FeedFetcher fetcher(fast_config(server.url("/feed.json")), log);
    const PollReport report = fetcher.poll_once();
    CHECK(report.error == ErrorKind::tls);
    CHECK_FALSE(fetcher.snapshot().agenda);
    CHECK(log.count("failing (TLS") == 1);
  }

  TEST_CASE("a self-signed certificate is rejected even with a custom CA bundle") {
    TestServer server(cert_dir() / "rogue.pem", cert_dir() / "rogue.key");
    serve_feed(server);
    CapturedLog log;
    FetchConfig config = fast_config(server.url("/feed.json"));
    config.http.ca_bundle = cert_dir() / "ca.pem";
    FeedFetcher fetcher(config, log);
    CHECK(fetcher.poll_once().error == ErrorKind::tls);
  }

  TEST_CASE("a certificate signed by the configured CA bundle is accepted") {
    TestServer server(cert_dir() / "server.pem", cert_dir() / "server.key");
    serve_feed(server);
    CapturedLog log;
    FetchConfig config = fast_config(server.url("/feed.json"));
    config.http.ca_bundle = cert_dir() / "ca.pem";
    FeedFetcher fetcher(config, log);
    const PollReport report = fetcher.poll_once();
    CHECK(report.error == ErrorKind::none);
    CHECK(report.http_code == 200);
    CHECK(report.agenda_replaced);
  }

  TEST_CASE("an https feed is not redirected to http") {
    TestServer plain;
    serve_feed(plain);
    TestServer server(cert_dir() / "server.pem", cert_dir() / "server.key");
    server.on().Get("/old", [&plain](const httplib::Request&, httplib::Response& r) {
      r.set_redirect(plain.url("/feed.json"));
    });
    server.start();
    CapturedLog log;
    FetchConfig config = fast_config(server.url("/old"));
    config.http.ca_bundle = cert_dir() / "ca.pem";
    FeedFetcher fetcher(config, log);
    CHECK(fetcher.poll_once().error == ErrorKind::refused_protocol);
    CHECK(plain.requests() == 0);
  }
}
