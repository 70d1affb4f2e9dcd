#!/usr/bin/python3
"""The kiosk and the preview window for real, under Xvfb with no window manager (as a kiosk
started by xinit has), read from the screen as a person sees it. Run through ctest as:
xvfb-run -a -s "-screen 0 1920x1080x24" kiosk_e2e.py NOWNEXT SOURCE_DIR
[kiosk|fill|room|idle|preview].

kiosk: `nownext run` on a configuration whose feed is served on 127.0.0.1. The screen must show
what `nownext shot` renders at the screen's size for the same instant; when the feed changes on
the server the screen follows; when the server stops, the last agenda stays and the stale marker
appears; SIGHUP reloads; SIGTERM ends the kiosk cleanly.

fill: the kiosk fullscreen fills the screen, whatever its size and orientation: the whole
screen is what `shot` renders at that size, also after the screen announced a change; SIGINT
ends it cleanly.

room: a door whose room id disappears from the feed shows its own room's name and no other
room's sessions, logs it once (and once for the hallway rows configured), and shows its room
again when the id comes back.

idle: no cached agenda and a feed nobody answers: the screen says why, the kiosk uses almost
no CPU over 30 s, and SIGTERM ends it.

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

# The screen's size, set by main() from what the X server shows.
WIDTH, HEIGHT = 1280, 720
FOOTER = BODY = None
ACCENT = (0x8F, 0xD3, 0xFF)  # the default theme's accent, which the stale note uses


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


class Shots:
    """Renders what the screen should show with `nownext shot`, cached per instant and feed."""

    def __init__(self, nownext, work):
        self.nownext, self.work, self.cache = nownext, work, {}

    def pages(self, feed, at, layout, pages=3, room=None):
        images = []
        for page in range(pages):
            key = (str(feed), at, layout, page, room)
            if key not in self.cache:
                out = self.work / f"shot-{len(self.cache)}.png"
                done = subprocess.run([self.nownext, "shot", "--feed", str(feed), "--at", at,
                                       "--layout", layout, "--size", f"{WIDTH}x{HEIGHT}",
                                       "--page", str(page), "--out", str(out)]
                                      + (["--room", room] if room else []),
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
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass
    handler = functools.partial(Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def door_layout():
    return "room-door-portrait" if HEIGHT > WIDTH else "room-door-landscape"


def stop(kiosk, log, how=signal.SIGTERM):
    """Signals `how`, and returns the kiosk's log once it ended; fails when it does not end or
    not cleanly."""
    kiosk.send_signal(how)
    try:
        code = kiosk.wait(timeout=10)
    except subprocess.TimeoutExpired:
        kiosk.kill()
        fail(f"the kiosk did not stop within 10 s of {how.name}")
    log.close()
    text = pathlib.Path(log.name).read_text()
    print(text)
    if code != 0 or "stopped" not in text:
        fail(f"the kiosk exited with {code} after {how.name}")
    return text


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
        "feed": url, "layout": door_layout(), "poll_seconds": 5,
        "stale_after_seconds": 8, "state_dir": str(work / "state"), "burn_in": False,
        "replay_day": "2017-07-18", "window": {"fullscreen": True},
        "pol_seconds": 5}), encoding="utf-8")  # misspelt: a warning at start and on reload
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
                diff = best_match(screen, shots.pages(feed, at, door_layout()))
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
            diff = best_match(screen, shots.pages(feed_b, at, door_layout()))
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
        text = stop(kiosk, log)
    if "reload: kept the previous configuration" not in text:
        fail("the broken configuration was not reported")
    if text.count("kiosk.json: pol_seconds: unknown member, ignored") != 2:
        fail("the misspelt member was not named at start and on the reload")


def start_kiosk(nownext, work, settings, name="kiosk"):
    config = work / f"{name}.json"
    config.write_text(json.dumps(settings), encoding="utf-8")
    log = open(work / f"{name}.log", "w")
    return subprocess.Popen([nownext, "run", "--config", str(config)], stderr=log), log


def test_fill(nownext, source, work):
    """One comparison of the whole screen: the kiosk's window covers it at its own size."""
    display = os.environ["DISPLAY"]
    feed = source / "feeds/idm2017.json"
    kiosk, log = start_kiosk(nownext, work, {
        "feed": str(feed), "state_dir": str(work / "state"), "burn_in": False,
        "replay_day": "2017-07-18"})
    shots = Shots(nownext, work)
    whole = (0, 0, WIDTH, HEIGHT - FOOTER)
    try:
        def fills():
            screen = screen_capture.capture(display)
            at = zurich_minute("2017-07-18")
            # No layout named: the kiosk picks the door in the screen's orientation.
            diff = min(screen_capture.differing_fraction(screen, shot, whole)
                       for shot in shots.pages(feed, at, door_layout()))
            screen.save(work / "fill.png")
            return diff < 0.001, f"{diff:.4f} of the screen differs from shot at {WIDTH}x{HEIGHT}"
        print(wait_for(f"the kiosk filling the {WIDTH}x{HEIGHT} screen", fills, 60))
        # A RandR notification, as a screen plugged in again or given a new mode sends one
        # (Xvfb cannot change its size): the kiosk opens its window again and fills the screen.
        subprocess.run(["xrandr", "--output", "screen", "--primary"], check=True)
        print(wait_for("the window opened again after the screen's notification",
                       lambda: ("opened again" in (work / "kiosk.log").read_text(), "no log"), 20))
        print(wait_for(f"the kiosk filling the {WIDTH}x{HEIGHT} screen again", fills, 20))
    finally:
        text = stop(kiosk, log, signal.SIGINT)  # Ctrl-C, as staff stop a kiosk on its console
    if f"{WIDTH}x{HEIGHT}" not in text:
        fail(f"the kiosk did not log the screen's size {WIDTH}x{HEIGHT}")


def test_bilingual(nownext, source, work):
    """`bilingual`: "alternate" shows the whole screen in French, then mirrored in Arabic, and
    back; "pair" shows both at once. Each as `nownext shot` renders it in that language."""
    display = os.environ["DISPLAY"]
    feed = source / "tests/data/bilingual/arabic-door.json"
    day = "2030-03-12"
    cache = {}

    def shots(language, pair_with=None):
        images = []
        for page in range(3):
            at = zurich_minute(day)
            key = (language, pair_with, at, page)
            if key not in cache:
                out = work / f"bilingual-{len(cache)}.png"
                done = subprocess.run(
                    [nownext, "shot", "--feed", str(feed), "--at", at, "--layout", door_layout(),
                     "--size", f"{WIDTH}x{HEIGHT}", "--page", str(page), "--lang", language,
                     "--out", str(out)] + (["--pair-with", pair_with] if pair_with else []),
                    capture_output=True, text=True)
                if done.returncode != 0:
                    fail(f"nownext shot exited with {done.returncode}: {done.stderr[-3000:]}")
                cache[key] = Image.open(out).convert("RGB")
            images.append(cache[key])
        return images

    def showing(language, pair_with=None):
        # A paired screen's footer, where the kiosk says it replays a day, is 2.25 times taller.
        body = (0, 0, WIDTH, HEIGHT - (FOOTER * 9 // 4 if pair_with else FOOTER))

        def check():
            screen = screen_capture.capture(display)
            diff = min(screen_capture.differing_fraction(screen, shot, body)
                       for shot in shots(language, pair_with))
            return diff < 0.001, f"{diff:.4f} of the screen differs"
        return check

    settings = {"feed": str(feed), "state_dir": str(work / "state"), "replay_day": day,
                "languages": ["fr", "ar"], "bilingual": "alternate", "alternate_seconds": 4,
                "burn_in": False}
    kiosk, log = start_kiosk(nownext, work, settings, "alternate")
    try:
        for language in ["fr", "ar", "fr"]:
            print(wait_for(f"the alternating screen in {language}", showing(language), 30))
    finally:
        stop(kiosk, log)
    settings.update({"languages": ["ar", "fr"], "bilingual": "pair"})
    kiosk, log = start_kiosk(nownext, work, settings, "pair")
    try:
        print(wait_for("the screen paired Arabic and French", showing("ar", "fr"), 30))
    finally:
        stop(kiosk, log)


FEED_VERSIONS = []


def room_feed(path, hall_b_id):
    """Two rooms with a session running now in each; Hall B's id as given."""
    now = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Zurich")).replace(second=0,
                                                                            microsecond=0)

    def t(minutes):
        return (now + datetime.timedelta(minutes=minutes)).isoformat()
    path.write_text(json.dumps({
        "format": "nownext/1",
        "event": {"id": "k", "title": "Kiosk field test", "time_zone": "Europe/Zurich",
                  "languages": ["en"]},
        "rooms": [{"id": "hall-a", "name": "Hall A"}, {"id": hall_b_id, "name": "Hall B"}],
        "sessions": [
            {"id": "a-now", "room": "hall-a", "title": "Running talk in Hall A",
             "start": t(-20), "end": t(40)},
            {"id": "b-now", "room": hall_b_id, "title": "Running talk in Hall B",
             "start": t(-10), "end": t(30)}]}), encoding="utf-8")
    # A Last-Modified clearly later at each change, or a poll within the same second would
    # rightly be answered 304.
    FEED_VERSIONS.append(hall_b_id)
    later = time.time() + 10 * len(FEED_VERSIONS)
    os.utime(path, (later, later))


def test_room(nownext, source, work):
    display = os.environ["DISPLAY"]
    served = work / "served"
    served.mkdir()
    feed = served / "feed.json"
    room_feed(feed, "hall-b")
    before = work / "feed-before.json"
    before.write_text(feed.read_text(encoding="utf-8"), encoding="utf-8")
    server = serve(served)
    kiosk, log = start_kiosk(nownext, work, {
        "feed": f"http://127.0.0.1:{server.server_address[1]}/feed.json", "room": "hall-b",
        "rooms": ["hall-a", "hall-b"],  # for a hallway: its rows are followed too
        "layout": "room-door-landscape", "poll_seconds": 5, "state_dir": str(work / "state"),
        "burn_in": False})
    shots = Shots(nownext, work)
    header = (0, 0, WIDTH // 2, round(0.1 * HEIGHT))  # the room's name, not the clock

    def door_of(room, expected):
        def check():
            screen = screen_capture.capture(display)
            diff = best_match(screen, shots.pages(expected, zurich_minute(), "room-door-landscape",
                                                  room=room))
            return diff < 0.001, f"{diff:.4f} of the body differs from {room}'s door"
        return check
    try:
        print(wait_for("Hall B's door", door_of("hall-b", before), 20))
        hall_b = screen_capture.capture(display)
        room_feed(feed, "hall-bee")  # an exporter that derives ids from names renamed it
        after = work / "feed-after.json"
        after.write_text(feed.read_text(encoding="utf-8"), encoding="utf-8")

        def absent():
            screen = screen_capture.capture(display)
            at = zurich_minute()
            hall_a = best_match(screen, shots.pages(after, at, "room-door-landscape",
                                                    room="hall-a"))
            own = best_match(screen, shots.pages(before, at, "room-door-landscape",
                                                 room="hall-b"))
            name = screen_capture.differing_fraction(screen, hall_b, header)
            screen.save(work / "room-absent.png")
            return (hall_a > 0.01 and own > 0.01 and name < 0.001,
                    f"{hall_a:.4f} differs from Hall A's door, {own:.4f} from Hall B's, "
                    f"{name:.4f} of the header's name")
        print(wait_for("the door saying its room is not in the programme", absent, 25))
        time.sleep(6)  # another poll or more: said once
        room_feed(feed, "hall-b")
        print(wait_for("Hall B's door again", door_of("hall-b", before), 25))
    finally:
        text = stop(kiosk, log)
        server.shutdown()
        server.server_close()
    if text.count("room hall-b: not in the new programme") != 2:
        fail("the missing room was not logged exactly once for the door and once for the hallway")
    if "hallway: room hall-b: not in the new programme (rooms: hall-a hall-bee); its row" not in text:
        fail("the hallway's missing row was not logged")
    if "room hall-b: in the programme again" not in text:
        fail("the room's return was not logged")


def cpu_seconds(pid):
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_idle(nownext, source, work):
    """30 s with nothing to show: a page's time runs out (15 s) and the feed is retried."""
    display = os.environ["DISPLAY"]
    kiosk, log = start_kiosk(nownext, work, {
        "feed": "http://127.0.0.1:9/feed.json", "room": "main", "poll_seconds": 5,
        "state_dir": str(work / "state"), "burn_in": False})
    try:
        time.sleep(3)
        start = cpu_seconds(kiosk.pid)
        time.sleep(30)
        used = cpu_seconds(kiosk.pid) - start
        screen = screen_capture.capture(display)
        screen.save(work / "idle.png")
        print(f"CPU over 30 s with no agenda: {used:.2f} s ({used / 30:.2%} of a core)")
        if used > 0.05 * 30:
            fail(f"the kiosk used {used:.2f} s of CPU in 30 s with nothing to show")
        text_pixels = sum(1 for p in screen.getdata() if p[0] > 200 and p[1] > 200)
        if text_pixels < 500:
            fail("the screen shows no words while it waits")
    finally:
        text = stop(kiosk, log)
    if "no agenda yet" not in text:
        fail("the kiosk did not log that it has no agenda")


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
        # The next layout made for a landscape window, after room-door-landscape: the first again.
        print(wait_for("L: the next layout", shows("2017-07-19T15:00", "day-overview"), 10))
        key("space")  # pause, so the minute cannot turn while the file changes
        feed.write_text(changed.read_text(encoding="utf-8"), encoding="utf-8")
        later = time.time() + 5
        os.utime(feed, (later, later))
        print(wait_for("the feed file changed on disk: reloaded",
                       shows("2017-07-19T15:00", "day-overview", changed), 10))
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
    global WIDTH, HEIGHT, FOOTER, BODY
    nownext, source, which = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
    WIDTH, HEIGHT = screen_capture.capture(os.environ["DISPLAY"]).size
    FOOTER = 2 * round(0.022 * min(WIDTH, HEIGHT)) + 2  # the footer holds the demo, stale notes
    BODY = (0, 0, WIDTH, HEIGHT - FOOTER)
    keep = os.environ.get("NOWNEXT_E2E_KEEP")  # a folder to keep the screens in, for a look
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(keep) if keep else pathlib.Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        tests = {"kiosk": test_kiosk, "fill": test_fill, "room": test_room, "idle": test_idle,
                 "preview": test_preview, "bilingual": test_bilingual}
        tests[which](nownext, source, work)
    print("ok")


if __name__ == "__main__":
    main()
