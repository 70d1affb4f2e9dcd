// Shared helpers of the net tests.
#include "net/fetch_fixture.hpp"

#include "support/test_files.hpp"

#include <unistd.h>

#include <stdexcept>

namespace nownext::testing {

void CapturedLog::line(std::string_view text) {
  const std::lock_guard lock(mutex_);
  lines_.emplace_back(text);
}

std::vector<std::string> CapturedLog::lines() const {
  const std::lock_guard lock(mutex_);
  return lines_;
}

std::string CapturedLog::text() const {
  std::string all;
  for (const auto& line : lines()) all += line + "\n";
  return all;
}

std::size_t CapturedLog::count(std::string_view fragment) const {
  std::size_t found = 0;
  for (const auto& line : lines())
    if (line.find(fragment) != std::string::npos) ++found;
  return found;
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "nownext-test-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot make a temp dir");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

net::FetchConfig fast_config(std::string source, std::filesystem::path state_dir) {
  net::FetchConfig config;
  config.source = std::move(source);
  config.state_dir = std::move(state_dir);
  config.http.connect_timeout = std::chrono::milliseconds(1000);
  config.http.total_timeout = std::chrono::milliseconds(3000);
  config.http.low_speed_time = std::chrono::seconds(1);
  config.http.max_bytes = 256 * 1024;
  return config;
}

net::UniformRandom fixed_random(double value) {
  return [value] { return value; };
}

const std::string& idm2017_feed() {
  static const std::string bytes = read_test_file(source_path("feeds/idm2017.json"));
  return bytes;
}

const std::string& minimal_feed() {
  static const std::string bytes = read_test_file(source_path("feeds/examples/minimal.json"));
  return bytes;
}

const std::string& complete_feed() {
  static const std::string bytes = read_test_file(source_path("feeds/examples/complete.json"));
  return bytes;
}

}  // namespace nownext::testing
