// Real servers on 127.0.0.1 for the net tests: cpp-httplib (HTTP or HTTPS) scripted per test,
// and a socket that accepts connections but never answers. Loopback only, random free ports.
#pragma once

#include <httplib.h>

#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace nownext::testing {

// Set up the routes with on(), then start(). Stops and joins in the destructor; handlers that
// wait must watch stopping().
class TestServer {
 public:
  TestServer();  // plain HTTP
  // HTTPS with this certificate and key (PEM files).
  TestServer(const std::filesystem::path& cert, const std::filesystem::path& key);
  ~TestServer();
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  httplib::Server& on() { return *server_; }
  void start();
  [[nodiscard]] std::string url(std::string_view path) const;  // e.g. url("/feed.json")
  [[nodiscard]] int port() const { return port_; }
  [[nodiscard]] const std::atomic<bool>& stopping() const { return stopping_; }

  // The value of a header in every request received so far (empty string when absent).
  [[nodiscard]] std::vector<std::string> seen(const std::string& header) const;
  [[nodiscard]] std::size_t requests() const;
  // Stops keeping the headers of each request (so that long benchmarks stay flat in memory).
  void stop_recording();

 private:
  void configure();

  std::unique_ptr<httplib::Server> server_;
  std::string scheme_;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  mutable std::mutex mutex_;
  std::vector<httplib::Headers> requests_;
  bool recording_ = true;
  std::thread thread_;
};

// A listening socket whose connections are never accepted nor answered.
class SilentServer {
 public:
  SilentServer();
  ~SilentServer();
  SilentServer(const SilentServer&) = delete;
  SilentServer& operator=(const SilentServer&) = delete;
  [[nodiscard]] std::string url(std::string_view path) const;

 private:
  int fd_ = -1;
  int port_ = 0;
};

// A loopback port on which nothing listens (bound, then released).
[[nodiscard]] int unused_port();

// Where the build put the test CA and certificates (tests/net/make_test_certs.sh).
[[nodiscard]] std::filesystem::path cert_dir();

}  // namespace nownext::testing
