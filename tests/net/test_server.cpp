// The loopback test servers.
#include "net/test_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace nownext::testing {
namespace {

// A socket bound to 127.0.0.1 on a free port, listening when `backlog` > 0.
int bound_socket(int& port, int backlog) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  auto* generic = reinterpret_cast<sockaddr*>(&address);
  if (fd < 0 || ::bind(fd, generic, length) != 0 || ::getsockname(fd, generic, &length) != 0 ||
      (backlog > 0 && ::listen(fd, backlog) != 0)) {
    if (fd >= 0) ::close(fd);
    throw std::runtime_error("cannot open a loopback socket");
  }
  port = ntohs(address.sin_port);
  return fd;
}

}  // namespace

TestServer::TestServer() : server_(std::make_unique<httplib::Server>()), scheme_("http") {
  configure();
}

TestServer::TestServer(const std::filesystem::path& cert, const std::filesystem::path& key)
    : server_(std::make_unique<httplib::SSLServer>(cert.c_str(), key.c_str())), scheme_("https") {
  if (!server_->is_valid()) throw std::runtime_error("cannot load the test certificate");
  configure();
}

void TestServer::configure() {
  // Short keep-alive, so that stopping never waits long on an idle client connection.
  server_->set_keep_alive_timeout(1);
  server_->set_pre_routing_handler([this](const httplib::Request& request, httplib::Response&) {
    const std::lock_guard lock(mutex_);
    if (recording_) requests_.push_back(request.headers);
    return httplib::Server::HandlerResponse::Unhandled;
  });
}

void TestServer::start() {
  port_ = server_->bind_to_any_port("127.0.0.1");
  if (port_ <= 0) throw std::runtime_error("cannot bind the test server");
  thread_ = std::thread([this] { server_->listen_after_bind(); });
}

TestServer::~TestServer() {
  stopping_ = true;
  server_->stop();
  if (thread_.joinable()) thread_.join();
}

std::string TestServer::url(std::string_view path) const {
  return scheme_ + "://127.0.0.1:" + std::to_string(port_) + std::string(path);
}

std::vector<std::string> TestServer::seen(const std::string& header) const {
  const std::lock_guard lock(mutex_);
  std::vector<std::string> values;
  for (const auto& headers : requests_) {
    const auto found = headers.find(header);
    values.push_back(found == headers.end() ? "" : found->second);
  }
  return values;
}

std::size_t TestServer::requests() const {
  const std::lock_guard lock(mutex_);
  return requests_.size();
}

void TestServer::stop_recording() {
  const std::lock_guard lock(mutex_);
  recording_ = false;
}

SilentServer::SilentServer() {
  fd_ = bound_socket(port_, 8);
}

SilentServer::~SilentServer() {
  ::close(fd_);
}

std::string SilentServer::url(std::string_view path) const {
  return "http://127.0.0.1:" + std::to_string(port_) + std::string(path);
}

int unused_port() {
  int port = 0;
  ::close(bound_socket(port, 0));
  return port;
}

std::filesystem::path cert_dir() {
  return NOWNEXT_TEST_CERT_DIR;
}

}  // namespace nownext::testing
