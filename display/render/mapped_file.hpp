// A file mapped read-only into memory, for font files: FreeType reads a font through SDL_ttf's
// stream callbacks, which on a file are a seek and a read each (some 11,000 system calls before
// the kiosk's first frame); from memory they are copies. POSIX only.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>

namespace nownext::render {

class MappedFile {
 public:
  // The whole of `path`, mapped read-only; nullopt when it cannot be opened or mapped (a
  // missing file, an empty one, a special file), so that the caller may open it the usual way
  // and report that error.
  [[nodiscard]] static std::optional<MappedFile> map(const std::filesystem::path& path);

  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  // Valid while this object lives, however it is moved: the mapping itself does not move.
  [[nodiscard]] const void* data() const { return data_; }
  [[nodiscard]] std::size_t size() const { return size_; }

 private:
  MappedFile(void* data, std::size_t size) : data_(data), size_(size) {}
  void* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace nownext::render
