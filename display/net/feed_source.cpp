// Telling URLs from paths, with libcurl's URL parser so that we agree with it about hosts.
#include "net/feed_source.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <stdexcept>

namespace nownext::net {
namespace {

struct UrlDeleter {
  void operator()(CURLU* url) const { curl_url_cleanup(url); }
};
struct CurlStringDeleter {
  void operator()(char* text) const { curl_free(text); }
};

std::string lowercase(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string url_part(CURLU* url, CURLUPart part) {
  char* raw = nullptr;
  if (curl_url_get(url, part, &raw, 0) != CURLUE_OK) return {};
  const std::unique_ptr<char, CurlStringDeleter> owned(raw);
  return raw;
}

FeedSource parse_url(std::string_view text, FeedSource::Kind kind) {
  const std::unique_ptr<CURLU, UrlDeleter> url(curl_url());
  const std::string owned(text);
  if (!url || curl_url_set(url.get(), CURLUPART_URL, owned.c_str(), 0) != CURLUE_OK ||
      url_part(url.get(), CURLUPART_HOST).empty()) {
    throw std::invalid_argument("'" + owned + "' is not a valid URL");
  }
  FeedSource source;
  source.kind = kind;
  source.url = owned;
  curl_url_set(url.get(), CURLUPART_USER, nullptr, 0);
  curl_url_set(url.get(), CURLUPART_PASSWORD, nullptr, 0);
  curl_url_set(url.get(), CURLUPART_QUERY, nullptr, 0);
  source.for_log = url_part(url.get(), CURLUPART_URL);
  return source;
}

}  // namespace

FeedSource parse_source(std::string_view text) {
  if (text.empty()) throw std::invalid_argument("the feed source is empty");
  const auto colon = text.find("://");
  if (colon == std::string_view::npos) {
    FeedSource source;
    source.path = std::filesystem::path(text);
    source.for_log = source.path.string();
    return source;
  }
  const std::string scheme = lowercase(text.substr(0, colon));
  if (scheme == "http") return parse_url(text, FeedSource::Kind::http);
  if (scheme == "https") return parse_url(text, FeedSource::Kind::https);
  if (scheme == "file") {
    const std::string_view rest = text.substr(colon + 3);
    if (rest.empty() || rest.front() != '/') {
      throw std::invalid_argument("a file:// URL must hold an absolute path (file:///...)");
    }
    return parse_source(rest);
  }
  throw std::invalid_argument("'" + scheme +
                              "://' is not supported: use http://, https:// or a file path");
}

}  // namespace nownext::net
