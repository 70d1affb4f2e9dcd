#!/usr/bin/python3
"""The kiosk and its fleet file for real, under Xvfb with no window manager. Run through ctest
as: xvfb-run -a -s "-screen 0 1280x720x24" fleet_e2e.py NOWNEXT SOURCE_DIR [file|url].

file: a kiosk whose screen id the fleet file lacks keeps running, logs the error once and shows
a notice naming the id and the fleet file; when the file gains the screen, the kiosk shows that
screen's layout, as `nownext shot` renders it, without a restart.

url: the fleet served over HTTP is polled with conditional GETs (the server answers 304 while it
is unchanged); a changed entry for this screen is shown without a restart, and a change to
another screen's entry changes nothing.
"""
import functools
import http.server
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import kiosk_e2e  # noqa: E402
import screen_capture  # noqa: E402
from kiosk_e2e import fail, stop, wait_for, zurich_minute  # noqa: E402

LAYOUT = "room-door-landscape"


def fleet(screens):
    return json.dumps({"format": "nownext-fleet/1", "defaults": {"layout": LAYOUT},
                       "screens": screens})


def write_later(path, text):
    """Writes `text` dated clearly later than before: a server's Last-Modified has one-second
    steps, and a change within the second of the last fetch would rightly be answered 304."""
    path.write_text(text, encoding="utf-8")
    later = time.time() + 5
    os.utime(path, (later, later))


def start(nownext, work, fleet_source, screen):
    config = work / "kiosk.json"
    config.write_text(json.dumps({
        "feed": str(pathlib.Path(sys.argv[2]) / "feeds/idm2017.json"), "poll_seconds": 5,
        "state_dir": str(work / "state"), "replay_day": "2017-07-18",
        "fleet": fleet_source, "screen": screen,
        # Compared pixel for pixel with shot, which never shifts against burn-in.
        "burn_in": False}), encoding="utf-8")
    log = open(work / "kiosk.log", "w")
    return subprocess.Popen([nownext, "run", "--config", str(config)], stderr=log), log


def log_text(work):
    return (work / "kiosk.log").read_text()


def shows_layout(nownext, work, layout):
    shots = kiosk_e2e.Shots(nownext, work)
    feed = pathlib.Path(sys.argv[2]) / "feeds/idm2017.json"

    def check():
        screen = screen_capture.capture(os.environ["DISPLAY"])
        at = zurich_minute("2017-07-18")
        diff = kiosk_e2e.best_match(screen, shots.pages(feed, at, layout))
        return diff < 0.001, f"{diff:.4f} of the body differs from {layout} at {at}"
    return check


def test_file(nownext, work):
    fleet_file = work / "fleet.json"
    write_later(fleet_file, fleet({"door-a": {"room": "salle-xviii"}}))
    kiosk, log = start(nownext, work, str(fleet_file), "attic")
    try:
        wait_for("the first frame", lambda: ("first frame on screen" in log_text(work),
                                             log_text(work)[-500:]), 20)
        text = log_text(work)
        if f"error: fleet {fleet_file}: no screen 'attic'; screens: door-a; the screen says so" \
                not in text:
            fail(f"the unknown screen is not logged as an error: {text}")
        screen = screen_capture.capture(os.environ["DISPLAY"])
        screen.save(work / "unknown-screen.png")
        background = screen.getpixel((2, 2))
        # The notice's two lines: the headline and the id with the fleet file.
        inked = sum(1 for p in screen.crop((0, kiosk_e2e.HEIGHT * 3 // 10, kiosk_e2e.WIDTH,
                                            kiosk_e2e.HEIGHT * 3 // 4)).getdata()
                    if p != background)
        if inked < 2000:
            fail(f"the screen shows no notice ({inked} pixels differ from the background)")
        if any(shows_layout(nownext, work, layout)()[0] for layout in (LAYOUT, "day-overview")):
            fail("a screen the fleet lacks shows a room's programme")
        time.sleep(2)
        if kiosk.poll() is not None:
            fail(f"the kiosk ended with {kiosk.returncode} on a screen the fleet lacks")
        if text.count("no screen 'attic'") != 1:
            fail("the unknown screen is logged more than once")

        write_later(fleet_file, fleet({"door-a": {"room": "salle-xviii"},
                                       "attic": {"layout": "day-overview"}}))
        print(wait_for("the screen the fleet now has",
                       shows_layout(nownext, work, "day-overview"), 25))
        if "fleet: this screen's entry changed; applied" not in log_text(work):
            fail("the fleet's change is not logged")
    finally:
        if kiosk.poll() is None:
            stop(kiosk, log)


def serve(directory, statuses):
    class Counting(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def send_response(self, code, message=None):
            statuses.append(code)
            super().send_response(code, message)
    handler = functools.partial(Counting, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_url(nownext, work):
    served = work / "served"
    served.mkdir()
    write_later(served / "fleet.json", fleet({"door-a": {"room": "salle-xviii"},
                                              "hall": {"layout": "hallway"}}))
    statuses = []
    server = serve(served, statuses)
    url = f"http://127.0.0.1:{server.server_address[1]}/fleet.json"
    kiosk, log = start(nownext, work, url, "door-a")
    try:
        print(wait_for("the fleet's screen", shows_layout(nownext, work, LAYOUT), 20))
        wait_for("a conditional poll answered 304", lambda: (304 in statuses, statuses), 20)

        write_later(served / "fleet.json", fleet({"door-a": {"room": "salle-xviii"},
                                                  "hall": {"layout": "day-overview"}}))
        wait_for("the change to another screen seen", lambda: (
            "fleet: changed; this screen's entry did not" in log_text(work), statuses), 20)

        write_later(served / "fleet.json", fleet({"door-a": {"layout": "day-overview"}}))
        print(wait_for("the changed entry shown", shows_layout(nownext, work, "day-overview"), 25))
        if kiosk.poll() is not None:
            fail("the kiosk restarted to apply the fleet")
        copy = (work / "state" / "fleet.json").read_text(encoding="utf-8")
        if "day-overview" not in copy or "hall" in copy:
            fail("the new fleet is not kept in the state directory")
    finally:
        if kiosk.poll() is None:
            stop(kiosk, log)
        server.shutdown()


def main():
    nownext, which = sys.argv[1], sys.argv[3]
    width, height = screen_capture.capture(os.environ["DISPLAY"]).size
    kiosk_e2e.WIDTH, kiosk_e2e.HEIGHT = width, height
    kiosk_e2e.FOOTER = 2 * round(0.022 * min(width, height)) + 2
    kiosk_e2e.BODY = (0, 0, width, height - kiosk_e2e.FOOTER)
    keep = os.environ.get("NOWNEXT_E2E_KEEP")
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(keep) if keep else pathlib.Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        {"file": test_file, "url": test_url}[which](nownext, work)
    print("ok")


if __name__ == "__main__":
    main()
