#!/usr/bin/python3
"""The storyboard's contact sheet as staff open it: in a browser, from the file system.

Usage: storyboard_sheet.py NOWNEXT PROJECT_DIR WORK_DIR. Needs Debian's chromium (setup.sh
installs it) and python3-pil; exits 77 (skipped) only when chromium is not installed.

1. The storyboard of feeds/idm2017.json for the fleet feeds/fleet/idm2017-four-screens.json exits
   0 with no finding; its sheet, loaded in headless Chromium, loads every image (checked by a
   copy of the page with a script added: the sheet itself has none); its screenshot shows the
   thumbnails (kept as WORK_DIR/idm/sheet.png).
2. A title far too long for an 800x480 door (tests/data/storyboard/) is found: exit 1, the
   finding in audit.json, marked on its frame in the sheet, which loads every image too.
3. On a terminal the storyboard shows its progress; through a pipe it says nothing of it.
"""
import json
import os
import pathlib
import pty
import re
import shutil
import subprocess
import sys

from PIL import Image

CHECK_SCRIPT = """<script>
window.addEventListener("load", () => {
  const images = Array.from(document.images);
  const loaded = images.filter((i) => i.complete && i.naturalWidth > 0).length;
  document.body.setAttribute("data-images", images.length);
  document.body.setAttribute("data-loaded", loaded);
});
</script>
"""


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def chromium(*args):
    command = ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
               "--hide-scrollbars", "--virtual-time-budget=20000", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=180)


def storyboard(nownext, out, *args):
    shutil.rmtree(out, ignore_errors=True)
    run = subprocess.run([nownext, "storyboard", "--out", str(out), *args],
                         capture_output=True, text=True, timeout=600)
    print(run.stdout[-2000:], run.stderr[-2000:])
    return run


def check_images(out):
    """Every image of OUT/index.html loads in Chromium: returns how many there are."""
    check = out / "_check.html"
    html = (out / "index.html").read_text(encoding="utf-8")
    check.write_text(html.replace("</body>", CHECK_SCRIPT + "</body>"), encoding="utf-8")
    dom = chromium("--dump-dom", check.as_uri()).stdout
    check.unlink()
    found = re.search(r'data-images="(\d+)" data-loaded="(\d+)"', dom)
    if not found:
        fail("Chromium did not load the sheet: " + dom[:300])
    images, loaded = int(found.group(1)), int(found.group(2))
    if images == 0 or loaded != images:
        fail(f"{loaded} of {images} images of {out}/index.html loaded")
    print(f"{out}/index.html: {loaded} of {images} images loaded")
    return images


def fleet_of_four(nownext, root, work):
    out = work / "idm"
    run = storyboard(nownext, out, "--feed", str(root / "feeds/idm2017.json"),
                     "--fleet", str(root / "feeds/fleet/idm2017-four-screens.json"))
    if run.returncode != 0 or not re.search(r"4 screens, 2 days, \d+ frames, 0 findings",
                                            run.stdout):
        fail(f"the four screens' storyboard: exit {run.returncode}")
    audit = json.loads((out / "audit.json").read_text())
    if audit["findings"] or audit["screens"] != 4:
        fail(f"audit.json: {audit['screens']} screens, findings {audit['findings'][:3]}")
    pngs = list(out.glob("*/*.png"))
    thumbs = list(out.glob("*/thumbs/*.png"))
    if len(pngs) != audit["frames"] or len(thumbs) != audit["frames"]:
        fail(f"{len(pngs)} PNGs and {len(thumbs)} thumbnails for {audit['frames']} frames")
    images = check_images(out)
    if images != audit["frames"]:
        fail(f"the sheet shows {images} thumbnails for {audit['frames']} frames")
    shot = out / "sheet.png"
    chromium(f"--screenshot={shot}", "--window-size=1600,1200", (out / "index.html").as_uri())
    if not shot.exists():
        fail("Chromium took no screenshot")
    picture = Image.open(shot).convert("RGB")
    # The thumbnails are the theme's dark blue screens on the sheet's light page.
    dark = sum(1 for r, g, b in picture.getdata() if b > r + 30 and b > 60 and r < 60)
    if dark < picture.width * picture.height // 10:
        fail(f"the screenshot {shot} shows few thumbnails ({dark} dark blue pixels)")
    print(f"{shot}: {dark} of {picture.width * picture.height} pixels are the screens' blue")


def broken_title(nownext, root, work):
    out = work / "long-title"
    run = storyboard(nownext, out, "--feed", str(root / "tests/data/storyboard/long-title.json"),
                     "--fleet", str(root / "tests/data/storyboard/small-door.json"))
    if run.returncode != 1 or not re.search(r"[1-9]\d* findings.*cut-title [1-9]", run.stdout):
        fail(f"the title far too long was not found: exit {run.returncode}")
    audit = json.loads((out / "audit.json").read_text())
    titles = [f for f in audit["findings"]
              if f["rule"] == "cut-title" and f["excerpt"].startswith("Report of the working")]
    if not titles or any(f["screen"] != "door-small" for f in titles):
        fail(f"audit.json does not name the long title on door-small: {audit['findings'][:2]}")
    html = (out / "index.html").read_text(encoding="utf-8")
    for finding in titles:
        thumb = "./" + finding["file"].replace("door-small/", "door-small/thumbs/")
        figure = html[:html.find(f'src="{thumb}"')]
        figure = figure[figure.rfind("<figure"):]
        if 'class="page finding"' not in figure:
            fail(f"the frame {finding['file']} is not marked in the sheet")
    if html.count('class="mark"') != len(audit["findings"]):
        fail("not every finding has its mark on its thumbnail")
    check_images(out)


def progress(nownext, root, work):
    args = [nownext, "storyboard", "--out", str(work / "progress"), "--feed",
            str(root / "tests/data/storyboard/long-title.json"),
            "--fleet", str(root / "tests/data/storyboard/small-door.json")]
    piped = subprocess.run(args, capture_output=True, text=True, timeout=300)
    if "frames" in piped.stderr:
        fail("progress written to a pipe: " + piped.stderr[:200])
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(nownext, args)
    seen = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.waitpid(pid, 0)
    if not re.search(rb"\rstoryboard: frames \d+/\d+", seen):
        fail("no progress line on a terminal: " + repr(seen[:300]))
    print("progress on a terminal, none through a pipe")


def main():
    nownext, root, work = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    if shutil.which("chromium") is None:
        print("SKIP: Debian's chromium is not installed (setup.sh installs it)")
        return 77
    work.mkdir(parents=True, exist_ok=True)
    fleet_of_four(nownext, root, work)
    broken_title(nownext, root, work)
    progress(nownext, root, work)
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
