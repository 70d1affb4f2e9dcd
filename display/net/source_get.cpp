// A conditional GET, or a file read, and what it says.
#include "net/source_get.hpp"

#include "net/file_read.hpp"

namespace nownext::net {
namespace {

void get_url(const FeedSource& source, HttpClient& client, const Validators& held,
             const std::atomic<bool>* cancel, const std::string& label,
             const std::function<void(const std::string&)>& say, SourceGet& got) {
  HttpRequest request{source.url, source.kind == FeedSource::Kind::https, {}, {}};
  // Conditional only with something to send: a 304 to a request that asked for nothing in
  // particular confirms nothing.
  bool conditional = held != Validators{};
  if (conditional) {
    request.if_none_match = held.etag;
    request.if_modified_since = held.last_modified;
  }
  HttpResponse response = client.get(request, cancel);
  const long code = response.http_code;
  if (conditional && response.error == ErrorKind::none && code >= 400 && code < 500 &&
      code != 429) {
    // The server refuses what it once sent (e.g. 431 for a header too large): asked once more
    // without the validators, which are forgotten so that the refusal does not last.
    say(label + " " + source.for_log + ": HTTP " + std::to_string(code) +
        " to a conditional request; asking again without validators");
    got.validators_refused = true;
    conditional = false;
    response = client.get({request.url, request.https_only, {}, {}}, cancel);
  }
  got.http_code = response.http_code;
  got.bytes = response.body.size();
  got.error = response.error;
  got.error_detail = std::move(response.error_detail);
  if (got.error != ErrorKind::none) return;
  if (response.http_code == 304 && conditional) {
    got.not_modified = true;
  } else if (response.http_code != 200) {
    got.error = ErrorKind::http_status;
    got.error_detail = "HTTP " + std::to_string(response.http_code);
    if (response.http_code == 429 || response.http_code == 503) {
      got.retry_after = response.retry_after;
    }
  } else {
    got.body = std::move(response.body);
    got.validators = usable({std::move(response.etag), std::move(response.last_modified)});
  }
}

void get_file(const FeedSource& source, std::size_t max_bytes, SourceGet& got) {
  FileRead read = read_regular_file(source.path, max_bytes, Links::follow);
  if (!read.bytes) {
    got.error = read.too_large ? ErrorKind::too_large : ErrorKind::unreadable_file;
    got.error_detail = read.absent ? source.path.string() + ": no such file" : read.problem;
    return;
  }
  got.body = std::move(*read.bytes);
  got.bytes = got.body.size();
}

}  // namespace

SourceGet get_source(const FeedSource& source, HttpClient& client, const Validators& held,
                     std::size_t max_bytes, const std::atomic<bool>* cancel,
                     const std::string& label, const std::function<void(const std::string&)>& say) {
  SourceGet got;
  if (source.is_url()) {
    get_url(source, client, held, cancel, label, say, got);
  } else {
    get_file(source, max_bytes, got);
  }
  return got;
}

}  // namespace nownext::net
