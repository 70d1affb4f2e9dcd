#!/usr/bin/python3
"""How long `nownext storyboard` takes, on the two cases of the README's benchmark section.

Usage: storyboard_bench.py NOWNEXT [--jobs N]

1. The bundled IDM 2017 programme, its two days, the four layouts at 1920x1080 and 1080x1920.
2. A generated congress day: 90 rooms, sessions of 30 to 90 minutes from 09:00 to 18:00 whose
   starts differ from room to room, 1 to 4 speakers each; a fleet of 100 screens (80 landscape
   doors, 10 portrait doors, 10 hallways of 9 rooms each).

Prints, for each, the wall time, the CPU time of the command and its workers, and its summary.
"""
import json
import os
import pathlib
import resource
import subprocess
import sys
import tempfile
import time

WORDS = ("migration data policy health labour mobility climate cities return integration "
         "rights protection youth diaspora remittances skills borders dialogue partnership "
         "resilience").split()


def congress(folder):
    rooms = [{"id": f"room-{r:02d}", "name": f"Room {r:02d}"} for r in range(1, 91)]
    people = [{"id": f"p{i}", "name": f"Speaker {i} {WORDS[i % len(WORDS)].title()}"}
              for i in range(400)]
    sessions = []
    lengths = [30, 45, 60, 90]
    for r, room in enumerate(rooms):
        minute = 9 * 60 + (r % 4) * 15
        n = 0
        while minute + 30 <= 18 * 60:
            length = lengths[(r + n) % 4]
            end = min(minute + length, 18 * 60)
            words = [WORDS[(r * 7 + n * 3 + k) % len(WORDS)] for k in range(4 + (r + n) % 9)]
            sessions.append({
                "id": f"s-{r}-{n}", "room": room["id"],
                "title": " ".join(words).capitalize(),
                "start": f"2026-09-15T{minute // 60:02d}:{minute % 60:02d}:00+02:00",
                "end": f"2026-09-15T{end // 60:02d}:{end % 60:02d}:00+02:00",
                "speakers": [f"p{(r * 5 + n + k) % 400}" for k in range(1 + (r + n) % 4)],
            })
            minute = end + (15 if n % 3 == 2 else 0)
            n += 1
    feed = {"format": "nownext/1",
            "event": {"id": "congress", "title": "Generated congress", "time_zone": "Europe/Zurich"},
            "rooms": rooms, "people": people, "sessions": sessions}
    screens = {}
    for r, room in enumerate(rooms[:80]):
        screens[f"door-{r + 1:02d}"] = {"room": room["id"], "layout": "room-door-landscape"}
    for r, room in enumerate(rooms[80:]):
        screens[f"door-{r + 81:02d}-portrait"] = {"room": room["id"], "layout": "room-door-portrait",
                                                  "size": "1080x1920"}
    for h in range(10):
        screens[f"hall-{h + 1:02d}"] = {"layout": "hallway",
                                        "rooms": [rooms[h * 9 + k]["id"] for k in range(9)]}
    fleet = {"format": "nownext-fleet/1", "defaults": {"language": "en"}, "screens": screens}
    (folder / "congress.json").write_text(json.dumps(feed))
    (folder / "fleet.json").write_text(json.dumps(fleet))
    return len(sessions)


def timed(args):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    run = subprocess.run(args, capture_output=True, text=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = [line for line in run.stdout.splitlines() if line.startswith("storyboard:")]
    print(f"  {wall:.1f} s wall, {cpu:.1f} s CPU; exit {run.returncode}; "
          f"{summary[0] if summary else run.stderr.strip()[:300]}")


def main():
    nownext = sys.argv[1]
    extra = sys.argv[2:]
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        print(f"IDM 2017, two days, four layouts at 1920x1080 and 1080x1920 ({os.cpu_count()} "
              "processors):")
        timed([nownext, "storyboard", "--size", "1920x1080", "1080x1920",
               "--out", str(folder / "idm"), *extra])
        count = congress(folder)
        print(f"generated congress day: 90 rooms, {count} sessions, a fleet of 100 screens:")
        timed([nownext, "storyboard", "--feed", str(folder / "congress.json"),
               "--fleet", str(folder / "fleet.json"), "--out", str(folder / "congress"), *extra])
    return 0


if __name__ == "__main__":
    sys.exit(main())
