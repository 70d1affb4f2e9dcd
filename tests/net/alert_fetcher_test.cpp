// The alerts source, polled as a kiosk polls it: a CAP file changed on disk, an Update and a
// Cancel, a broken or vanished source that never clears a live alert, a conditional GET over
// HTTP and the backoff after failures.
#include "net/alert_fetcher.hpp"
#include "net/fetch_fixture.hpp"
#include "net/test_server.hpp"
#include "support/test_files.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace nownext::net;
using namespace nownext::testing;

namespace {

std::string cap(const std::string& name) {
  return read_test_file(source_path("tests/data/cap/" + name));
}

void write(const std::filesystem::path& path, const std::string& body) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << body;
}

AlertConfig config_for(const std::string& source) {
  AlertConfig config = alert_config_defaults();
  config.source = source;
  config.schedule.interval_jitter = 0;
  return config;
}

// An alerts file in a temporary folder, first holding the Alert of the CAP test set, and its
// fetcher.
struct AlertsFile {
  TempDir dir;
  std::filesystem::path file = dir.path() / "alerts.xml";
  CapturedLog log;
  std::unique_ptr<AlertFetcher> fetcher;
  explicit AlertsFile(UniformRandom random = seeded_random()) {
    write(file, cap("1-alert.xml"));
    fetcher = std::make_unique<AlertFetcher>(config_for(file.string()), log,
                                             std::chrono::system_clock::now, std::move(random));
  }
};

std::vector<std::string> identifiers(const AlertFetcher& fetcher) {
  std::vector<std::string> ids;
  for (const auto& alert : *fetcher.snapshot().alerts) ids.push_back(alert.identifier);
  return ids;
}

}  // namespace

TEST_SUITE("alerts source") {
  TEST_CASE("a CAP file follows Alert, Update and Cancel as it is rewritten") {
    AlertsFile source;
    const auto& file = source.file;
    const auto& log = source.log;
    AlertFetcher& fetcher = *source.fetcher;
    CHECK(fetcher.poll_once() == std::chrono::seconds{10});
    CHECK(identifiers(fetcher) == std::vector<std::string>{"palais-2017-0001"});
    CHECK(log.count("1 in force: palais-2017-0001 (Extreme, Immediate: Évacuez la salle XVIII)") ==
          1);
    const auto before = fetcher.snapshot().alerts;
    (void)fetcher.poll_once();
    CHECK(fetcher.snapshot().alerts == before);  // unchanged: the same alerts, not a copy
    write(file, cap("2-update.xml"));
    (void)fetcher.poll_once();
    CHECK(identifiers(fetcher) == std::vector<std::string>{"palais-2017-0002"});
    write(file, cap("3-cancel.xml"));
    (void)fetcher.poll_once();
    CHECK(identifiers(fetcher).empty());
    CHECK(log.count("no alert in force (all clear)") == 1);
  }

  TEST_CASE("a broken or vanished source keeps the alerts in force, and says so once") {
    AlertsFile source{fixed_random(0.5)};
    const auto& file = source.file;
    const auto& log = source.log;
    AlertFetcher& fetcher = *source.fetcher;
    (void)fetcher.poll_once();
    write(file, cap("malformed.xml"));
    const auto first_delay = fetcher.poll_once();
    (void)fetcher.poll_once();
    CHECK(identifiers(fetcher) == std::vector<std::string>{"palais-2017-0001"});
    CHECK(fetcher.snapshot().status.error == ErrorKind::invalid_feed);
    CHECK(log.count("failing (not a CAP document: not well-formed XML") == 1);
    CHECK(log.count("keeping the 1 alert in force until they expire or are cancelled") == 1);
    std::filesystem::remove(file);
    const auto later_delay = fetcher.poll_once();
    CHECK(identifiers(fetcher) == std::vector<std::string>{"palais-2017-0001"});
    CHECK(log.count("failing (unreadable file") == 1);
    // A file is read at every interval, failing or not: no server to spare.
    CHECK(first_delay == std::chrono::seconds{10});
    CHECK(later_delay == std::chrono::seconds{10});
    write(file, cap("3-cancel.xml"));
    CHECK(fetcher.poll_once() == std::chrono::seconds{10});
    CHECK(identifiers(fetcher).empty());
    CHECK(log.count("ok again") == 1);
  }

  TEST_CASE("over HTTP the next poll is a conditional GET, and a 304 keeps the alerts") {
    TestServer server;
    const std::string body = cap("two-severities.atom");
    server.on().Get("/alerts.atom",
                    [body](const httplib::Request& request, httplib::Response& response) {
                      if (request.get_header_value("If-None-Match") == "\"a1\"") {
                        response.status = 304;
                        return;
                      }
                      response.set_header("ETag", "\"a1\"");
                      response.set_content(body, "application/atom+xml");
                    });
    server.start();
    CapturedLog log;
    AlertFetcher fetcher(config_for(server.url("/alerts.atom")), log);
    (void)fetcher.poll_once();
    (void)fetcher.poll_once();
    CHECK(server.seen("If-None-Match") == std::vector<std::string>{"", "\"a1\""});
    CHECK(identifiers(fetcher) == std::vector<std::string>{"heat-3", "evac-1"});
    CHECK(fetcher.snapshot().status.http_code == 304);
    CHECK_FALSE(fetcher.snapshot().status.failing());
    CHECK(log.count("entry[2]: no CAP alert in it") == 1);
  }

  TEST_CASE("an alerts body over its cap is refused, and the alerts stay") {
    TestServer server;
    std::string body = cap("1-alert.xml");
    int calls = 0;
    server.on().Get("/a.xml", [&body, &calls](const httplib::Request&, httplib::Response& r) {
      r.set_content(calls++ == 0 ? body : body + std::string(2 * 1024 * 1024, ' '),
                    "application/xml");
    });
    server.start();
    CapturedLog log;
    AlertFetcher fetcher(config_for(server.url("/a.xml")), log);
    (void)fetcher.poll_once();
    (void)fetcher.poll_once();
    CHECK(fetcher.snapshot().status.error == ErrorKind::too_large);
    CHECK(identifiers(fetcher) == std::vector<std::string>{"palais-2017-0001"});
  }

  TEST_CASE("a failing server is asked again later and later, and the alerts stay") {
    TestServer server;
    int calls = 0;
    const std::string body = cap("1-alert.xml");
    server.on().Get("/a.xml", [&body, &calls](const httplib::Request&, httplib::Response& r) {
      if (calls++ == 0) {
        r.set_content(body, "application/xml");
      } else {
        r.status = 500;
      }
    });
    server.start();
    CapturedLog log;
    AlertFetcher fetcher(config_for(server.url("/a.xml")), log, std::chrono::system_clock::now,
                         fixed_random(0.5));
    CHECK(fetcher.poll_once() == std::chrono::seconds{10});
    const auto first = fetcher.poll_once();
    const auto second = fetcher.poll_once();
    CHECK(first < std::chrono::seconds{10});
    CHECK(second > first);
    CHECK(identifiers(fetcher) == std::vector<std::string>{"palais-2017-0001"});
    CHECK(log.count("failing (HTTP status: HTTP 500); keeping the 1 alert in force") == 1);
  }

  TEST_CASE("the worker wakes the screen when the alerts change, and stops cleanly") {
    AlertsFile source;
    AlertFetcher& fetcher = *source.fetcher;
    std::atomic<int> wakes{0};
    fetcher.start([&wakes] { ++wakes; });
    for (int i = 0; i < 500 && wakes.load() == 0; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds{10});
    }
    fetcher.stop();
    CHECK(wakes.load() == 1);
    CHECK(identifiers(fetcher) == std::vector<std::string>{"palais-2017-0001"});
  }
}
