#!/bin/sh
# Runs a command as a person would and checks both its exit code and what it printed.
# Usage: expect_run.sh EXIT_CODE EXTENDED_REGEX COMMAND [ARG...]
expected_code=$1
pattern=$2
shift 2
output=$("$@" 2>&1)
code=$?
printf '%s\n' "$output"
if [ "$code" -ne "$expected_code" ]; then
  echo "FAIL: exit code $code, expected $expected_code" >&2
  exit 1
fi
if ! printf '%s\n' "$output" | tr '\n' ' ' | grep -Eq -- "$pattern"; then
  echo "FAIL: output does not match: $pattern" >&2
  exit 1
fi
