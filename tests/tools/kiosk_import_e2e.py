#!/usr/bin/python3
"""The kiosk following a pretalx/frab schedule.json URL, for real, under Xvfb. Run through ctest
as: xvfb-run -a -s "-screen 0 1280x720x24" kiosk_import_e2e.py NOWNEXT

A frab schedule.json with a talk running now (Europe/Berlin) is served on 127.0.0.1; `nownext
run` is pointed at its URL with no format given. The screen must show what `nownext shot`
renders from the same file for the same minute; when the served file changes (another title,
another speaker), the screen follows; SIGTERM ends the kiosk cleanly.
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
FOOTER = 2 * round(0.022 * HEIGHT) + 2  # the footer band holds the status notes
BODY = (0, 0, WIDTH, HEIGHT - FOOTER)
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def schedule(now, title, speaker):
    """A one-day, one-room frab schedule.json (c3voc v1) with `title` running at `now`."""
    start = now.replace(second=0, microsecond=0) - datetime.timedelta(minutes=30)
    day = start.date().isoformat()

    def event(n, begin, minutes, name, person):
        return {"id": n, "guid": f"00000000-0000-4000-8000-00000000000{n}",
                "date": begin.isoformat(), "start": begin.strftime("%H:%M"),
                "duration": f"{minutes // 60:02d}:{minutes % 60:02d}", "room": "Hall 1",
                "title": name, "subtitle": "", "type": "lecture", "language": "en",
                "abstract": "", "description": "", "persons": [{"id": n, "public_name": person}]}

    return json.dumps({"schedule": {"version": "e2e", "conference": {
        "acronym": "e2e", "title": "Import test", "time_zone_name": "Europe/Berlin",
        "days": [{"index": 1, "date": day, "day_start": start.isoformat(),
                  "day_end": (start + datetime.timedelta(hours=4)).isoformat(),
                  "rooms": {"Hall 1": [
                      event(1, start, 60, title, speaker),
                      event(2, start + datetime.timedelta(minutes=75), 30, "Closing", "Ada")]}}]}}})


def serve(directory):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(directory))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def shot(nownext, feed, at, out):
    done = subprocess.run([nownext, "shot", "--feed", str(feed), "--at", at, "--room", "Hall-1",
                           "--layout", "room-door-landscape", "--size", f"{WIDTH}x{HEIGHT}",
                           "--out", str(out)], capture_output=True, text=True)
    if done.returncode != 0:
        fail(f"nownext shot exited with {done.returncode}: {done.stderr[-3000:]}")
    return Image.open(out).convert("RGB")


def wait_for(description, condition, timeout):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        ok, last = condition()
        if ok:
            return last
        time.sleep(0.5)
    fail(f"{description}: not seen within {timeout} s (last: {last})")


def main():
    nownext = sys.argv[1]
    display = os.environ["DISPLAY"]
    keep = os.environ.get("NOWNEXT_E2E_KEEP")  # a folder to keep the screens in, for a look
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(keep) if keep else pathlib.Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        now = datetime.datetime.now(BERLIN)
        feed_a, feed_b = work / "schedule-a.json", work / "schedule-b.json"
        feed_a.write_text(schedule(now, "Reading what conferences publish", "Grace"), "utf-8")
        feed_b.write_text(schedule(now, "Following a changed schedule", "Linus"), "utf-8")
        served = work / "served"
        served.mkdir(exist_ok=True)
        (served / "schedule.json").write_text(feed_a.read_text("utf-8"), "utf-8")
        server = serve(served)
        config = work / "kiosk.json"
        config.write_text(json.dumps({
            "feed": f"http://127.0.0.1:{server.server_address[1]}/schedule.json",
            "room": "Hall-1", "layout": "room-door-landscape", "poll_seconds": 5,
            "state_dir": str(work / "state"), "burn_in": False,
            "window": {"fullscreen": True}}), "utf-8")
        shots = {}

        def shows(feed):
            def check():
                at = datetime.datetime.now(BERLIN).strftime("%Y-%m-%dT%H:%M")
                if (feed, at) not in shots:
                    shots[(feed, at)] = shot(nownext, feed, at, work / f"shot-{len(shots)}.png")
                screen = screen_capture.capture(display)
                screen.save(work / f"last-{feed.stem}.png")
                diff = screen_capture.differing_fraction(screen, shots[(feed, at)], BODY)
                return diff < 0.001, f"{diff:.4f} of the body differs from {feed.name} at {at}"
            return check

        log = open(work / "kiosk.log", "w")
        kiosk = subprocess.Popen([nownext, "run", "--config", str(config)], stderr=log)
        try:
            print(wait_for("the kiosk showing the served schedule.json", shows(feed_a), 20))
            (served / "schedule.json").write_text(feed_b.read_text("utf-8"), "utf-8")
            # Last-Modified has one-second steps: date the change clearly later (see kiosk_e2e).
            later = time.time() + 5
            os.utime(served / "schedule.json", (later, later))
            print(wait_for("the screen following the changed schedule.json", shows(feed_b), 25))
        finally:
            kiosk.send_signal(signal.SIGTERM)
            try:
                code = kiosk.wait(timeout=10)
            except subprocess.TimeoutExpired:
                kiosk.kill()
                fail("the kiosk did not stop within 10 s of SIGTERM")
            log.close()
            server.shutdown()
            server.server_close()
        text = (work / "kiosk.log").read_text()
        print(text)
        if code != 0 or "stopped" not in text:
            fail(f"the kiosk exited with {code} after SIGTERM")
    print("ok")


if __name__ == "__main__":
    main()
