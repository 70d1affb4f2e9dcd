// Window, renderer and the event wait for the kiosk display (pitfalls notes, 1.1-1.7).
#include "render/display.hpp"

#include "core/frame_diff.hpp"

#include <SDL_syswm.h>
#include <sys/mman.h>
#include <unistd.h>
#if defined(SDL_VIDEO_DRIVER_X11)
#include <X11/Xatom.h>
#include <X11/Xproto.h>
#endif

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <future>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <system_error>

namespace nownext::render {
namespace {

// Set before the window exists: SDL reads the framebuffer hint when it first presents.
void choose_renderer(RendererChoice choice) {
  const bool software = choice == RendererChoice::software ||
                        (choice == RendererChoice::automatic &&
                         std::string_view{SDL_GetCurrentVideoDriver()} == "x11");
  if (software) {
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
  } else if (choice == RendererChoice::accelerated) {
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "1");
  }
}

// SDL 2.26 follows a screen that comes and goes (SDL_DISPLAYEVENT) but not an X11 output that
// changes its mode: X11_HandleXRandROutputChange updates nothing for a known output. The RandR
// notifications SDL asks for on the root window still arrive, as window-manager events.
void watch_x11_screen(bool fullscreen) {
  if (fullscreen && std::string_view{SDL_GetCurrentVideoDriver()} == "x11") {
    SDL_EventState(SDL_SYSWMEVENT, SDL_ENABLE);
  }
}

// Whether `event` is an X extension's (RandR's) notification on the root window of `window`.
bool x11_screen_event(const SDL_Event& event, SDL_Window& window) {
#if defined(SDL_VIDEO_DRIVER_X11)
  const SDL_SysWMmsg* msg = event.syswm.msg;
  if (msg == nullptr || msg->subsystem != SDL_SYSWM_X11) return false;
  SDL_SysWMinfo info{};
  SDL_VERSION(&info.version);
  if (SDL_GetWindowWMInfo(&window, &info) != SDL_TRUE || info.subsystem != SDL_SYSWM_X11) {
    return false;
  }
  const XEvent& x = msg->msg.x11.event;
  return x.xany.type >= LASTEvent && x.xany.window == DefaultRootWindow(info.info.x11.display);
#else
  (void)event;
  (void)window;
  return false;
#endif
}

#if defined(SDL_VIDEO_DRIVER_X11)
// SDL 2.26 wakes SDL_WaitEventTimeout by sending an event to the window over a second X
// connection at every event it queues (X11_SendWakeupEvent). When the window is destroyed just
// after (a key that quits, SIGTERM), the server may see that event after the window is gone, and
// Xlib's default handler ends the process with "BadWindow (X_SendEvent)" and status 1 instead of
// a clean stop. That error alone is harmless; every other goes to the handler before.
XErrorHandler previous_x_error_handler = nullptr;
int on_x_error(::Display* display, XErrorEvent* error) {
  if (error->error_code == BadWindow && error->request_code == X_SendEvent) return 0;
  return previous_x_error_handler != nullptr ? previous_x_error_handler(display, error) : 0;
}
void ignore_late_wakeups() {
  static const bool installed = [] {
    previous_x_error_handler = XSetErrorHandler(on_x_error);
    return true;
  }();
  (void)installed;
}
#else
void ignore_late_wakeups() {}
#endif

#if defined(SDL_VIDEO_DRIVER_X11)
// Whether an EWMH window manager runs on the X server of `window`: the root window names a
// live check window that names itself (a stale name, left by a window manager that died, does
// not count).
bool x11_window_manager_runs(SDL_Window& window) {
  SDL_SysWMinfo info{};
  SDL_VERSION(&info.version);
  if (SDL_GetWindowWMInfo(&window, &info) != SDL_TRUE || info.subsystem != SDL_SYSWM_X11) {
    return true;  // cannot say: ask for fullscreen as usual
  }
  ::Display* x = info.info.x11.display;
  const Atom check = XInternAtom(x, "_NET_SUPPORTING_WM_CHECK", True);
  if (check == None) return false;
  const auto named_window = [&](Window on) -> std::optional<Window> {
    Atom type = None;
    int format = 0;
    unsigned long count = 0, after = 0;
    unsigned char* data = nullptr;
    // A window that is gone raises BadWindow, which the handler of ignore_late_wakeups() does
    // not hide: trap it here.
    const XErrorHandler previous = XSetErrorHandler([](::Display*, XErrorEvent*) { return 0; });
    const int status = XGetWindowProperty(x, on, check, 0, 1, False, XA_WINDOW, &type, &format,
                                          &count, &after, &data);
    XSync(x, False);
    XSetErrorHandler(previous);
    std::optional<Window> named;
    if (status == Success && type == XA_WINDOW && format == 32 && count == 1 && data != nullptr) {
      named = *reinterpret_cast<Window*>(data);
    }
    if (data != nullptr) XFree(data);
    return named;
  };
  const std::optional<Window> supporting = named_window(DefaultRootWindow(x));
  return supporting && named_window(*supporting) == supporting;
}
#else
bool x11_window_manager_runs(SDL_Window&) {
  return true;
}
#endif

// The desktop of display `index` (its position and mode), or nullopt when SDL cannot say.
std::optional<SDL_Rect> desktop_of(int index) {
  SDL_Rect bounds{};
  SDL_DisplayMode mode{};
  if (index < 0 || SDL_GetDisplayBounds(index, &bounds) != 0 ||
      SDL_GetDesktopDisplayMode(index, &mode) != 0) {
    return std::nullopt;
  }
  return SDL_Rect{bounds.x, bounds.y, mode.w, mode.h};
}

// `wm_fullscreen` tells whether a window manager was asked to make the window fullscreen.
WindowPtr open_window(const WindowOptions& options, bool& wm_fullscreen) {
  choose_renderer(options.renderer);
  // Kiosk screens must not minimize when another window takes focus.
  SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
  // Fullscreen asks a window manager to make the window cover the screen. With none (a bare X
  // server started by xinit or a display manager's kiosk session) nobody does, and a window
  // opened at the windowed size stays that size while SDL lays out for the desktop: open it
  // at the desktop's own size and place in the first place.
  const std::optional<SDL_Rect> desktop = options.fullscreen ? desktop_of(0) : std::nullopt;
  const auto create = [&](Uint32 flags) {
    return checked(
        desktop ? SDL_CreateWindow("nownext", desktop->x, desktop->y, desktop->w, desktop->h, flags)
                : SDL_CreateWindow("nownext", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                   options.width_px, options.height_px, flags),
        "SDL_CreateWindow");
  };
  wm_fullscreen = false;
  WindowPtr window;
  if (!options.fullscreen) {
    window = create(SDL_WINDOW_RESIZABLE);
  } else {
    // SDL 2.26 asks a window manager for fullscreen once the window is mapped, then waits up to
    // 100 ms for the window to change (X11_SetWindowFullscreenViaWM). With no window manager
    // nothing changes and the first frame waits the whole time, for nothing: a borderless
    // window at the desktop's size and place already covers the screen. So look first, with
    // the window still hidden.
    window = create(SDL_WINDOW_HIDDEN | SDL_WINDOW_BORDERLESS);
    if (std::string_view{SDL_GetCurrentVideoDriver()} != "x11" ||
        x11_window_manager_runs(*window)) {
      window.reset();
      window = create(SDL_WINDOW_FULLSCREEN_DESKTOP);
      wm_fullscreen = true;
    } else {
      SDL_ShowWindow(window.get());
    }
    SDL_ShowCursor(SDL_DISABLE);
    SDL_DisableScreenSaver();
  }
  watch_x11_screen(options.fullscreen);
  return window;
}

RendererPtr open_renderer(SDL_Window& window) {
  return checked(SDL_CreateRenderer(&window, -1, SDL_RENDERER_PRESENTVSYNC), "SDL_CreateRenderer");
}

// Whether `renderer` is SDL's software renderer of a window, which draws into the window's
// surface and presents it with SDL_UpdateWindowSurface: a part of it can be sent on its own.
bool draws_into_window(SDL_Renderer& renderer) {
  SDL_RendererInfo info{};
  return SDL_GetRendererInfo(&renderer, &info) == 0 && info.name != nullptr &&
         std::string_view{info.name} == "software";
}

// Maps every page of the window's buffer now, in one call, instead of at the first paint's
// 2,000 page faults (1920x1080) or 8,000 (3840x2160): on a virtual machine each fault is an exit
// to the hypervisor, and faulting the buffer in took 15-20 ms of a first frame's 130 ms, against
// 3 ms for this one call. A kernel without MADV_POPULATE_WRITE (before Linux 5.14) faults as
// before.
void populate_window_buffer(SDL_Window& window) {
#if defined(MADV_POPULATE_WRITE)
  SDL_Surface* surface = SDL_GetWindowSurface(&window);
  if (surface == nullptr || surface->pixels == nullptr) return;
  const long page = sysconf(_SC_PAGESIZE);
  if (page <= 0) return;
  const auto first = reinterpret_cast<std::uintptr_t>(surface->pixels);
  const std::uintptr_t start = first & ~(static_cast<std::uintptr_t>(page) - 1);
  const std::uintptr_t end =
      first + static_cast<std::uintptr_t>(surface->pitch) * static_cast<std::uintptr_t>(surface->h);
  (void)madvise(reinterpret_cast<void*>(start), end - start, MADV_POPULATE_WRITE);
#else
  (void)window;
#endif
}

// The event type of wake_up(), registered when the first display opens.
std::atomic<Uint32> wake_event_type{0};

}  // namespace

void Display::wake_up() {
  const Uint32 type = wake_event_type.load();
  if (type == 0) return;
  SDL_Event event{};
  event.type = type;
  SDL_PushEvent(&event);  // thread-safe, and wakes SDL_WaitEventTimeout
}

Display::VideoSubsystem::VideoSubsystem() {
  // Before SDL opens its X connections: it restores the handler it found when it closes them,
  // which is when the late error arrives.
  ignore_late_wakeups();
  if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) throw SdlError("SDL_InitSubSystem(VIDEO)");
  // SDL falls back silently to drivers that show nothing (pitfalls notes, 1.1).
  const std::string_view driver = SDL_GetCurrentVideoDriver();
  if (driver == "offscreen" || driver == "dummy") {
    SDL_QuitSubSystem(SDL_INIT_VIDEO);
    throw std::runtime_error(
        "no display: SDL chose the invisible '" + std::string{driver} +
        "' video driver; set SDL_VIDEODRIVER=x11 or kmsdrm (PNG export needs no display)");
  }
  if (wake_event_type.load() == 0) {
    const Uint32 type = SDL_RegisterEvents(1);
    if (type != static_cast<Uint32>(-1)) wake_event_type.store(type);
  }
}

Display::VideoSubsystem::~VideoSubsystem() {
  SDL_QuitSubSystem(SDL_INIT_VIDEO);
}

Display::Display(const WindowOptions& options, TextShaper& shaper,
                 const std::filesystem::path& assets_dir)
    : shaper_(shaper),
      fullscreen_(options.fullscreen),
      window_(open_window(options, wm_fullscreen_)),
      renderer_(open_renderer(*window_)),
      painter_(*renderer_, shaper, assets_dir),
      partial_updates_(draws_into_window(*renderer_)) {
  if (partial_updates_) populate_window_buffer(*window_);
  // The window's first expose (it was just mapped) asks for what the first show() draws anyway;
  // repainting for it would paint and present the first frame twice.
  SDL_PumpEvents();
  SDL_FilterEvents(
      [](void*, SDL_Event* event) {
        return event->type == SDL_WINDOWEVENT && event->window.event == SDL_WINDOWEVENT_EXPOSED ? 0
                                                                                                : 1;
      },
      nullptr);
  // Last: from here on, the X connection is the copy's until settle().
  if (partial_updates_) start_first_copy();
}

void Display::start_first_copy() {
  // Xvfb took 60 ms to take in a new window's first 1920x1080 image (mapping the shared buffer
  // page by page), and a later one 1 ms. The buffer sent on a second thread has the server do
  // that while this thread builds the first frame and renders its text; nothing talks to the X
  // server until settle(). What the server copies meanwhile (black, or part of the first frame)
  // is replaced a moment later by the whole frame. Only on X11, whose framebuffer SDL sends
  // itself.
  if (std::string_view{SDL_GetCurrentVideoDriver()} != "x11") return;
  try {
    first_copy_ = std::async(std::launch::async,
                             [window = window_.get()] { (void)SDL_UpdateWindowSurface(window); });
  } catch (const std::system_error&) {
    // No thread to spare: the first present sends the buffer itself, only later.
  }
}

void Display::settle() {
  if (first_copy_.valid()) first_copy_.get();
}

core::Rect Display::size() const {
  int w = 0, h = 0;
  if (SDL_GetRendererOutputSize(renderer_.get(), &w, &h) != 0) {
    throw SdlError("SDL_GetRendererOutputSize");
  }
  return {0, 0, w, h};
}

std::string Display::driver() const {
  SDL_RendererInfo info{};
  SDL_GetRendererInfo(renderer_.get(), &info);
  return std::string{SDL_GetCurrentVideoDriver()} + "/" + (info.name ? info.name : "?");
}

void Display::repaint() {
  if (!shown_) return;
  painter_.paint(*shown_);
  settle();
  SDL_RenderPresent(renderer_.get());
}

bool Display::show(const core::Frame& frame) {
  if (shown_ && *shown_ == frame) return false;
  // The software renderer draws into the window's own buffer, which keeps the frame on screen:
  // only what changed is drawn again and sent to the screen (a minute on the clock, the moving
  // band of a page slide), not 33 MB a frame at 3840x2160.
  const std::optional<core::Rect> changed =
      shown_ && partial_updates_ ? core::changed_area(*shown_, frame) : std::nullopt;
  shown_ = frame;
  if (!changed) {
    repaint();
  } else if (changed->w > 0 && changed->h > 0) {
    painter_.paint(*shown_, nullptr, changed);
    const SDL_Rect area{changed->x, changed->y, changed->w, changed->h};
    if (SDL_RenderFlush(renderer_.get()) != 0 ||
        SDL_UpdateWindowSurfaceRects(window_.get(), &area, 1) != 0) {
      repaint();
    }
  }
  return true;
}

Wake Display::wait_until(std::chrono::steady_clock::time_point deadline) {
  using std::chrono::milliseconds;
  settle();
  for (;;) {
    const auto left = deadline - std::chrono::steady_clock::now();
    // Past the deadline the queue is still read once: a caller whose deadline is always past
    // must still see a quit (SIGTERM) instead of spinning without looking.
    const long long ms =
        left <= milliseconds{0}
            ? 0
            : std::min<long long>(std::chrono::ceil<milliseconds>(left).count(), 60'000);
    SDL_Event event;
    const int got =
        ms == 0 ? SDL_PollEvent(&event) : SDL_WaitEventTimeout(&event, static_cast<int>(ms));
    if (got == 0) {
      if (ms == 0) return Wake::deadline;
      continue;
    }
    if (const std::optional<Wake> wake = handle(event)) return *wake;
  }
}

std::optional<Wake> Display::handle(const SDL_Event& event) {
  if (event.type == SDL_QUIT) return Wake::quit;
  if (event.type == wake_event_type.load()) return Wake::woken;
  if (event.type == SDL_KEYDOWN && event.key.repeat == 0) {
    last_key_ = event.key.keysym.sym;
    return Wake::key;
  }
  if (event.type == SDL_RENDER_TARGETS_RESET || event.type == SDL_RENDER_DEVICE_RESET) {
    painter_.reset();
    repaint();
  } else if (event.type == SDL_SYSWMEVENT) {
    if (fullscreen_ && x11_screen_event(event, *window_)) return Wake::screen_changed;
  } else if (event.type == SDL_DISPLAYEVENT) {
    // A screen plugged in again (a TV power-cycled) may come back with other modes.
    if (fit_to_desktop()) return Wake::resized;
  } else if (event.type == SDL_WINDOWEVENT) {
    switch (event.window.event) {
      case SDL_WINDOWEVENT_SIZE_CHANGED: return Wake::resized;
      case SDL_WINDOWEVENT_DISPLAY_CHANGED:
        if (fit_to_desktop()) return Wake::resized;
        break;
      case SDL_WINDOWEVENT_EXPOSED: repaint(); break;
      default: break;
    }
  }
  return std::nullopt;
}

bool Display::fit_to_desktop() {
  if (!fullscreen_) return false;
  std::optional<SDL_Rect> desktop = desktop_of(SDL_GetWindowDisplayIndex(window_.get()));
  if (!desktop) desktop = desktop_of(0);
  if (!desktop) return false;
  int x = 0, y = 0, w = 0, h = 0;
  SDL_GetWindowPosition(window_.get(), &x, &y);
  SDL_GetWindowSize(window_.get(), &w, &h);
  const core::Rect before = size();
  if (x != desktop->x || y != desktop->y || w != desktop->w || h != desktop->h) {
    // Out of fullscreen and back, so that both a window manager and a bare X server see the
    // window at the new size and place.
    if (wm_fullscreen_) SDL_SetWindowFullscreen(window_.get(), 0);
    SDL_SetWindowSize(window_.get(), desktop->w, desktop->h);
    SDL_SetWindowPosition(window_.get(), desktop->x, desktop->y);
    if (wm_fullscreen_) {
      SDL_SetWindowFullscreen(window_.get(), SDL_WINDOW_FULLSCREEN_DESKTOP);
    }
  }
  return size() != before;
}

SurfacePtr Display::read_back() {
  if (!shown_) return nullptr;
  const core::Rect area = size();
  const TexturePtr target = checked(SDL_CreateTexture(renderer_.get(), SDL_PIXELFORMAT_ARGB8888,
                                                      SDL_TEXTUREACCESS_TARGET, area.w, area.h),
                                    "SDL_CreateTexture");
  if (SDL_SetRenderTarget(renderer_.get(), target.get()) != 0)
    throw SdlError("SDL_SetRenderTarget");
  painter_.paint(*shown_);
  SurfacePtr pixels = make_argb_surface(area.w, area.h);
  const int read = SDL_RenderReadPixels(renderer_.get(), nullptr, SDL_PIXELFORMAT_ARGB8888,
                                        pixels->pixels, pixels->pitch);
  SDL_SetRenderTarget(renderer_.get(), nullptr);
  if (read != 0) throw SdlError("SDL_RenderReadPixels");
  return pixels;
}

}  // namespace nownext::render
