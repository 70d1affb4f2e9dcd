// Read-only file mappings, as the fonts use them.
#include "render/mapped_file.hpp"

#include <doctest/doctest.h>

#include <sys/stat.h>

#include <unistd.h>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

using nownext::render::MappedFile;

namespace {

struct TempDir {
  std::filesystem::path path;
  TempDir() {
    std::string name = (std::filesystem::temp_directory_path() / "nownext-mapped-XXXXXX").string();
    REQUIRE(::mkdtemp(name.data()) != nullptr);
    path = name;
  }
  ~TempDir() { std::filesystem::remove_all(path); }
};

}  // namespace

TEST_SUITE("mapped files") {
  TEST_CASE("a file is mapped whole, and the mapping survives a move") {
    TempDir dir;
    const std::string content = "glyf, cmap and hmtx";
    std::ofstream{dir.path / "face.ttf", std::ios::binary} << content;
    std::optional<MappedFile> mapped = MappedFile::map(dir.path / "face.ttf");
    REQUIRE(mapped);
    const void* data = mapped->data();
    MappedFile moved = std::move(*mapped);
    CHECK(moved.data() == data);
    REQUIRE(moved.size() == content.size());
    CHECK(std::memcmp(moved.data(), content.data(), content.size()) == 0);
  }

  TEST_CASE("a missing file, an empty one, a folder and a FIFO are not mapped, at once") {
    TempDir dir;
    CHECK_FALSE(MappedFile::map(dir.path / "missing.ttf"));
    std::ofstream{dir.path / "empty.ttf"};
    CHECK_FALSE(MappedFile::map(dir.path / "empty.ttf"));
    CHECK_FALSE(MappedFile::map(dir.path));
    // Opening a FIFO for reading waits for a writer unless told not to: this returns.
    REQUIRE(::mkfifo((dir.path / "fifo.ttf").c_str(), 0600) == 0);
    CHECK_FALSE(MappedFile::map(dir.path / "fifo.ttf"));
  }
}
