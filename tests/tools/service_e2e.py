#!/usr/bin/python3
"""The kiosk as a service, for real: `nownext run` on its own Xvfb (no window manager), with what
systemd and a monitoring system see of it. Run through ctest as:
service_e2e.py NOWNEXT SOURCE_DIR [notify|status|fleet].

notify: a fake $NOTIFY_SOCKET with a watchdog receives READY=1 (after the first frame), STATUS=
with the state in words, and regular WATCHDOG=1; when the X server is frozen (SIGSTOP) the screen
loop stalls in its present and the pings stop, although the fetcher thread still runs; they come
back when it is thawed. SIGTERM sends STOPPING=1.
"""
import datetime
import json
import os
import pathlib
import signal
import socket
import subprocess
import sys
import tempfile
import time
import zoneinfo


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


class Xvfb:
    """An X server of its own, so that the test may freeze it."""

    def __init__(self, size="1280x720"):
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
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
        "state_dir": str(work / "state")},
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
    notifications.read(1)
    if "STOPPING=1" not in [m for _, m in notifications.received]:
        fail("no STOPPING=1 on SIGTERM")
    if "stopped" not in text:
        fail("the kiosk did not log that it stopped")


def main():
    nownext, source, which = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        {"notify": test_notify}[which](nownext, source, work)
    print("ok")


if __name__ == "__main__":
    main()
