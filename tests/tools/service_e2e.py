#!/usr/bin/python3
"""The kiosk as a service, for real: `nownext run` on its own Xvfb (no window manager), with what
systemd and a monitoring system see of it. Run through ctest as:
service_e2e.py NOWNEXT SOURCE_DIR [notify|status|fleet].

notify: a fake $NOTIFY_SOCKET with a watchdog receives READY=1 (after the first frame), STATUS=
with the state in words, and regular WATCHDOG=1; when the X server is frozen (SIGSTOP) the screen
loop stalls in its present and the pings stop, although the fetcher thread still runs; they come
back when it is thawed. SIGTERM sends STOPPING=1.

status: the status endpoint on 127.0.0.1 with a bearer token: /status (JSON) says what the screen
shows, /metrics parses with prometheus_client's own parser and agrees, /screen.png is what the X
screen shows; no request without the token is answered, the feed's token is never shown; the same
report is in status.json in the state directory. The screen's room and layout come from a fleet
file. An address beyond loopback without a token is
refused at start.

late: a kiosk started before its X server (a service started before xinit's server is up, or an
X server resetting after its last client left) waits for the screen and shows its first frame
once the server is there, instead of exiting.
"""
import datetime
import functools
import http.server
import io
import json
import os
import pathlib
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import zoneinfo

from PIL import Image
from prometheus_client.parser import text_string_to_metric_families

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import screen_capture  # noqa: E402


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


class Xvfb:
    """An X server of its own, so that the test may freeze it; on the display number given, or
    on one it picks."""

    def __init__(self, size="1280x720", number=None):
        read, write = os.pipe()
        where = [f":{number}"] if number is not None else []
        self.process = subprocess.Popen(
            ["Xvfb", *where, "-displayfd", str(write), "-screen", "0", f"{size}x24",
             "-nolisten", "tcp"],
            pass_fds=[write], stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            fail("Xvfb did not start")
        self.display = f":{number}"

    def close(self):
        self.process.send_signal(signal.SIGCONT)
        self.process.terminate()
        self.process.wait(timeout=10)


def paging_data(source, work):
    """The project's data with a room door that pages every 2 s (the shortest page), so that the
    screen changes, and is presented, every 2 s."""
    data = work / "data"
    (data / "layouts").mkdir(parents=True)
    for name in ("fonts", "assets", "feeds"):
        (data / name).symlink_to(source / name)
    for name in ("themes", "strings"):
        (data / "layouts" / name).symlink_to(source / "layouts" / name)
    layout = json.loads((source / "layouts/room-door-landscape.json").read_text())
    layout["name"] = "paging"
    layout["playlist"] = [{"page": "now", "seconds": 2}, {"page": "next", "seconds": 2}]
    (data / "layouts/paging.json").write_text(json.dumps(layout))
    return data


def feed_around_now(path):
    """One room with a session running now and one next, so that its pages differ."""
    now = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Zurich")).replace(second=0,
                                                                            microsecond=0)

    def t(minutes):
        return (now + datetime.timedelta(minutes=minutes)).isoformat()
    path.write_text(json.dumps({
        "format": "nownext/1",
        "event": {"id": "s", "title": "Service test", "time_zone": "Europe/Zurich",
                  "languages": ["en"]},
        "rooms": [{"id": "hall-a", "name": "Hall A"}],
        "sessions": [
            {"id": "now", "room": "hall-a", "title": "Running talk", "start": t(-20),
             "end": t(30)},
            {"id": "next", "room": "hall-a", "title": "Next talk", "start": t(30),
             "end": t(60)}]}), encoding="utf-8")


class Notifications:
    """A datagram socket where the kiosk's sd_notify messages arrive, as systemd's would."""

    def __init__(self, work):
        self.path = str(work / "notify.sock")
        self.socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.socket.bind(self.path)
        self.received = []  # (monotonic time, "NAME=value")
        self.seen = 0  # how many of them wait_for() looked at

    def read(self, seconds):
        """Everything that arrives within `seconds`."""
        deadline = time.monotonic() + seconds
        got = []
        while (left := deadline - time.monotonic()) > 0:
            self.socket.settimeout(left)
            try:
                data = self.socket.recv(4096)
            except socket.timeout:
                break
            for line in data.decode().splitlines():
                got.append((time.monotonic(), line))
        self.received += got
        return [line for _, line in got]

    def wait_for(self, prefix, timeout):
        """The first message from `prefix` since the last one found."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            while self.seen < len(self.received):
                line = self.received[self.seen][1]
                self.seen += 1
                if line.startswith(prefix):
                    return line
            self.read(0.5)
        fail(f"no {prefix} within {timeout} s; received {[m for _, m in self.received][-20:]}")


def start_kiosk(nownext, work, xvfb, settings, environment, args=()):
    config = work / "kiosk.json"
    config.write_text(json.dumps(settings), encoding="utf-8")
    log = open(work / "kiosk.log", "w")
    env = dict(os.environ, DISPLAY=xvfb.display, SDL_VIDEODRIVER="x11", **environment)
    kiosk = subprocess.Popen([nownext, "run", "--config", str(config), *args], stderr=log,
                             env=env)
    return kiosk, log


def stop(kiosk, log):
    kiosk.terminate()
    try:
        code = kiosk.wait(timeout=15)
    except subprocess.TimeoutExpired:
        kiosk.kill()
        fail("the kiosk did not stop within 15 s of SIGTERM")
    log.close()
    text = pathlib.Path(log.name).read_text()
    print(text)
    if code != 0:
        fail(f"the kiosk exited with {code}")
    return text


def test_notify(nownext, source, work):
    data = paging_data(source, work)
    feed = work / "feed.json"
    feed_around_now(feed)
    notifications = Notifications(work)
    xvfb = Xvfb()
    kiosk, log = start_kiosk(nownext, work, xvfb, {
        "feed": str(feed), "layout": "paging", "room": "hall-a",
        "state_dir": str(work / "state"), "burn_in": False},
        {"NOTIFY_SOCKET": notifications.path, "WATCHDOG_USEC": "2000000"},
        ["--data-dir", str(data)])
    try:
        print(notifications.wait_for("READY=1", 30))
        if "first frame on screen" not in (work / "kiosk.log").read_text():
            fail("READY=1 came before the first frame was on screen")
        print(notifications.wait_for("STATUS=showing paging for hall-a", 30))
        # The watchdog: pings keep coming while frames are produced.
        for _ in range(3):
            notifications.wait_for("WATCHDOG=1", 10)
        # A frozen X server: the next page's present blocks, and the loop with it.
        xvfb.process.send_signal(signal.SIGSTOP)
        # Pings sent before the loop reached its present may still arrive: wait for a quiet
        # spell of 8 s (four watchdog intervals, sixteen expected pings), within a minute.
        deadline = time.monotonic() + 60
        while True:
            if time.monotonic() > deadline:
                fail("the watchdog pings went on with the X server frozen")
            if not [m for m in notifications.read(8) if m == "WATCHDOG=1"]:
                break
        notifications.seen = len(notifications.received)
        if kiosk.poll() is not None:
            fail("the kiosk ended while the X server was frozen")
        print("no watchdog ping in 8 s with the X server frozen")
        xvfb.process.send_signal(signal.SIGCONT)
        notifications.wait_for("WATCHDOG=1", 30)
        print("the pings came back once the X server was thawed")
    finally:
        xvfb.process.send_signal(signal.SIGCONT)
        text = stop(kiosk, log)
        xvfb.close()
    # The paging layout slid at least once: the log says how fast, and its longest frame.
    if not re.search(r"page slides, the slowest at \d+ frames/s, the longest frame \d+\.\d ms",
                     text):
        fail("the kiosk did not log its slides' pace and longest frame")
    notifications.read(1)
    if "STOPPING=1" not in [m for _, m in notifications.received]:
        fail("no STOPPING=1 on SIGTERM")
    if "stopped" not in text:
        fail("the kiosk did not log that it stopped")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url, token=None):
    request = urllib.request.Request(url)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read()


def test_status(nownext, source, work):
    feed = work / "feed.json"
    feed_around_now(feed)
    port = free_port()
    token, feed_token = "status-secret-1", "feed-secret-2"
    xvfb = Xvfb()
    # The room and layout come from the fleet's entry for the screen, served over HTTP.
    fleets = source / "tests/data/fleet"
    handler = functools.partial(Quiet, directory=str(fleets))
    fleet_server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=fleet_server.serve_forever, daemon=True).start()
    fleet_url = f"http://127.0.0.1:{fleet_server.server_address[1]}/two-screens.json"
    settings = {"feed": str(feed), "fleet": fleet_url,
                "screen": "door-a", "state_dir": str(work / "state"), "burn_in": False,
                "status": {"listen": f"127.0.0.1:{port}"}}
    kiosk, log = start_kiosk(nownext, work, xvfb, settings,
                             {"NOWNEXT_STATUS_TOKEN": token, "NOWNEXT_FEED_TOKEN": feed_token})
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                status = json.loads(get(base + "/status", token))
                if status["state"] == "ok" and status["frames"] > 0:
                    break
            except (urllib.error.URLError, ConnectionError):
                pass
            if time.monotonic() > deadline:
                fail("/status did not report a screen showing the agenda within 30 s")
            time.sleep(0.5)
        print(json.dumps(status, indent=1))
        expected = {"screen": "door-a", "room": "hall-a", "layout": "room-door-landscape",
                    "state": "ok", "stale": False, "last_fetch_result": "ok",
                    "last_fetch_error": None}
        for key, value in expected.items():
            if status.get(key) != value:
                fail(f"/status: {key} is {status.get(key)!r}, not {value!r}")
        for key in ("version", "agenda_age_seconds", "last_frame", "uptime_seconds", "rss_bytes"):
            if status.get(key) is None:
                fail(f"/status lacks {key}")
        if status["rss_bytes"] < 1_000_000:
            fail(f"/status: rss_bytes {status['rss_bytes']} is not a kiosk's memory")

        metrics = get(base + "/metrics", token).decode()
        families = {f.name: f for f in text_string_to_metric_families(metrics)}
        for name in ("nownext_up", "nownext_state", "nownext_agenda_age_seconds",
                     "nownext_last_fetch_success_timestamp_seconds", "nownext_frames",
                     "nownext_resident_memory_bytes"):
            if name not in families:
                fail(f"/metrics lacks {name}: {sorted(families)}")
        states = {s.labels["state"]: s.value for s in families["nownext_state"].samples}
        if states.get("ok") != 1 or sum(states.values()) != 1:
            fail(f"/metrics: nownext_state is not ok alone: {states}")
        if families["nownext_up"].samples[0].labels["screen"] != "door-a":
            fail("/metrics: the screen label is not the screen's id")
        if feed_token in metrics or feed_token in json.dumps(status):
            fail("the feed's token is shown")

        png = Image.open(io.BytesIO(get(base + "/screen.png", token))).convert("RGB")
        screen = screen_capture.capture(xvfb.display)
        if png.size != screen.size:
            fail(f"/screen.png is {png.size}, the screen {screen.size}")
        differs = screen_capture.differing_fraction(png, screen, (0, 0, *screen.size))
        if differs > 0.02:
            fail(f"/screen.png differs from the screen in {differs:.3f} of it")
        print(f"/screen.png is the screen ({differs:.4f} differs)")

        for path in ("/status", "/metrics", "/screen.png"):
            for wrong in (None, "not-the-token"):
                try:
                    get(base + path, wrong)
                    fail(f"{path} answered without the right token")
                except urllib.error.HTTPError as error:
                    if error.code != 401:
                        fail(f"{path} without the token: {error.code}, not 401")
        saved = (work / "state/fleet.json").read_text()
        if saved != (fleets / "two-screens.json").read_text():
            fail("the fleet fetched is not kept in the state directory")
        written = json.loads((work / "state/status.json").read_text())
        if written["screen"] != "door-a" or written["layout"] != "room-door-landscape":
            fail(f"status.json is not the report: {written}")
    finally:
        stop(kiosk, log)

    settings["status"]["listen"] = f"0.0.0.0:{port}"
    beyond, log = start_kiosk(nownext, work, xvfb, settings, {})
    code = beyond.wait(timeout=30)
    log.close()
    text = (work / "kiosk.log").read_text()
    xvfb.close()
    if code != 1 or "beyond loopback: set NOWNEXT_STATUS_TOKEN" not in text:
        fail(f"0.0.0.0 without a token: exit {code}, {text}")


def free_display_number():
    """A display number no X server uses: neither its socket nor its lock file exists."""
    for number in range(120, 400):
        if not (pathlib.Path(f"/tmp/.X11-unix/X{number}").exists()
                or pathlib.Path(f"/tmp/.X{number}-lock").exists()):
            return number
    fail("no free X display number between 120 and 400")


def test_late(nownext, source, work):
    feed = work / "feed.json"
    feed_around_now(feed)
    number = free_display_number()

    class NotYet:
        display = f":{number}"
    kiosk, log = start_kiosk(nownext, work, NotYet(), {
        "feed": str(feed), "state_dir": str(work / "state"), "burn_in": False}, {})
    time.sleep(3)  # the screen is not there yet: the kiosk waits for it
    if kiosk.poll() is not None:
        log.close()
        fail(f"the kiosk exited with {kiosk.returncode} before its X server started: "
             + (work / "kiosk.log").read_text())
    xvfb = Xvfb(number=number)
    try:
        deadline = time.monotonic() + 20
        while "first frame on screen" not in (work / "kiosk.log").read_text():
            if time.monotonic() > deadline or kiosk.poll() is not None:
                fail("no first frame once the X server was there: "
                     + (work / "kiosk.log").read_text())
            time.sleep(0.2)
        screen = screen_capture.capture(xvfb.display)
        if len(set(screen.resize((64, 36)).getdata())) < 3:
            fail("the screen is blank after the kiosk's first frame")
    finally:
        stop(kiosk, log)
        xvfb.close()


def main():
    nownext, source, which = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        {"notify": test_notify, "status": test_status, "late": test_late}[which](
            nownext, source, work)
    print("ok")


if __name__ == "__main__":
    main()
