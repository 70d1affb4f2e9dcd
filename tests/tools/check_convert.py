#!/usr/bin/python3
"""`nownext convert` gives feeds that the schema and the program accept: converts the bundled
Indico example and every public sample beside the project (../shared/samples; those absent are
skipped, saying so), validates each output against feeds/nownext.schema.json and checks it.

Usage: check_convert.py NOWNEXT PROJECT_DIR OUTPUT_DIR. Needs python3-jsonschema.
"""
import json
import pathlib
import subprocess
import sys

import jsonschema

SAMPLES = ["frab-camp2019.schedule.json", "pretalx-rc3-channels-2020.schedule.json",
           "fosdem-2025.schedule.xml", "jres-2022.ics"]


def main() -> int:
    nownext, root, out_dir = sys.argv[1], pathlib.Path(sys.argv[2]).resolve(), pathlib.Path(sys.argv[3])
    out_dir.mkdir(parents=True, exist_ok=True)
    schema = json.loads((root / "feeds/nownext.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    inputs = [root / "tests/data/imports/indico-timetable.json"]
    for name in SAMPLES:
        path = root.parent / "shared" / "samples" / name
        if path.exists():
            inputs.append(path)
        else:
            print(f"skipped  {path} (absent)")
    failures = []
    for source in inputs:
        out = out_dir / (source.stem + ".nownext.json")
        converted = subprocess.run([nownext, "convert", str(source), "--out", str(out)],
                                   capture_output=True, text=True)
        print(converted.stderr.strip().splitlines()[-1] if converted.stderr.strip() else "")
        if converted.returncode != 0:
            failures.append(f"{source.name}: convert exited {converted.returncode}")
            continue
        errors = list(validator.iter_errors(json.loads(out.read_text(encoding="utf-8"))))
        for e in errors[:5]:
            failures.append(f"{out.name}: {'/'.join(map(str, e.path))}: {e.message}")
        checked = subprocess.run([nownext, "check", str(out)], capture_output=True, text=True)
        if checked.returncode != 0 or "valid nownext/1" not in checked.stdout:
            failures.append(f"{out.name}: check exited {checked.returncode}")
        if "warning:" in checked.stdout:
            failures.append(f"{out.name}: the converted feed has warnings")
        print(f"{'valid' if not errors else 'INVALID':8} {out.name}")
    for failure in failures:
        print("FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
