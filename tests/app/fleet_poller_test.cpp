// The kiosk's fleet file, polled like its feed: conditional GETs against a real server on
// loopback, a change taken once and kept in the state directory, a broken fleet or a failing
// server leaving the fleet in use, and a fleet file read again.
#include "app/fleet_poller.hpp"
#include "net/fetch_fixture.hpp"
#include "net/test_server.hpp"
#include "support/test_files.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <memory>
#include <mutex>

using namespace nownext;
using namespace nownext::testing;

namespace {

const std::string fleet_v1 =
    R"({"format": "nownext-fleet/1", "screens": {"door-a": {"room": "salle-xviii"}}})";
const std::string fleet_v2 =
    R"({"format": "nownext-fleet/1", "screens": {"door-a": {"room": "salle-xix"}}})";

// /fleet.json answers its current body with an ETag naming its version, and 304 to a GET that
// already has that ETag; or a status of its own.
class FleetServer {
 public:
  FleetServer() {
    server_.on().Get("/fleet.json",
                     [this](const httplib::Request& request, httplib::Response& response) {
                       const std::lock_guard lock(mutex_);
                       if (status_ != 200) {
                         response.status = status_;
                         return;
                       }
                       const std::string etag = "\"v" + std::to_string(version_) + "\"";
                       if (request.get_header_value("If-None-Match") == etag) {
                         response.status = 304;
                         return;
                       }
                       response.set_header("ETag", etag);
                       response.set_content(body_, "application/json");
                     });
    server_.start();
  }
  void serve(std::string body) {
    const std::lock_guard lock(mutex_);
    body_ = std::move(body);
    ++version_;
    status_ = 200;
  }
  void fail(int status) {
    const std::lock_guard lock(mutex_);
    status_ = status;
  }
  [[nodiscard]] std::string url() const { return server_.url("/fleet.json"); }
  [[nodiscard]] std::vector<std::string> seen(const std::string& header) const {
    return server_.seen(header);
  }

 private:
  TestServer server_;
  std::mutex mutex_;
  std::string body_;
  int version_ = 0;
  int status_ = 200;
};

app::FleetPollConfig poll_config(std::string source, std::string held,
                                 std::filesystem::path saved = {}) {
  const net::FetchConfig fast = fast_config(source);
  return {std::move(source), std::move(held), std::move(saved), fast.http, fast.schedule};
}

// A poller of /fleet.json, whose server serves fleet_v1, the text in use.
struct UrlFleet {
  FleetServer server;
  TempDir state;
  CapturedLog log;
  app::FleetPoller poller{
      poll_config((server.serve(fleet_v1), server.url()), fleet_v1, state.path() / "fleet.json"),
      log, fixed_random(0.5)};
};

}  // namespace

TEST_SUITE("fleet poller") {
  TEST_CASE("a fleet URL is polled with conditional GETs and a change is taken once and kept") {
    UrlFleet fixture;
    auto& [server, state, log, poller] = fixture;

    const app::FleetPoll same = poller.poll_once();  // the text in use, fetched again
    CHECK(same.not_modified);
    CHECK_FALSE(same.changed);
    const app::FleetPoll unchanged = poller.poll_once();
    CHECK(unchanged.not_modified);
    CHECK(server.seen("If-None-Match").back() == "\"v1\"");  // conditional: answered 304
    CHECK_FALSE(poller.take_change());

    server.serve(fleet_v2);
    const app::FleetPoll changed = poller.poll_once();
    CHECK(changed.changed);
    CHECK(changed.error.empty());
    CHECK(poller.take_change() == fleet_v2);
    CHECK_FALSE(poller.take_change());  // once
    CHECK(read_test_file(state.path() / "fleet.json") == fleet_v2);
    CHECK(poller.poll_once().not_modified);
    CHECK(server.seen("If-None-Match").back() == "\"v2\"");
    CHECK(log.text().empty());
  }

  TEST_CASE("a broken fleet or a failing server leaves the fleet in use, said once each") {
    UrlFleet fixture;
    auto& [server, state, log, poller] = fixture;

    server.serve(R"({"format": "nownext-fleet/1", "screens": []})");
    const app::FleetPoll broken = poller.poll_once();
    CHECK_FALSE(broken.changed);
    CHECK(broken.error.find("not a valid fleet") != std::string::npos);
    CHECK_FALSE(poller.take_change());
    CHECK_FALSE(std::filesystem::exists(state.path() / "fleet.json"));

    server.fail(500);
    const app::FleetPoll failed = poller.poll_once();
    CHECK(failed.error == "HTTP 500");
    const app::FleetPoll again = poller.poll_once();
    CHECK(again.next_delay > failed.next_delay);  // backing off
    CHECK(log.count("HTTP 500") == 1);

    server.serve(fleet_v2);
    CHECK(poller.poll_once().changed);
    CHECK(log.count("ok again") == 1);
    CHECK(poller.take_change() == fleet_v2);
  }

  TEST_CASE("a fleet file is read again at each poll") {
    TempDir dir;
    const auto file = dir.path() / "fleet.json";
    std::ofstream{file} << fleet_v1;
    CapturedLog log;
    app::FleetPoller poller{poll_config(file.string(), fleet_v1), log, fixed_random(0.5)};
    CHECK(poller.poll_once().not_modified);
    std::ofstream{file} << fleet_v2;
    CHECK(poller.poll_once().changed);
    CHECK(poller.take_change() == fleet_v2);
    std::filesystem::remove(file);
    CHECK(poller.poll_once().error == "no such file");
    CHECK_FALSE(poller.take_change());
  }
}
