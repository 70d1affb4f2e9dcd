#!/usr/bin/python3
"""Fleet scale, measured: Debian's nginx on 127.0.0.1 serves a feed with ETag, and KIOSKS of the
project's fetchers (nownext_fleet_load: many in one process) poll it at the default interval
divided by SCALE for SECONDS while the feed changes twice. Prints the share of 304 answers, the
body bytes sent, nginx's CPU time, how the requests spread over time (the poll jitter must keep
them apart), and how long until every kiosk had each change.

Usage: fleet_load.py NOWNEXT_FLEET_LOAD SOURCE_DIR [--kiosks 500] [--scale 10] [--seconds 180]
"""
import argparse
import collections
import json
import os
import pathlib
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def cpu_seconds(pid):
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def nginx_processes(master):
    pids = [master]
    for entry in pathlib.Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == master:
                pids.append(int(entry.name))
    return pids


def write_feed(source, served, version):
    """The bundled feed with a version in its title, replaced atomically (a new ETag)."""
    feed = json.loads((source / "feeds/idm2017.json").read_text())
    feed["event"]["title"] = f"{feed['event']['title']} (version {version})"
    temporary = served / "feed.json.tmp"
    temporary.write_text(json.dumps(feed))
    os.replace(temporary, served / "feed.json")
    return time.time()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("load")
    parser.add_argument("source", type=pathlib.Path)
    parser.add_argument("--kiosks", type=int, default=500)
    parser.add_argument("--scale", type=float, default=10)
    parser.add_argument("--seconds", type=int, default=180)
    args = parser.parse_args()
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    interval_ms = round(30_000 / args.scale)

    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        served = work / "served"
        served.mkdir()
        write_feed(args.source, served, 1)
        port = free_port()
        conf = work / "nginx.conf"
        conf.write_text(f"""
user root;
worker_processes 1;
worker_rlimit_nofile 8192;
daemon off;
pid {work}/nginx.pid;
error_log {work}/error.log;
events {{ worker_connections 4096; }}
http {{
  log_format timed '$msec $status $body_bytes_sent $request_time';
  access_log {work}/access.log timed;
  client_body_temp_path {work}/body; proxy_temp_path {work}/proxy;
  fastcgi_temp_path {work}/fastcgi; uwsgi_temp_path {work}/uwsgi; scgi_temp_path {work}/scgi;
  types {{ application/json json; }}
  etag on;
  keepalive_requests 100000;
  keepalive_timeout 120s;
  server {{ listen 127.0.0.1:{port}; root {served}; }}
}}
""")
        server = subprocess.Popen([nginx, "-c", str(conf), "-p", str(work)])
        for _ in range(100):
            if (work / "nginx.pid").exists() or server.poll() is not None:
                break
            time.sleep(0.1)
        if server.poll() is not None:
            sys.exit(f"nginx did not start: {(work / 'error.log').read_text()}")
        master = int((work / "nginx.pid").read_text())
        started = time.time()
        load = subprocess.Popen([args.load, f"http://127.0.0.1:{port}/feed.json",
                                 str(args.kiosks), str(interval_ms), str(args.seconds),
                                 str(work / "state")], stdout=subprocess.PIPE, text=True)
        changes = {}
        for version, at in ((2, args.seconds / 3), (3, 2 * args.seconds / 3)):
            time.sleep(max(0.0, started + at - time.time()))
            changes[version] = write_feed(args.source, served, version)
        output, _ = load.communicate()
        cpu = sum(cpu_seconds(pid) for pid in nginx_processes(master))
        server.send_signal(signal.SIGQUIT)
        server.wait(timeout=30)
        lines = (work / "access.log").read_text().split()
        records = [lines[i:i + 4] for i in range(0, len(lines), 4)]

    statuses = collections.Counter(status for _, status, _, _ in records)
    body = sum(int(size) for _, _, size, _ in records)
    times = sorted(float(at) for at, _, _, _ in records)
    # The spread: requests per 100 ms, after the start (where every kiosk polls at once).
    steady = [t for t in times if t > started + 2 * interval_ms / 1000]
    buckets = collections.Counter(int(t * 10) for t in steady)
    if steady:
        span = int(steady[-1] * 10) - int(steady[0] * 10) + 1
        per_bucket = [buckets.get(int(steady[0] * 10) + i, 0) for i in range(span)]
    else:
        per_bucket = [0]
    gaps = [b - a for a, b in zip(steady, steady[1:])]
    print(f"kiosks {args.kiosks}, poll interval {interval_ms} ms (30 s / {args.scale:g}), "
          f"{args.seconds} s, feed changed twice")
    print(f"requests {len(records)}: " + ", ".join(f"{s} x{n}" for s, n in sorted(statuses.items()))
          + f"; 304 share {statuses['304'] / max(1, len(records)):.1%}")
    print(f"body bytes sent {body} ({body / max(1, len(records)):.0f} per request)")
    print(f"nginx CPU {cpu:.2f} s over {args.seconds} s ({100 * cpu / args.seconds:.2f} % of a core)")
    print(f"requests per 100 ms after the first round: mean {statistics.mean(per_bucket):.1f}, "
          f"max {max(per_bucket)}, stdev {statistics.pstdev(per_bucket):.1f}; "
          f"median gap between requests {1000 * statistics.median(gaps) if gaps else 0:.2f} ms")
    failed = False
    for line in output.splitlines():
        print(line)
        parts = line.split()
        version = int(parts[1].rstrip(":"))
        if version in changes:
            last = float(parts[-1])
            if last == 0:
                print(f"  change {version}: not every kiosk had it")
                failed = True
            else:
                print(f"  change {version}: every kiosk had it {last - changes[version]:.2f} s "
                      f"after it was written (first after {float(parts[-3].rstrip(',')) - changes[version]:.2f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
