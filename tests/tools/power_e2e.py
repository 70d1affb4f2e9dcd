#!/usr/bin/python3
"""The power schedule and burn-in care of the real kiosk, under Xvfb with no window manager. Run
through ctest as: xvfb-run -a -s "-screen 0 1280x720x24" power_e2e.py NOWNEXT SOURCE_DIR

`nownext run` with a power window that does not hold the present (venue time), commands for
the transitions and the status endpoint on loopback: the screen must be black, the off command
run and its exit code logged, /status say the screen is off; the kiosk's CPU over 20 s is
printed (the measure). A CAP emergency must turn the screen on (the takeover), and its Cancel
off again. Burn-in: /status reports the shift, and it moves (a 10 s period here).
"""
import datetime
import json
import os
import pathlib
import socket
import sys
import tempfile
import time
import urllib.request
import zoneinfo

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import alerts_e2e  # noqa: E402
import screen_capture  # noqa: E402

BOUND_S = 30


def fail(message, log):
    alerts_e2e.fail(message, log)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid):
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def black(image):
    return all(image.getpixel(p) == (0, 0, 0) for p in
               [(5, 5), (image.width // 2, image.height // 2), (image.width - 6, image.height - 6)])


def wait_until(what, check, log):
    since = time.monotonic()
    while time.monotonic() - since < BOUND_S:
        if check():
            return time.monotonic() - since
        time.sleep(0.1)
    fail(f"{what}: not seen within {BOUND_S} s", log)


def main():
    nownext, source = sys.argv[1], pathlib.Path(sys.argv[2])
    display = os.environ["DISPLAY"]
    now = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Zurich"))
    window = ("13:00", "14:00") if now.hour < 12 else ("01:00", "02:00")
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        marker, alerts, log = work / "transitions", work / "alerts.xml", work / "kiosk.log"
        (work / "state").mkdir()
        (work / "kiosk.json").write_text(json.dumps({
            "feed": str(source / "feeds/idm2017.json"), "state_dir": str(work / "state"),
            "alerts": str(alerts), "alerts_poll_seconds": 2,
            "status": {"listen": f"127.0.0.1:{port}"},
            "burn_in": {"shift_px": 3, "period_seconds": 10},
            "power": {"schedule": [{"days": "daily", "on": window[0], "off": window[1]}],
                      "commands": {"on": ["sh", "-c", f"echo on >> {marker}"],
                                   "off": ["sh", "-c", f"echo off >> {marker}"]}}}))
        def status():
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/status", timeout=5) as answer:
                return json.load(answer)

        with alerts_e2e.running_kiosk(nownext, work / "kiosk.json", log) as kiosk:
            wait_until("the off command's exit code in the log",
                       lambda: "power: 'sh -c echo off" in log.read_text(), log)
            if "exited with 0" not in log.read_text():
                fail("the off command's exit code is not logged", log)
            if marker.read_text() != "off\n":
                fail(f"the transitions run: {marker.read_text()!r}", log)
            if not black(screen_capture.capture(display)):
                fail("the screen is not black while off", log)
            if status()["screen_on"] is not False:
                fail("/status does not say the screen is off", log)

            before, started = cpu_seconds(kiosk.pid), time.monotonic()
            time.sleep(20)
            used = cpu_seconds(kiosk.pid) - before
            print(f"CPU while the screen is off: {used:.2f} s over "
                  f"{time.monotonic() - started:.1f} s "
                  f"({100 * used / (time.monotonic() - started):.2f} % of a core)")

            sent = (datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
                    - datetime.timedelta(minutes=1)).isoformat()
            written = alerts_e2e.replace(alerts, alerts_e2e.cap("p-1", "Alert", sent))
            took = alerts_e2e.wait_for(display, True, written, log)
            print(f"an emergency turned the screen on, taken over, {took:.2f} s after the file")
            if marker.read_text() != "off\non\n":
                wait_until("the on command", lambda: marker.read_text() == "off\non\n", log)
            cancel = alerts_e2e.cap("p-2", "Cancel", sent, f"security@example.org,p-1,{sent}")
            alerts_e2e.replace(alerts, cancel)
            wait_until("the screen black again after the Cancel",
                       lambda: black(screen_capture.capture(display)), log)

            offsets = set()
            wait_until("the burn-in shift moving",
                       lambda: offsets.add(tuple(status()["burn_in_offset_px"])) or
                       len(offsets) > 1, log)
            if any(abs(v) > 3 for o in offsets for v in o):
                fail(f"burn-in offsets beyond 3 px: {offsets}", log)
            print(f"burn-in offsets seen: {sorted(offsets)}")
    print("ok")


if __name__ == "__main__":
    main()
