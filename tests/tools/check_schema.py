#!/usr/bin/python3
"""Keeps feeds/nownext.schema.json honest: every bundled feed validates against it, and every
invalid example in tests/data/invalid is rejected by it (the parser's test rejects them too), and
so is every example in tests/data/degraded (the parser loads them, leaving the broken session out).

Usage: check_schema.py PROJECT_DIR. Needs Debian's python3-jsonschema (installed by setup.sh).
"""
import json
import pathlib
import sys

import jsonschema


def main() -> int:
    root = pathlib.Path(sys.argv[1])
    schema = json.loads((root / "feeds/nownext.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    valid = sorted(root.glob("feeds/*.json")) + sorted(root.glob("feeds/examples/*.json"))
    valid = [p for p in valid if p.name != "nownext.schema.json"]
    invalid = sorted(root.glob("tests/data/invalid/*.json")) + sorted(
        root.glob("tests/data/degraded/*.json"))
    failures = []
    for path in valid:
        errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
        status = "valid" if not errors else "INVALID"
        print(f"{status:8} {path.relative_to(root)}")
        failures += [f"{path.relative_to(root)}: {'/'.join(map(str, e.path))}: {e.message}" for e in errors]
    for path in invalid:
        errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
        print(f"{'rejected' if errors else 'ACCEPTED'} {path.relative_to(root)}")
        if not errors:
            failures.append(f"{path.relative_to(root)}: the schema accepts an invalid example")
    if len(valid) < 3 or len(invalid) < 5:
        failures.append(f"too few examples found ({len(valid)} valid, {len(invalid)} invalid)")
    for failure in failures:
        print("FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
