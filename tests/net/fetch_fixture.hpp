// Helpers shared by the net tests: a log that keeps its lines, fast fetch settings, feeds.
#pragma once

#include "net/feed_fetcher.hpp"
#include "net/log_sink.hpp"

#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace nownext::testing {

class CapturedLog final : public net::LogSink {
 public:
  void line(std::string_view text) override;
  [[nodiscard]] std::vector<std::string> lines() const;
  // The lines joined by newlines, for CHECK messages and searching.
  [[nodiscard]] std::string text() const;
  [[nodiscard]] std::size_t count(std::string_view fragment) const;

 private:
  mutable std::mutex mutex_;
  std::vector<std::string> lines_;
};

// A fresh, empty directory under the system's temporary folder, removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Timeouts short enough that the whole suite stays fast, and no jitter to speak of.
[[nodiscard]] net::FetchConfig fast_config(std::string source,
                                           std::filesystem::path state_dir = {});

// Always returns `value` (for an injected random source).
[[nodiscard]] net::UniformRandom fixed_random(double value);

// The bundled IDM 2017 feed and the two examples: good bodies.
[[nodiscard]] const std::string& idm2017_feed();
[[nodiscard]] const std::string& minimal_feed();
[[nodiscard]] const std::string& complete_feed();

}  // namespace nownext::testing
