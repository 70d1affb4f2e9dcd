// The visible display: a fullscreen (the desktop's own size, with or without a window manager) or
// windowed SDL window that presents a frame only when it changed, and sleeps on events until the
// caller's next deadline.
#pragma once

#include "core/frame.hpp"
#include "render/painter.hpp"
#include "render/sdl_handles.hpp"
#include "render/text_shaper.hpp"

#include <chrono>
#include <filesystem>
#include <future>
#include <optional>
#include <string>

namespace nownext::render {

// How frames reach the screen. `automatic`: SDL's software renderer on X11, whose native
// framebuffer needs no GL (Mesa's llvmpipe costs some 60 MB and 250 ms at start on a machine
// without a GPU); SDL's choice elsewhere (KMSDRM has no path without GL).
enum class RendererChoice { automatic, software, accelerated };

struct WindowOptions {
  bool fullscreen = true;  // at the desktop's size; otherwise windowed at width x height
  int width_px = 1280;
  int height_px = 720;
  RendererChoice renderer = RendererChoice::automatic;
};

enum class Wake {
  deadline,  // the deadline passed
  resized,   // the output size changed: build a frame for size() and show() it
  quit,      // the user or the system (SIGTERM) asked to stop
  woken,     // wake_up() was called, e.g. by the fetcher with a new agenda
  key,       // a key was pressed: see Display::last_key()
  // The screen changed in a way SDL does not follow (an X11 output's new mode): close the
  // display and open a new one, which SDL lays out on the screen as it is now.
  screen_changed,
};

class Display {
 public:
  // Opens the window. Throws std::runtime_error when SDL would draw on an invisible driver
  // (offscreen, dummy): a kiosk must not run with a blank screen and no error. SdlLibrary must
  // be alive; `shaper` must outlive the display.
  Display(const WindowOptions& options, TextShaper& shaper,
          const std::filesystem::path& assets_dir);

  // The size to lay frames out for, in pixels.
  [[nodiscard]] core::Rect size() const;
  [[nodiscard]] std::string driver() const;
  // Paints and presents `frame` unless it is already on screen. Returns whether it presented.
  bool show(const core::Frame& frame);
  // Fits and renders the text of `frame` into the painter's cache without drawing, so that an
  // animation towards it does not spend its first frame there (issue "Unattended fleets": every
  // slide frame under 16 ms, at 3840x2160 too).
  void prepare(const core::Frame& frame) { painter_.prepare(frame); }
  // Sleeps on events until `deadline`, redrawing on expose and renderer resets; returns early
  // when the size changed (a fullscreen window follows its display's new mode), on a key, a
  // wake_up() or quit. Events are read even when `deadline` has passed.
  Wake wait_until(std::chrono::steady_clock::time_point deadline);
  // The frame on screen, drawn again into a texture and read back (reading the window's own
  // buffer is unreliable: pitfalls notes, 1.11). Null before the first show().
  [[nodiscard]] SurfacePtr read_back();
  // The key that made wait_until() return Wake::key (what it means is the caller's choice).
  [[nodiscard]] SDL_Keycode last_key() const { return last_key_; }
  // Makes a wait_until() in progress, on any display, return Wake::woken. Thread-safe; does
  // nothing before a display opened.
  static void wake_up();
  [[nodiscard]] const CacheStats& text_stats() const { return painter_.text_stats(); }
  // The measurer the painter fits text with, for screens that space entries by their lines.
  [[nodiscard]] TextShaper& shaper() { return shaper_; }

 private:
  class VideoSubsystem {
   public:
    VideoSubsystem();
    VideoSubsystem(const VideoSubsystem&) = delete;
    VideoSubsystem& operator=(const VideoSubsystem&) = delete;
    ~VideoSubsystem();
  };
  void repaint();
  // Sends the window's buffer to the X server on a second thread; settle() waits for it.
  void start_first_copy();
  // Waits for the first copy, if one is under way: whatever talks to the X server (a present,
  // reading events) comes after it. Painting into the buffer need not wait.
  void settle();
  // What one event asks of the caller, if anything.
  std::optional<Wake> handle(const SDL_Event& event);
  // Fits a fullscreen window to the desktop of its display again; true when the size to lay
  // out for changed.
  bool fit_to_desktop();

  // Declaration order is construction order; teardown runs backwards: the painter's textures,
  // the renderer, the window, then the video subsystem.
  TextShaper& shaper_;
  VideoSubsystem video_;
  bool fullscreen_;
  // Whether a window manager was asked to make the window fullscreen; with none, a fullscreen
  // window is a borderless one at the desktop's size and place.
  bool wm_fullscreen_ = false;
  WindowPtr window_;
  RendererPtr renderer_;
  Painter painter_;
  bool partial_updates_;  // show() may send only what changed (the software renderer)
  std::optional<core::Frame> shown_;
  SDL_Keycode last_key_ = SDLK_UNKNOWN;
  // Last: destroyed first, so the window outlives a copy still under way.
  std::future<void> first_copy_;
};

}  // namespace nownext::render
