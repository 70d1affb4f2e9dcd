#!/usr/bin/python3
"""Keeps feeds/fleet/nownext-fleet.schema.json honest: the example fleet and the test fleets
validate against it, and a fleet with a misspelt member is rejected by it (the reader warns).

Usage: check_fleet_schema.py PROJECT_DIR. Needs Debian's python3-jsonschema.
"""
import json
import pathlib
import sys

import jsonschema


def main() -> int:
    root = pathlib.Path(sys.argv[1])
    schema = json.loads((root / "feeds/fleet/nownext-fleet.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = []
    for path in [root / "feeds/fleet/example.json", root / "feeds/fleet/idm2017-four-screens.json",
                 root / "tests/data/fleet/two-screens.json",
                 root / "tests/data/storyboard/small-door.json"]:
        errors = list(validator.iter_errors(json.loads(path.read_text())))
        print(f"{'valid' if not errors else 'INVALID':8} {path.relative_to(root)}")
        failures += [f"{path}: {e.message}" for e in errors]
    misspelt = root / "tests/data/fleet/unknown-member.json"
    if validator.is_valid(json.loads(misspelt.read_text())):
        failures.append(f"{misspelt}: accepted by the schema")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
