#!/usr/bin/python3
"""A CAP alert taking the kiosk over, for real, under Xvfb with no window manager. Run through
ctest as: xvfb-run -a -s "-screen 0 1280x720x24" alerts_e2e.py NOWNEXT SOURCE_DIR

`nownext run` shows the bundled agenda with an alerts source that is a file, polled every 2 s.
The file is written with a CAP Alert (Extreme, Immediate): the screen must be taken over (the
red frame at its corners, black inside). It is then overwritten with malformed XML: the alert
must stay. Then with the Cancel: the screen must show the programme again. Prints how long each
change took from the file's rename to the screen (the measure; only a generous bound fails).
"""
import contextlib
import datetime
import json
import os
import pathlib
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import screen_capture  # noqa: E402

RED = (214, 0, 0)
BOUND_S = 30  # far beyond the 2 s poll interval: only a kiosk that never follows fails


def fail(message, log=None):
    print("FAIL:", message)
    if log is not None and log.exists():
        print(log.read_text()[-4000:])
    sys.exit(1)


def close(a, b, tolerance=12):
    return all(abs(x - y) <= tolerance for x, y in zip(a, b))


def taken_over(image):
    w, h = image.size
    # Inside the red frame whatever the burn-in shift (3 px by default) does to its edges.
    corners = [(5, 5), (w - 6, 5), (5, h - 6), (w - 6, h - 6)]
    inside = image.getpixel((w // 2, h - h // 20))
    return all(close(image.getpixel(p), RED) for p in corners) and close(inside, (0, 0, 0))


def cap(identifier, msg_type, sent, references=""):
    refs = f"<references>{references}</references>" if references else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>{identifier}</identifier><sender>security@example.org</sender>
  <sent>{sent}</sent><status>Actual</status><msgType>{msg_type}</msgType><scope>Public</scope>
  {refs}
  <info><language>en</language><event>Evacuation</event><urgency>Immediate</urgency>
    <severity>Extreme</severity><certainty>Observed</certainty>
    <headline>Leave the building now</headline></info>
  <info><language>fr</language><event>Évacuation</event><urgency>Immediate</urgency>
    <severity>Extreme</severity><certainty>Observed</certainty>
    <headline>Quittez le bâtiment maintenant</headline></info>
</alert>
"""


def replace(path, text):
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text)
    os.rename(tmp, path)
    return time.monotonic()


def wait_for(display, want, since, log):
    while time.monotonic() - since < BOUND_S:
        if taken_over(screen_capture.capture(display)) == want:
            return time.monotonic() - since
        time.sleep(0.05)
    fail(f"the screen was {'not ' if want else ''}taken over {BOUND_S} s after the change", log)


@contextlib.contextmanager
def running_kiosk(nownext, config, log):
    """`nownext run --config CONFIG` on the X display, its log in LOG; stopped with SIGTERM at
    the end, which it must obey with exit code 0."""
    env = dict(os.environ, SDL_VIDEODRIVER="x11")
    with open(log, "w") as err:
        kiosk = subprocess.Popen([nownext, "run", "--config", str(config)], env=env,
                                 stdout=subprocess.DEVNULL, stderr=err)
    try:
        yield kiosk
    finally:
        kiosk.send_signal(signal.SIGTERM)
        try:
            code = kiosk.wait(timeout=20)
        except subprocess.TimeoutExpired:
            kiosk.kill()
            fail("the kiosk did not stop on SIGTERM", log)
    if code != 0:
        fail(f"the kiosk exited with {code}", log)


def main():
    nownext, source = sys.argv[1], pathlib.Path(sys.argv[2])
    display = os.environ["DISPLAY"]
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        alerts = work / "alerts.xml"
        log = work / "kiosk.log"
        config = work / "kiosk.json"
        config.write_text(json.dumps({
            "feed": str(source / "feeds/idm2017.json"), "state_dir": str(work / "state"),
            "alerts": str(alerts), "alerts_poll_seconds": 2}))
        (work / "state").mkdir()
        with running_kiosk(nownext, config, log) as kiosk:
            started = time.monotonic()
            while "first frame on screen" not in log.read_text():
                if kiosk.poll() is not None or time.monotonic() - started > BOUND_S:
                    fail("the kiosk did not show its first frame", log)
                time.sleep(0.1)
            if taken_over(screen_capture.capture(display)):
                fail("taken over before any alert", log)

            now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
            sent = (now - datetime.timedelta(minutes=1)).isoformat()
            took = wait_for(display, True, replace(alerts, cap("e2e-1", "Alert", sent)), log)
            print(f"takeover on screen {took:.2f} s after the CAP file changed (poll every 2 s)")

            broken = replace(alerts, "<alert><identifier>broken")
            while "failing (not a CAP document" not in log.read_text():
                if time.monotonic() - broken > BOUND_S:
                    fail("the malformed file was not reported", log)
                time.sleep(0.1)
            time.sleep(2.5)  # another poll of the broken file
            if not taken_over(screen_capture.capture(display)):
                fail("a malformed alerts file cleared the alert", log)

            cancel = cap("e2e-2", "Cancel", now.isoformat(),
                         f"security@example.org,e2e-1,{sent}")
            took = wait_for(display, False, replace(alerts, cancel), log)
            print(f"programme back on screen {took:.2f} s after the Cancel was written")
            text = log.read_text()
            for expected in ["alerts: polling", "1 in force: e2e-1 (Extreme, Immediate",
                             "no alert in force (all clear)"]:
                if expected not in text:
                    fail(f"the log lacks '{expected}'", log)
    print("ok")


if __name__ == "__main__":
    main()
