// Small pure pieces of net: telling sources apart, the default state directory, counting
// session changes between two agendas.
#include "core/feed_parser.hpp"
#include "net/feed_source.hpp"
#include "net/fetch_fixture.hpp"
#include "net/state_dir.hpp"

#include <doctest/doctest.h>

#include <map>
#include <stdexcept>

using namespace nownext::net;
using namespace nownext::testing;

namespace {

Environment fake_environment(std::map<std::string, std::string, std::less<>> values) {
  return [values = std::move(values)](std::string_view name) -> std::optional<std::string> {
    const auto found = values.find(name);
    if (found == values.end()) return std::nullopt;
    return found->second;
  };
}

}  // namespace

TEST_SUITE("feed sources") {
  TEST_CASE("http and https URLs are accepted and logged without credentials or query") {
    const FeedSource source = parse_source("https://user:pw@feeds.example.org/a/feed.json?key=x");
    CHECK(source.kind == FeedSource::Kind::https);
    CHECK(source.url == "https://user:pw@feeds.example.org/a/feed.json?key=x");
    CHECK(source.for_log == "https://feeds.example.org/a/feed.json");
    CHECK(parse_source("HTTP://127.0.0.1:8080/f").kind == FeedSource::Kind::http);
  }

  TEST_CASE("paths and file:// URLs are local files") {
    CHECK(parse_source("feeds/idm2017.json").path == "feeds/idm2017.json");
    const FeedSource file = parse_source("file:///srv/feed.json");
    CHECK(file.kind == FeedSource::Kind::file);
    CHECK(file.path == "/srv/feed.json");
  }

  TEST_CASE("other protocols and malformed URLs are refused before any I/O") {
    CHECK_THROWS_AS((void)parse_source("ftp://example.org/feed.json"), std::invalid_argument);
    CHECK_THROWS_AS((void)parse_source("gopher://example.org/"), std::invalid_argument);
    CHECK_THROWS_AS((void)parse_source("file://relative/feed.json"), std::invalid_argument);
    CHECK_THROWS_AS((void)parse_source("https://"), std::invalid_argument);
    CHECK_THROWS_AS((void)parse_source(""), std::invalid_argument);
  }
}

TEST_SUITE("state directory") {
  TEST_CASE("systemd's STATE_DIRECTORY comes first, its first entry") {
    CHECK(default_state_dir(fake_environment({{"STATE_DIRECTORY", "/var/lib/nownext:/x"},
                                              {"HOME", "/home/kiosk"}})) == "/var/lib/nownext");
  }

  TEST_CASE("a writable service directory comes next") {
    const TempDir service;
    CHECK(default_state_dir(fake_environment({{"HOME", "/home/kiosk"}}), service.path()) ==
          service.path());
  }

  TEST_CASE("then the user's XDG state home, then ~/.local/state") {
    const auto none = std::filesystem::path("/nonexistent/nownext");
    CHECK(default_state_dir(
              fake_environment({{"XDG_STATE_HOME", "/home/k/.state"}, {"HOME", "/home/k"}}),
              none) == "/home/k/.state/nownext");
    CHECK(default_state_dir(fake_environment({{"XDG_STATE_HOME", "relative"}, {"HOME", "/home/k"}}),
                            none) == "/home/k/.local/state/nownext");
    CHECK(default_state_dir(fake_environment({}), none).empty());
  }
}
