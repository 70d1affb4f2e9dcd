// The floor under the kiosk's first frame on an X server: a bare Xlib program (no SDL, no fonts,
// no agenda) that opens the display, maps a window over the whole screen with no window manager's
// say (override-redirect, as the kiosk's borderless window has none to ask), sends one
// full-screen image and waits for the server to take it. kiosk_bench.py --floor times it from
// exec as it times the kiosk: what the budget of the first frame leaves once the X server and
// process start have had their share on the machine at hand.
//
// Prints "first frame on screen" on stderr once the server has the image; exits 1 without a
// display.
#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

int main() {
  Display* display = XOpenDisplay(nullptr);
  if (display == nullptr) {
    std::fputs("x-floor: no X display\n", stderr);
    return 1;
  }
  const int screen = DefaultScreen(display);
  const int w = DisplayWidth(display, screen);
  const int h = DisplayHeight(display, screen);
  XSetWindowAttributes attributes{};
  attributes.override_redirect = True;
  const Window window =
      XCreateWindow(display, RootWindow(display, screen), 0, 0, static_cast<unsigned>(w),
                    static_cast<unsigned>(h), 0, CopyFromParent, InputOutput, CopyFromParent,
                    CWOverrideRedirect, &attributes);
  XMapWindow(display, window);
  // One 32-bit pixel per screen pixel, as the kiosk's software renderer sends; XDestroyImage
  // frees it.
  const std::size_t bytes = static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4;
  auto* pixels = static_cast<char*>(std::malloc(bytes));
  if (pixels == nullptr) return 1;
  std::memset(pixels, 0x40, bytes);
  XImage* image = XCreateImage(display, DefaultVisual(display, screen),
                               static_cast<unsigned>(DefaultDepth(display, screen)), ZPixmap, 0,
                               pixels, static_cast<unsigned>(w), static_cast<unsigned>(h), 32, 0);
  GC gc = XCreateGC(display, window, 0, nullptr);
  XPutImage(display, window, gc, image, 0, 0, 0, 0, static_cast<unsigned>(w),
            static_cast<unsigned>(h));
  XSync(display, False);
  std::fputs("x-floor: first frame on screen\n", stderr);
  XFreeGC(display, gc);
  XDestroyImage(image);
  XCloseDisplay(display);
  return 0;
}
