#!/usr/bin/python3
"""Kiosk figures that only a real run can give, under Xvfb at 1920x1080: time from start to the
first frame on screen with a cached agenda (the network not answering), CPU over a minute while
a card and its clock are shown, and resident memory.

Usage: xvfb-run -a -s "-screen 0 1920x1080x24" tests/tools/kiosk_bench.py build/release/nownext
       [--seconds 60] [--layout day-overview] [--starts 7] [--floor build/release/nownext-x-floor]

--floor times, the same way and as many times, a bare Xlib program that maps a window over the
screen and sends it one full-screen image (tests/bench/x_floor.cpp): the share of the first
frame that belongs to the X server and to starting a process on the machine at hand.

The first frame is measured over several starts (--starts), and the median given with the
range: one start on a busy machine says little.
"""
import statistics
import argparse
import os
import pathlib
import signal
import subprocess
import sys
import tempfile
import time

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def cpu_ms_all_threads(pid):
    """CPU time of every thread of `pid` so far, in ms (nanosecond counts, not clock ticks)."""
    total = 0
    for task in pathlib.Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (FileNotFoundError, ProcessLookupError):
            pass  # a thread that just ended
    return total / 1e6


def memory_kib(pid, key):
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def first_frame_ms(command):
    """Milliseconds from exec until `command` says "first frame on screen" on stderr."""
    started = time.monotonic()
    program = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    said = []
    for line in program.stderr:
        if "first frame on screen" in line:
            seen = (time.monotonic() - started) * 1000
            program.communicate(timeout=10)
            return seen
        said.append(line.rstrip())
    program.wait(timeout=10)
    raise SystemExit(f"{command[0]} never showed a frame (exit {program.returncode}): "
                     + " / ".join(said[-3:]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("nownext")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--layout", default="day-overview")
    parser.add_argument("--starts", type=int, default=7)
    parser.add_argument("--floor", help="the nownext-x-floor program, timed as the kiosk is")
    args = parser.parse_args()
    source = pathlib.Path(__file__).resolve().parents[2]
    with tempfile.TemporaryDirectory() as tmp:
        state = pathlib.Path(tmp) / "state"
        subprocess.run([args.nownext, "fetch", str(source / "feeds/idm2017.json"), "--state-dir",
                        str(state)], check=True, capture_output=True)
        # Port 9 on loopback: nothing listens, so only the cache can fill the screen.
        command = [args.nownext, "run", "--feed", "http://127.0.0.1:9/feed.json", "--state-dir",
                   str(state), "--replay-day", "2017-07-18", "--layout", args.layout]
        reported, seen, cpu_used = [], [], []
        for start in range(max(1, args.starts)):
            started = time.monotonic()
            kiosk = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
            for line in kiosk.stderr:
                if "first frame on screen" in line:
                    seen.append((time.monotonic() - started) * 1000)
                    cpu_used.append(cpu_ms_all_threads(kiosk.pid))
                    reported.append(int(line.split("first frame on screen ")[1].split()[0]))
                    break
            if len(reported) <= start:
                print("the kiosk never showed a frame", file=sys.stderr)
                return 1
            if start + 1 < args.starts:
                kiosk.send_signal(signal.SIGTERM)
                kiosk.communicate(timeout=10)
        time.sleep(5)  # past start-up work
        cpu_before, wall_before = cpu_seconds(kiosk.pid), time.monotonic()
        time.sleep(args.seconds)
        cpu = cpu_seconds(kiosk.pid) - cpu_before
        wall = time.monotonic() - wall_before
        rss, peak = memory_kib(kiosk.pid, "VmRSS"), memory_kib(kiosk.pid, "VmHWM")
        kiosk.send_signal(signal.SIGTERM)
        rest = kiosk.communicate(timeout=10)[1]
        slides = [line for line in rest.splitlines() if "page slides" in line]
    floor = [first_frame_ms([args.floor]) for _ in range(max(1, args.starts))] if args.floor else []
    print(f"layout                         {args.layout}")
    def spread(values):
        return (f"{statistics.median(values):.0f} ms (median of {len(values)}, "
                f"{min(values):.0f}-{max(values):.0f})")
    print(f"first frame, as the kiosk logs {spread(reported)} after start")
    print(f"first frame, seen from outside {spread(seen)} after exec (budget 40 ms)")
    print(f"CPU until the first frame      {spread(cpu_used)} (all threads, from exec)")
    if floor:
        print(f"floor: a bare Xlib program     {spread(floor)} after exec: a window over the "
              "screen and one full-screen image")
    print(f"CPU over {wall:.0f} s                 {100 * cpu / wall:.2f} % of a core (budget: a card and its clock 0.1 %, a door paging "
          f"with slides 0.6 % at 1920x1080, 2 % at 3840x2160)")
    print(f"page slides                    {slides[0].split('display: ')[1] if slides else 'none'}"
          " (budget: every frame under 16 ms)")
    print(f"resident memory                {rss / 1024:.1f} MiB now, {peak / 1024:.1f} MiB peak "
          f"(budget 80 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
