// Polling the fleet file: conditional GETs or file reads, parsed before they are taken.
#include "app/fleet_poller.hpp"

#include "core/fleet.hpp"
#include "core/log_text.hpp"
#include "net/file_read.hpp"

#include <utility>

namespace nownext::app {

FleetPoller::FleetPoller(FleetPollConfig config, net::LogSink& log, net::UniformRandom random)
    : config_(std::move(config)),
      source_(net::parse_source(config_.source)),
      log_(log),
      schedule_(config_.schedule, std::move(random)),
      client_(config_.http) {}

FleetPoller::~FleetPoller() {
  worker_.stop();
}

void FleetPoller::fetch(FleetPoll& poll, std::optional<std::string>& body) {
  if (!source_.is_url()) {
    net::FileRead read =
        net::read_regular_file(source_.path, config_.http.max_bytes, net::Links::follow);
    if (read.bytes) {
      body = std::move(read.bytes);
    } else {
      poll.error = read.absent ? "no such file" : read.problem;
    }
    return;
  }
  const net::HttpRequest request{source_.url, source_.kind == net::FeedSource::Kind::https,
                                 validators_.etag, validators_.last_modified};
  const bool conditional = validators_ != net::Validators{};
  net::HttpResponse response = client_.get(request, &worker_.stopping());
  if (response.error != net::ErrorKind::none) {
    poll.error = std::string{net::to_string(response.error)} +
                 (response.error_detail.empty() ? "" : ": " + response.error_detail);
    return;
  }
  if (response.http_code == 304 && conditional) {
    poll.not_modified = true;
    return;
  }
  if (response.http_code != 200) {
    // A server that refuses what it once validated is asked without validators next time.
    if (conditional && response.http_code >= 400 && response.http_code < 500) validators_ = {};
    poll.error = "HTTP " + std::to_string(response.http_code);
    return;
  }
  validators_ = net::usable({std::move(response.etag), std::move(response.last_modified)});
  body = std::move(response.body);
}

void FleetPoller::accept(FleetPoll& poll, std::string body) {
  if (body == config_.held) {
    poll.not_modified = true;
    return;
  }
  const core::FleetResult parsed = core::parse_fleet(body);
  if (!parsed.fleet) {
    poll.error = "changed, but not a valid fleet (" + parsed.errors.front().to_string() +
                 "); keeping the fleet in use";
    return;
  }
  config_.held = std::move(body);
  poll.changed = true;
  if (source_.is_url() && !config_.saved.empty()) {
    if (const auto problem = net::write_file_atomically(config_.saved, config_.held)) {
      log_.line(core::log_text("fleet: cannot keep a copy: " + *problem));
    }
  }
  const std::lock_guard lock(mutex_);
  change_ = config_.held;
}

FleetPoll FleetPoller::poll_once() {
  FleetPoll poll;
  std::optional<std::string> body;
  fetch(poll, body);
  if (body) accept(poll, std::move(*body));
  const bool failed = !poll.error.empty();
  poll.next_delay = failed ? schedule_.after_failure() : schedule_.after_success();
  // Each failure is logged when it starts or changes, and the end of it once.
  if (poll.error != said_) {
    log_.line(core::log_text("fleet " + source_.for_log + ": " +
                             (failed ? poll.error : std::string{"ok again"})));
    said_ = poll.error;
  }
  return poll;
}

void FleetPoller::start(std::function<void()> wake) {
  worker_.start(
      [this, wake = std::move(wake)] {
        const FleetPoll poll = poll_once();
        if (poll.changed && wake) wake();
        return poll.next_delay;
      },
      schedule_.after_success());
}

std::optional<std::string> FleetPoller::take_change() {
  const std::lock_guard lock(mutex_);
  return std::exchange(change_, std::nullopt);
}

}  // namespace nownext::app
