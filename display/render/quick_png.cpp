// libpng with a fixed filter and a fast compression level.
#include "render/quick_png.hpp"

#include <png.h>

#include <csetjmp>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <vector>

namespace nownext::render {
namespace {

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

// libpng reports errors by longjmp to here: nothing in this function has a destructor.
bool write_rows(png_structp png, png_infop info, std::FILE* file, int width_px, int height_px,
                png_bytepp rows) {
  if (setjmp(png_jmpbuf(png)) != 0) return false;
  png_init_io(png, file);
  png_set_IHDR(png, info, static_cast<png_uint_32>(width_px), static_cast<png_uint_32>(height_px),
               8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
  png_set_compression_level(png, 1);
  png_set_rows(png, info, rows);
  // ARGB8888 is B, G, R, A in memory on a little-endian machine: swap to RGB, drop the 4th byte.
  png_write_png(png, info, PNG_TRANSFORM_BGR | PNG_TRANSFORM_STRIP_FILLER_AFTER, nullptr);
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
  std::vector<png_bytep> rows(static_cast<std::size_t>(surface.h));
  for (int y = 0; y < surface.h; ++y) {
    rows[static_cast<std::size_t>(y)] =
        static_cast<png_bytep>(surface.pixels) + static_cast<std::ptrdiff_t>(y) * surface.pitch;
  }
  const bool written = write_rows(png, info, file.get(), surface.w, surface.h, rows.data());
  png_destroy_write_struct(&png, &info);
  if (!written || std::fflush(file.get()) != 0) {
    throw std::runtime_error(path.string() + ": cannot write the PNG");
  }
}

}  // namespace nownext::render
