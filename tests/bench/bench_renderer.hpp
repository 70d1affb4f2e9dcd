// What the render benchmarks share: SDL, the project's fonts and a software canvas at
// 1920x1080, and the process's resident memory.
#pragma once

#include "render/canvas.hpp"
#include "render/font_config.hpp"
#include "render/fonts.hpp"
#include "render/sdl_library.hpp"
#include "render/text_shaper.hpp"
#include "support/test_files.hpp"

#include <fstream>
#include <string>

namespace nownext::testing {

// Members in teardown order. Fonts as the kiosk keeps them: closed between frames when more
// than 48 are open.
struct BenchRenderer {
  render::SdlLibrary sdl;
  render::Fonts fonts{
      render::resolve_fonts(render::load_font_config(source_path("fonts/roles.txt")))};
  render::TextShaper shaper{fonts};
  render::SoftwareCanvas canvas{1920, 1080, shaper, source_path("assets")};
};

// VmRSS of /proc/self/status in MiB, or 0 when it cannot be read.
inline double resident_mb() {
  std::ifstream status{"/proc/self/status"};
  for (std::string line; std::getline(status, line);) {
    if (line.starts_with("VmRSS:")) return std::stod(line.substr(6)) / 1024.0;
  }
  return 0;
}

}  // namespace nownext::testing
