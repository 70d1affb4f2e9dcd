// Where a feed comes from: an http:// or https:// URL, or a local file path. Anything else is
// refused here, before any I/O. Depends on libcurl's URL parser (in the .cpp only).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace nownext::net {

struct FeedSource {
  enum class Kind { http, https, file };
  Kind kind = Kind::file;
  std::string url;             // the URL as given (http, https); empty for a file
  std::filesystem::path path;  // the file (file); empty for a URL
  std::string for_log;         // the URL without user, password and query, or the path

  [[nodiscard]] bool is_url() const { return kind != Kind::file; }
};

// "https://host/feed.json", "http://...", "file:///abs/path.json" or a plain path. Throws
// std::invalid_argument, with the reason, for other schemes and malformed URLs.
[[nodiscard]] FeedSource parse_source(std::string_view text);

}  // namespace nownext::net
