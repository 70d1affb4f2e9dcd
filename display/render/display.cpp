// Window, renderer and the event wait for the kiosk display (pitfalls notes, 1.1-1.7).
#include "render/display.hpp"

#include <algorithm>
#include <atomic>
#include <stdexcept>
#include <string_view>

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

WindowPtr open_window(const WindowOptions& options) {
  choose_renderer(options.renderer);
  // Kiosk screens must not minimize when another window takes focus.
  SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
  const Uint32 flags = options.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : SDL_WINDOW_RESIZABLE;
  WindowPtr window =
      checked(SDL_CreateWindow("nownext", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                               options.width_px, options.height_px, flags),
              "SDL_CreateWindow");
  if (options.fullscreen) {
    SDL_ShowCursor(SDL_DISABLE);
    SDL_DisableScreenSaver();
  }
  return window;
}

RendererPtr open_renderer(SDL_Window& window) {
  return checked(SDL_CreateRenderer(&window, -1, SDL_RENDERER_PRESENTVSYNC), "SDL_CreateRenderer");
}

// The event type of wake_up(), registered when the first display opens.
std::atomic<Uint32> wake_event_type{0};

Key key_of(SDL_Keycode code) {
  switch (code) {
    case SDLK_LEFT: return Key::left;
    case SDLK_RIGHT: return Key::right;
    case SDLK_SPACE: return Key::space;
    case SDLK_l: return Key::layout;
    case SDLK_r: return Key::reload;
    case SDLK_q:
    case SDLK_ESCAPE: return Key::quit;
    default: return Key::other;
  }
}

}  // namespace

void Display::wake_up() {
  const Uint32 type = wake_event_type.load();
  if (type == 0) return;
  SDL_Event event{};
  event.type = type;
  SDL_PushEvent(&event);  // thread-safe, and wakes SDL_WaitEventTimeout
}

Display::VideoSubsystem::VideoSubsystem() {
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
    : window_(open_window(options)),
      renderer_(open_renderer(*window_)),
      painter_(*renderer_, shaper, assets_dir) {}

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
  SDL_RenderPresent(renderer_.get());
}

bool Display::show(const core::Frame& frame) {
  if (shown_ && *shown_ == frame) return false;
  shown_ = frame;
  repaint();
  return true;
}

Wake Display::wait_until(std::chrono::steady_clock::time_point deadline) {
  using std::chrono::milliseconds;
  for (;;) {
    const auto left = deadline - std::chrono::steady_clock::now();
    if (left <= milliseconds{0}) return Wake::deadline;
    const auto ms = std::chrono::ceil<milliseconds>(left).count();
    SDL_Event event;
    if (SDL_WaitEventTimeout(&event, static_cast<int>(std::min<long long>(ms, 60'000))) == 0) {
      continue;
    }
    if (event.type == SDL_QUIT) return Wake::quit;
    if (event.type == wake_event_type.load()) return Wake::woken;
    if (event.type == SDL_KEYDOWN && event.key.repeat == 0) {
      last_key_ = key_of(event.key.keysym.sym);
      return Wake::key;
    }
    if (event.type == SDL_RENDER_TARGETS_RESET || event.type == SDL_RENDER_DEVICE_RESET) {
      painter_.reset();
      repaint();
    } else if (event.type == SDL_WINDOWEVENT) {
      if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) return Wake::resized;
      if (event.window.event == SDL_WINDOWEVENT_EXPOSED) repaint();
    }
  }
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
