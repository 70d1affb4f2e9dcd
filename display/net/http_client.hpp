// One HTTP(S) GET of a feed with libcurl: bounded in time and size, TLS always verified,
// conditional on the last validators, http(s) only, few redirects. Depends on libcurl (.cpp).
#pragma once

#include "net/fetch_status.hpp"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace nownext::net {

// curl_global_init for the program's lifetime. Construct one in main, before any thread starts
// (libcurl-thread(3)); tests construct one in their main.
class CurlGlobal {
 public:
  CurlGlobal();
  ~CurlGlobal();
  CurlGlobal(const CurlGlobal&) = delete;
  CurlGlobal& operator=(const CurlGlobal&) = delete;
};

struct HttpOptions {
  std::chrono::milliseconds connect_timeout{5000};
  std::chrono::milliseconds total_timeout{20000};
  // A transfer slower than `low_speed_bytes` per second for `low_speed_time` is abandoned.
  long low_speed_bytes = 100;
  std::chrono::seconds low_speed_time{10};
  std::size_t max_bytes = 4 * 1024 * 1024;  // of the (decoded) body; enforced while receiving
  long max_redirects = 3;
  std::filesystem::path ca_bundle;  // empty = the system's CA certificates
  // Empty = none; sent only to the feed's own host and port. One with a control character
  // (CR, LF, ...) is refused by HttpClient: it would become a header of its own.
  std::string bearer_token;
};

struct HttpRequest {
  std::string url;
  bool https_only = false;        // refuse redirects to http:// (set for https:// feeds)
  std::string if_none_match;      // the last good response's ETag; empty = none
  std::string if_modified_since;  // the last good response's Last-Modified; empty = none
};

struct HttpResponse {
  ErrorKind error = ErrorKind::none;  // a transfer error; HTTP status codes are not checked here
  std::string error_detail;
  long http_code = 0;  // 0 when nothing came back
  std::string body;
  std::string etag;           // empty when absent
  std::string last_modified;  // empty when absent
  std::optional<std::chrono::seconds> retry_after;
};

// Holds one curl easy handle, reused so that polls keep the connection alive. Use from one
// thread at a time.
class HttpClient {
 public:
  // Throws std::invalid_argument when the bearer token holds a control character.
  explicit HttpClient(HttpOptions options);
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // Blocks for at most about total_timeout. When `cancel` becomes true the transfer is
  // abandoned within a few hundred milliseconds (error `cancelled`).
  [[nodiscard]] HttpResponse get(const HttpRequest& request,
                                 const std::atomic<bool>* cancel = nullptr);

 private:
  struct Handle;
  HttpOptions options_;
  std::unique_ptr<Handle> handle_;
};

}  // namespace nownext::net
