// The libcurl side of fetching. Every default that would hang or mislead a kiosk is set
// explicitly (timeouts, protocols, redirects, size, TLS): see the platform notes on libcurl 7.88.
#include "net/http_client.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <stdexcept>

namespace nownext::net {
namespace {

struct Receiver {
  std::string* body = nullptr;
  std::size_t max_bytes = 0;
  bool too_large = false;
  const std::atomic<bool>* cancel = nullptr;
};

// CURLOPT_MAXFILESIZE does not stop chunked bodies in 7.88 (fixed in 8.4.0, curl commit
// 914e49b9b7), so the cap is enforced here: returning less than given fails the transfer.
std::size_t on_write(char* data, std::size_t size, std::size_t count, void* user) {
  auto& receiver = *static_cast<Receiver*>(user);
  const std::size_t bytes = size * count;
  if (receiver.body->size() + bytes > receiver.max_bytes) {
    receiver.too_large = true;
    return 0;
  }
  receiver.body->append(data, bytes);
  return bytes;
}

int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  const auto& receiver = *static_cast<Receiver*>(user);
  return receiver.cancel != nullptr && receiver.cancel->load() ? 1 : 0;
}

template <typename Value>
void set(CURL* curl, CURLoption option, Value value) {
  const CURLcode code = curl_easy_setopt(curl, option, value);
  if (code != CURLE_OK) {
    throw std::runtime_error(std::string{"libcurl refused an option: "} + curl_easy_strerror(code));
  }
}

ErrorKind error_kind(CURLcode code, const Receiver& receiver) {
  switch (code) {
    case CURLE_OK: return ErrorKind::none;
    case CURLE_UNSUPPORTED_PROTOCOL: return ErrorKind::refused_protocol;
    case CURLE_TOO_MANY_REDIRECTS: return ErrorKind::too_many_redirects;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT: return ErrorKind::connect;
    case CURLE_OPERATION_TIMEDOUT: return ErrorKind::timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ISSUER_ERROR: return ErrorKind::tls;
    case CURLE_FILESIZE_EXCEEDED: return ErrorKind::too_large;
    case CURLE_WRITE_ERROR: return receiver.too_large ? ErrorKind::too_large : ErrorKind::transfer;
    case CURLE_PARTIAL_FILE: return ErrorKind::truncated;
    case CURLE_ABORTED_BY_CALLBACK: return ErrorKind::cancelled;
    default: return ErrorKind::transfer;
  }
}

std::string header_value(CURL* curl, const char* name) {
  curl_header* header = nullptr;
  // Request -1: the last request, i.e. after redirects.
  if (curl_easy_header(curl, name, 0, CURLH_HEADER, -1, &header) != CURLHE_OK) return {};
  return header->value;
}

struct SlistDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using Headers = std::unique_ptr<curl_slist, SlistDeleter>;

Headers conditional_headers(const HttpRequest& request) {
  curl_slist* list = nullptr;
  const auto add = [&list](const std::string& line) {
    curl_slist* grown = curl_slist_append(list, line.c_str());
    if (grown == nullptr) throw std::bad_alloc();
    list = grown;
  };
  try {
    if (!request.if_none_match.empty()) add("If-None-Match: " + request.if_none_match);
    if (!request.if_modified_since.empty()) add("If-Modified-Since: " + request.if_modified_since);
  } catch (...) {
    curl_slist_free_all(list);
    throw;
  }
  return Headers(list);
}

}  // namespace

CurlGlobal::CurlGlobal() {
  if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
    throw std::runtime_error("libcurl could not be initialised");
  }
}

CurlGlobal::~CurlGlobal() {
  curl_global_cleanup();
}

struct HttpClient::Handle {
  CURL* curl = nullptr;
  char error[CURL_ERROR_SIZE] = {};
  ~Handle() { curl_easy_cleanup(curl); }
};

HttpClient::HttpClient(HttpOptions options)
    : options_(std::move(options)), handle_(std::make_unique<Handle>()) {
  const auto control = [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7F;
  };
  if (std::any_of(options_.bearer_token.begin(), options_.bearer_token.end(), control)) {
    // Never the token itself in the message: it ends up in logs.
    throw std::invalid_argument(
        "the bearer token holds a control character (a line break?); remove it");
  }
  handle_->curl = curl_easy_init();
  if (handle_->curl == nullptr) throw std::runtime_error("libcurl could not create a handle");
  CURL* curl = handle_->curl;
  set(curl, CURLOPT_NOSIGNAL, 1L);  // a worker thread must not use signals (libcurl-thread(3))
  set(curl, CURLOPT_ERRORBUFFER, handle_->error);
  set(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options_.connect_timeout.count()));
  set(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.total_timeout.count()));
  set(curl, CURLOPT_LOW_SPEED_LIMIT, options_.low_speed_bytes);
  set(curl, CURLOPT_LOW_SPEED_TIME, static_cast<long>(options_.low_speed_time.count()));
  set(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options_.max_bytes));
  set(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  set(curl, CURLOPT_FOLLOWLOCATION, 1L);
  set(curl, CURLOPT_MAXREDIRS, options_.max_redirects);
  set(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  set(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  if (!options_.ca_bundle.empty()) set(curl, CURLOPT_CAINFO, options_.ca_bundle.c_str());
  set(curl, CURLOPT_ACCEPT_ENCODING, "");  // whatever this libcurl decodes; the cap is on output
  set(curl, CURLOPT_USERAGENT, "nownext");
  set(curl, CURLOPT_WRITEFUNCTION, on_write);
  set(curl, CURLOPT_NOPROGRESS, 0L);
  set(curl, CURLOPT_XFERINFOFUNCTION, on_progress);
  if (!options_.bearer_token.empty()) {
    // As credentials (not a raw header), libcurl sends them to the first host and port only,
    // never to a host a redirect leads to (CURLOPT_UNRESTRICTED_AUTH stays off).
    set(curl, CURLOPT_HTTPAUTH, CURLAUTH_BEARER);
    set(curl, CURLOPT_XOAUTH2_BEARER, options_.bearer_token.c_str());
  }
}

HttpClient::~HttpClient() = default;

HttpResponse HttpClient::get(const HttpRequest& request, const std::atomic<bool>* cancel) {
  CURL* curl = handle_->curl;
  HttpResponse response;
  Receiver receiver{&response.body, options_.max_bytes, false, cancel};
  const Headers headers = conditional_headers(request);
  set(curl, CURLOPT_URL, request.url.c_str());
  set(curl, CURLOPT_REDIR_PROTOCOLS_STR, request.https_only ? "https" : "http,https");
  set(curl, CURLOPT_HTTPHEADER, headers.get());
  set(curl, CURLOPT_WRITEDATA, &receiver);
  set(curl, CURLOPT_XFERINFODATA, &receiver);
  handle_->error[0] = '\0';

  const CURLcode code = curl_easy_perform(curl);
  set(curl, CURLOPT_HTTPHEADER, static_cast<curl_slist*>(nullptr));  // the list dies here
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.http_code);
  response.error = error_kind(code, receiver);
  if (response.error != ErrorKind::none) {
    response.error_detail = handle_->error[0] != '\0' ? handle_->error : curl_easy_strerror(code);
    if (response.error == ErrorKind::too_large) {
      response.error_detail = "larger than " + std::to_string(options_.max_bytes) + " bytes";
    }
    response.body.clear();
    return response;
  }
  curl_off_t retry_after = 0;
  if (curl_easy_getinfo(curl, CURLINFO_RETRY_AFTER, &retry_after) == CURLE_OK && retry_after > 0) {
    response.retry_after = std::chrono::seconds(retry_after);
  }
  response.etag = header_value(curl, "ETag");
  response.last_modified = header_value(curl, "Last-Modified");
  return response;
}

}  // namespace nownext::net
