// The status endpoint over cpp-httplib.
#include "app/status_server.hpp"

#include <SDL_image.h>
#include <httplib.h>

#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace nownext::app {
namespace {

// The screen as PNG bytes.
std::string png_of(SDL_Surface& surface) {
  std::string bytes(
      static_cast<std::size_t>(surface.h) * static_cast<std::size_t>(surface.pitch) + 64 * 1024,
      '\0');
  SDL_RWops* out = SDL_RWFromMem(bytes.data(), static_cast<int>(bytes.size()));
  if (out == nullptr) throw std::runtime_error(std::string{"SDL_RWFromMem: "} + SDL_GetError());
  const int saved = IMG_SavePNG_RW(&surface, out, 0);
  const Sint64 size = SDL_RWtell(out);
  SDL_RWclose(out);
  if (saved != 0 || size <= 0) throw std::runtime_error(std::string{"PNG: "} + SDL_GetError());
  bytes.resize(static_cast<std::size_t>(size));
  return bytes;
}

}  // namespace

bool ListenAddress::loopback() const {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

ListenAddress parse_listen_address(const std::string& text) {
  const auto colon = text.rfind(':');
  const std::string where = "status.listen: '" + text + "'";
  if (colon == std::string::npos || colon == 0) throw std::runtime_error(where + ": not HOST:PORT");
  std::string host = text.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  int port = 0;
  try {
    std::size_t used = 0;
    port = std::stoi(text.substr(colon + 1), &used);
    if (used != text.size() - colon - 1) port = 0;
  } catch (const std::exception&) {
    port = 0;
  }
  if (port < 1 || port > 65535) throw std::runtime_error(where + ": the port must be 1 to 65535");
  return {host, port};
}

struct StatusServer::Impl {
  httplib::Server server;
  std::thread thread;
  int port = 0;
  std::optional<std::string> token;
  std::mutex mutex;
  std::condition_variable screen_done;
  StatusReport report;
  int screens_wanted = 0;          // clients waiting for /screen.png
  std::uint64_t screen_round = 0;  // counts the screens read back
  std::string screen_png;          // the last one, for the clients of its round

  bool authorized(const httplib::Request& request) const {
    return !token || request.get_header_value("Authorization") == "Bearer " + *token;
  }
};

StatusServer::StatusServer(const ListenAddress& address, std::optional<std::string> token)
    : impl_(std::make_unique<Impl>()) {
  if (!address.loopback() && !token) {
    throw std::runtime_error("status.listen: " + address.host +
                             " is beyond loopback: set NOWNEXT_STATUS_TOKEN to protect it");
  }
  impl_->token = std::move(token);
  Impl& impl = *impl_;
  impl.server.set_pre_routing_handler(
      [&impl](const httplib::Request& request, httplib::Response& response) {
        if (impl.authorized(request)) return httplib::Server::HandlerResponse::Unhandled;
        response.status = 401;
        response.set_header("WWW-Authenticate", "Bearer");
        response.set_content("a bearer token is needed\n", "text/plain");
        return httplib::Server::HandlerResponse::Handled;
      });
  impl.server.Get("/status", [&impl](const httplib::Request&, httplib::Response& response) {
    const std::lock_guard lock{impl.mutex};
    response.set_content(status_json(impl.report), "application/json");
  });
  impl.server.Get("/metrics", [&impl](const httplib::Request&, httplib::Response& response) {
    const std::lock_guard lock{impl.mutex};
    response.set_content(status_metrics(impl.report), "text/plain; version=0.0.4; charset=utf-8");
  });
  impl.server.Get("/screen.png", [&impl](const httplib::Request&, httplib::Response& response) {
    std::unique_lock lock{impl.mutex};
    const std::uint64_t round = impl.screen_round;
    ++impl.screens_wanted;
    render::Display::wake_up();
    const bool done = impl.screen_done.wait_for(lock, std::chrono::seconds{10},
                                                [&] { return impl.screen_round != round; });
    if (!done) {
      --impl.screens_wanted;
      response.status = 503;
      response.set_content("the screen loop did not answer within 10 s\n", "text/plain");
      return;
    }
    if (impl.screen_png.empty()) {
      response.status = 503;
      response.set_content("nothing on screen yet\n", "text/plain");
      return;
    }
    response.set_content(impl.screen_png, "image/png");
  });
  impl.port = address.port;
  if (!impl.server.bind_to_port(address.host, address.port)) {
    throw std::runtime_error("status.listen: cannot listen on " + address.host + ":" +
                             std::to_string(address.port));
  }
  impl.thread = std::thread{[&impl] { impl.server.listen_after_bind(); }};
}

StatusServer::~StatusServer() {
  impl_->server.stop();
  if (impl_->thread.joinable()) impl_->thread.join();
}

int StatusServer::port() const {
  return impl_->port;
}

void StatusServer::update(const StatusReport& report) {
  const std::lock_guard lock{impl_->mutex};
  impl_->report = report;
}

void StatusServer::serve_screen(render::Display& display) {
  {
    const std::lock_guard lock{impl_->mutex};
    if (impl_->screens_wanted == 0) return;
  }
  std::string png;
  try {
    if (const render::SurfacePtr screen = display.read_back()) png = png_of(*screen);
  } catch (const std::exception&) {
    png.clear();  // answered 503
  }
  const std::lock_guard lock{impl_->mutex};
  impl_->screen_png = std::move(png);
  impl_->screens_wanted = 0;
  ++impl_->screen_round;
  impl_->screen_done.notify_all();
}

}  // namespace nownext::app
