#!/usr/bin/python3
"""The kiosk and the preview window for real, under Xvfb, read from the screen as a person sees
it. Run through ctest as: xvfb-run -a -s "-screen 0 1280x720x24" kiosk_e2e.py NOWNEXT SOURCE_DIR
[kiosk|preview].

kiosk: `nownext run` on a configuration whose feed is served on 127.0.0.1. The screen must show
what `nownext shot` renders for the same instant; when the feed changes on the server the screen
follows; when the server stops, the last agenda stays and the stale marker appears; SIGTERM
ends the kiosk cleanly.

preview: `nownext preview` with a simulated clock; the Right and Left keys step to the next and
previous change; L switches the layout; Q quits.
"""
import datetime
import functools
import http.server
import json
import os
import pathlib
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zoneinfo

from PIL import Image

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import screen_capture  # noqa: E402

WIDTH, HEIGHT = 1280, 720
FOOTER = 2 * round(0.022 * HEIGHT) + 2  # the footer band holds the demo and stale notes
BODY = (0, 0, WIDTH, HEIGHT - FOOTER)
ACCENT = (0x8F, 0xD3, 0xFF)  # the default theme's accent, which the stale note uses


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


class Shots:
    """Renders what the screen should show with `nownext shot`, cached per instant and feed."""

    def __init__(self, nownext, work):
        self.nownext, self.work, self.cache = nownext, work, {}

    def pages(self, feed, at, layout, pages=3):
        images = []
        for page in range(pages):
            key = (str(feed), at, layout, page)
            if key not in self.cache:
                out = self.work / f"shot-{len(self.cache)}.png"
                done = subprocess.run([self.nownext, "shot", "--feed", str(feed), "--at", at,
                                       "--layout", layout, "--size", f"{WIDTH}x{HEIGHT}",
                                       "--page", str(page), "--out", str(out)],
                                      capture_output=True, text=True)
                if done.returncode != 0:
                    fail(f"nownext shot exited with {done.returncode}: {done.stderr[-3000:]}")
                self.cache[key] = Image.open(out).convert("RGB")
            images.append(self.cache[key])
        return images


def best_match(screen, candidates):
    return min(screen_capture.differing_fraction(screen, c, BODY) for c in candidates)


def wait_for(description, condition, timeout):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        ok, last = condition()
        if ok:
            return last
        time.sleep(0.5)
    fail(f"{description}: not seen within {timeout} s (last: {last})")


def zurich_minute(replay_day=None):
    now = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Zurich"))
    day = replay_day or now.strftime("%Y-%m-%d")
    return f"{day}T{now.strftime('%H:%M')}"


def accent_pixels(image, box):
    region = image.crop(box)
    return sum(1 for p in region.getdata()
               if all(abs(p[i] - ACCENT[i]) <= 20 for i in range(3)))


def serve(directory):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(directory))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_kiosk(nownext, source, work):
    display = os.environ["DISPLAY"]
    served = work / "served"
    served.mkdir()
    original = (source / "feeds/idm2017.json").read_text(encoding="utf-8")
    (served / "feed.json").write_text(original, encoding="utf-8")
    server = serve(served)
    url = f"http://127.0.0.1:{server.server_address[1]}/feed.json"
    config = work / "kiosk.json"
    config.write_text(json.dumps({
        "feed": url, "layout": "room-door-landscape", "poll_seconds": 5,
        "stale_after_seconds": 8, "state_dir": str(work / "state"),
        "replay_day": "2017-07-18", "window": {"fullscreen": True}}), encoding="utf-8")
    shots = Shots(nownext, work)
    feed_a = work / "feed-a.json"
    feed_a.write_text(original, encoding="utf-8")
    changed = original.replace("Salle de conférence XVIII", "Salle XIX (nouvelle)")
    feed_b = work / "feed-b.json"
    feed_b.write_text(changed, encoding="utf-8")

    log = open(work / "kiosk.log", "w")
    kiosk = subprocess.Popen([nownext, "run", "--config", str(config)], stderr=log)
    try:
        def shows(feed):
            def check():
                screen = screen_capture.capture(display)
                at = zurich_minute("2017-07-18")
                diff = best_match(screen, shots.pages(feed, at, "room-door-landscape"))
                screen.save(work / f"last-{feed.stem}.png")
                return diff < 0.001, f"{diff:.4f} of the body differs from {feed.name} at {at}"
            return check

        print(wait_for("the kiosk showing the served agenda", shows(feed_a), 20))
        (served / "feed.json").write_text(changed, encoding="utf-8")
        # The server's Last-Modified has one-second steps: date the change clearly later, or a
        # change within the second of the first fetch would rightly be answered 304.
        later = time.time() + 5
        os.utime(served / "feed.json", (later, later))
        print(wait_for("the screen following the changed feed", shows(feed_b), 25))
        before_stop = screen_capture.capture(display)
        footer = (0, HEIGHT - FOOTER, WIDTH, HEIGHT)
        if accent_pixels(before_stop, footer) > 50:
            fail("a stale marker is shown while the feed answers")
        server.shutdown()
        server.server_close()

        def stale():
            screen = screen_capture.capture(display)
            marker = accent_pixels(screen, footer)
            at = zurich_minute("2017-07-18")
            diff = best_match(screen, shots.pages(feed_b, at, "room-door-landscape"))
            return marker > 50 and diff < 0.001, f"{marker} accent pixels in the footer, body {diff:.4f}"
        print(wait_for("the stale marker with the last agenda kept", stale, 40))
        screen_capture.capture(display).save(work / "kiosk-stale.png")

        # SIGHUP reloads the configuration: another layout is shown...
        settings = json.loads(config.read_text(encoding="utf-8"))
        settings["layout"] = "day-overview"
        config.write_text(json.dumps(settings), encoding="utf-8")
        kiosk.send_signal(signal.SIGHUP)

        def day_overview():
            screen = screen_capture.capture(display)
            at = zurich_minute("2017-07-18")
            diff = best_match(screen, shots.pages(feed_b, at, "day-overview", pages=1))
            return diff < 0.001, f"{diff:.4f} differs from the day overview at {at}"
        print(wait_for("SIGHUP: the new layout", day_overview, 10))
        # ...and a broken one is refused, keeping what is shown.
        config.write_text("{ broken", encoding="utf-8")
        kiosk.send_signal(signal.SIGHUP)
        time.sleep(2)
        print(wait_for("SIGHUP with a broken file: the layout kept", day_overview, 5))
    finally:
        kiosk.send_signal(signal.SIGTERM)
        try:
            code = kiosk.wait(timeout=10)
        except subprocess.TimeoutExpired:
            kiosk.kill()
            fail("the kiosk did not stop within 10 s of SIGTERM")
        log.close()
    text = (work / "kiosk.log").read_text()
    print(text)
    if code != 0 or "stopped" not in text:
        fail(f"the kiosk exited with {code} after SIGTERM")
    if "reload: kept the previous configuration" not in text:
        fail("the broken configuration was not reported")


def test_preview(nownext, source, work):
    display = os.environ["DISPLAY"]
    shots = Shots(nownext, work)
    feed = work / "feed.json"
    original = (source / "feeds/idm2017.json").read_text(encoding="utf-8")
    feed.write_text(original, encoding="utf-8")
    changed = work / "feed-changed.json"
    changed.write_text(original.replace("Salle de conférence XVIII", "Salle XIX"), encoding="utf-8")
    log = open(work / "preview.log", "w")
    preview = subprocess.Popen([nownext, "preview", "--feed", str(feed), "--at",
                                "2017-07-19T15:30", "--layout", "room-door-landscape",
                                "--window", f"{WIDTH}x{HEIGHT}"], stderr=log)

    def shows(at, layout="room-door-landscape", expected=feed):
        def check():
            screen = screen_capture.capture(display)
            diff = best_match(screen, shots.pages(expected, at, layout))
            return diff < 0.001, f"{diff:.4f} differs from {layout} at {at}"
        return check

    def key(name):
        subprocess.run(["xdotool", "key", name], check=True, env=dict(os.environ))

    try:
        print(wait_for("the preview at 15:30", shows("2017-07-19T15:30"), 20))
        key("Right")
        print(wait_for("Right: the next change, 16:00", shows("2017-07-19T16:00"), 10))
        key("Left")
        print(wait_for("Left: the change before, 15:00", shows("2017-07-19T15:00"), 10))
        key("l")
        print(wait_for("L: the next layout", shows("2017-07-19T15:00", "room-door-portrait"), 10))
        key("space")  # pause, so the minute cannot turn while the file changes
        feed.write_text(changed.read_text(encoding="utf-8"), encoding="utf-8")
        later = time.time() + 5
        os.utime(feed, (later, later))
        print(wait_for("the feed file changed on disk: reloaded",
                       shows("2017-07-19T15:00", "room-door-portrait", changed), 10))
        key("q")
        code = preview.wait(timeout=10)
    finally:
        if preview.poll() is None:
            preview.kill()
        log.close()
    print((work / "preview.log").read_text())
    if code != 0:
        fail(f"the preview exited with {code}")


def main():
    nownext, source, which = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
    keep = os.environ.get("NOWNEXT_E2E_KEEP")  # a folder to keep the screens in, for a look
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(keep) if keep else pathlib.Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        {"kiosk": test_kiosk, "preview": test_preview}[which](nownext, source, work)
    print("ok")


if __name__ == "__main__":
    main()
