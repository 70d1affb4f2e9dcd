// libpng with a fixed filter and a fast compression level.
#include "render/quick_png.hpp"

#include <png.h>

#include <csetjmp>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <vector>

namespace nownext::render {
namespace {

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

// libpng reports errors by longjmp to here: nothing in this function has a destructor. Each row
// of `surface` (ARGB8888: B, G, R, A in memory on a little-endian machine) goes through `rgb`, a
// buffer of 3 bytes a pixel, converted here: libpng's own transforms cost more.
bool write_rows(png_structp png, png_infop info, std::FILE* file, const SDL_Surface& surface,
                png_bytep rgb) {
  if (setjmp(png_jmpbuf(png)) != 0) return false;
  png_init_io(png, file);
  png_set_IHDR(png, info, static_cast<png_uint_32>(surface.w), static_cast<png_uint_32>(surface.h),
               8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
  png_set_compression_level(png, 1);
  png_write_info(png, info);
  for (int y = 0; y < surface.h; ++y) {
    const auto* row = static_cast<const std::uint8_t*>(surface.pixels) +
                      static_cast<std::ptrdiff_t>(y) * surface.pitch;
    for (int x = 0; x < surface.w; ++x) {
      rgb[3 * x] = row[4 * x + 2];
      rgb[3 * x + 1] = row[4 * x + 1];
      rgb[3 * x + 2] = row[4 * x];
    }
    png_write_row(png, rgb);
  }
  png_write_end(png, nullptr);
  return true;
}

}  // namespace

void save_png_quickly(SDL_Surface& surface, const std::filesystem::path& path) {
  if (surface.format->format != SDL_PIXELFORMAT_ARGB8888) {
    throw std::runtime_error(path.string() + ": only ARGB8888 surfaces are written");
  }
  std::unique_ptr<std::FILE, FileCloser> file{std::fopen(path.c_str(), "wb")};
  if (!file) throw std::runtime_error(path.string() + ": cannot open for writing");
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png != nullptr ? png_create_info_struct(png) : nullptr;
  if (info == nullptr) {
    png_destroy_write_struct(&png, nullptr);
    throw std::runtime_error(path.string() + ": cannot start a PNG");
  }
  std::vector<png_byte> rgb(static_cast<std::size_t>(surface.w) * 3);
  const bool written = write_rows(png, info, file.get(), surface, rgb.data());
  png_destroy_write_struct(&png, &info);
  if (!written || std::fflush(file.get()) != 0) {
    throw std::runtime_error(path.string() + ": cannot write the PNG");
  }
}

}  // namespace nownext::render
