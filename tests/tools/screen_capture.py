"""Reads what an X server shows, as a person would see it: `xwd -root` parsed into a PIL image,
and comparisons of screens with a per-channel tolerance. Used by the kiosk tests under Xvfb."""
import struct
import subprocess

from PIL import Image, ImageChops


def capture(display: str) -> Image.Image:
    """The whole screen of X display `display` (e.g. ":99") as an RGB image."""
    raw = subprocess.run(["xwd", "-root", "-silent", "-display", display],
                         check=True, capture_output=True).stdout
    header = struct.unpack(">25I", raw[:100])
    header_size, version, pixmap_format, depth, width, height = header[:6]
    bits_per_pixel, bytes_per_line, ncolors = header[11], header[12], header[19]
    if version != 7 or pixmap_format != 2 or bits_per_pixel not in (24, 32):
        raise RuntimeError(f"unexpected XWD image: version {version}, format {pixmap_format}, "
                           f"{bits_per_pixel} bits per pixel")
    start = header_size + ncolors * 12
    byte_order = header[7]  # 0 = LSBFirst
    pixels = raw[start:start + bytes_per_line * height]
    if bits_per_pixel == 32:
        mode = "BGRX" if byte_order == 0 else "XRGB"
    else:
        mode = "BGR" if byte_order == 0 else "RGB"
    return Image.frombuffer("RGB", (width, height), pixels, "raw", mode, bytes_per_line, 1)


def differing_fraction(a: Image.Image, b: Image.Image, box=None, tolerance: int = 24) -> float:
    """The fraction of pixels (inside `box`, left-top-right-bottom) where a channel differs by
    more than `tolerance`."""
    if box is not None:
        a, b = a.crop(box), b.crop(box)
    diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB"))
    # A pixel counts once, whichever of its channels differs.
    mask = diff.point(lambda v: 255 if v > tolerance else 0).convert("L")
    counted = sum(1 for v in mask.getdata() if v)
    return counted / (a.width * a.height)
