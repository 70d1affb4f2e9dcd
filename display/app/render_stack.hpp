// Everything that draws on the screen, built in one place for every windowed command: SDL, the
// fonts of the data folder, the text shaper and the display (reopened when the screen changes).
#pragma once

#include "render/display.hpp"
#include "render/fonts.hpp"
#include "render/sdl_library.hpp"
#include "render/text_shaper.hpp"

#include <filesystem>
#include <optional>

namespace nownext::app {

class RenderStack {
 public:
  // Throws std::runtime_error when the fonts or the display cannot be opened. A screen named in
  // the environment (DISPLAY, WAYLAND_DISPLAY) that cannot be opened yet is waited for as
  // reopen() waits: an X server still starting (xinit, a service started before it) or resetting
  // after its last client left refuses connections for a moment. With none named, the error is
  // at once.
  RenderStack(const std::filesystem::path& data, const render::WindowOptions& options);
  [[nodiscard]] render::Display& display() { return *display_; }
  // Closes the display and opens it again with the same options and video driver (the screen
  // changed). The old window and video subsystem go first: SDL looks at the screens when it
  // starts. A screen that cannot be opened is tried again every half second, reopen_attempts
  // times in all; then throws std::runtime_error.
  void reopen();
  static constexpr int reopen_attempts = 20;

 private:
  [[nodiscard]] static bool display_named();
  // Opens the display, trying every half second, `attempts` times in all (at least 1).
  void open_display(int attempts);

  render::WindowOptions options_;
  std::filesystem::path assets_;
  // Declaration order is teardown order reversed: the display, then the shaper and the fonts it
  // uses, then SDL.
  render::SdlLibrary sdl_;
  render::Fonts fonts_;
  render::TextShaper shaper_;
  std::optional<render::Display> display_;
};

}  // namespace nownext::app
