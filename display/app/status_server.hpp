// The optional status endpoint of the kiosk (off unless configured): GET /status (JSON), GET
// /metrics (Prometheus) and GET /screen.png (what is on screen now), served by cpp-httplib on a
// thread of its own. The screen is read back on the screen loop's thread, which alone may touch
// the display.
#pragma once

#include "app/status_report.hpp"
#include "render/display.hpp"

#include <memory>
#include <optional>
#include <string>

namespace nownext::app {

struct ListenAddress {
  std::string host;
  int port = 0;
  [[nodiscard]] bool loopback() const;
};
// "127.0.0.1:9310", "[::1]:9310", "0.0.0.0:9310"; throws std::runtime_error naming the problem.
[[nodiscard]] ListenAddress parse_listen_address(const std::string& text);

class StatusServer {
 public:
  // Listens on `address`. Requests need "Authorization: Bearer TOKEN" when `token` is set; an
  // address beyond loopback without a token is refused. Throws std::runtime_error when the
  // address cannot be bound.
  StatusServer(const ListenAddress& address, std::optional<std::string> token);
  StatusServer(const StatusServer&) = delete;
  StatusServer& operator=(const StatusServer&) = delete;
  ~StatusServer();  // stops serving and waits for the thread

  [[nodiscard]] int port() const;
  // The report served from now on.
  void update(const StatusReport& report);
  // On the screen loop's thread, after each pass: when a client waits for /screen.png, reads the
  // screen back and hands it over.
  void serve_screen(render::Display& display);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace nownext::app
