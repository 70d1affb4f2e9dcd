#!/bin/sh
# Runs every fuzz target of the fuzz preset for SECONDS each (default 3600), one after another,
# from its seeds and a corpus kept in OUT/corpus-<kind>; inputs that crash, hang or exhaust
# memory go to OUT/findings-<kind>/, and the fuzzing continues after them. Prints, per target,
# libFuzzer's final figures. Usage: tests/tools/fuzz_long.sh [SECONDS] [OUT]
set -eu
seconds=${1:-3600}
out=${2:-fuzz-long}
cd "$(dirname "$0")/../.."
for kind in feed config layout theme words; do
  case $kind in
    feed) seeds="feeds/examples tests/data/invalid tests/data/field tests/data/audit" ;;
    config) seeds="tests/fuzz/seeds/config" ;;
    layout) seeds="layouts" ;;
    theme) seeds="layouts/themes" ;;
    words) seeds="layouts/strings" ;;
  esac
  mkdir -p "$out/corpus-$kind" "$out/findings-$kind"
  # shellcheck disable=SC2086 # the seed folders are separate words
  build/fuzz/tests/fuzz/nownext-fuzz-$kind -max_total_time="$seconds" -max_len=65536 \
    -timeout=10 -rss_limit_mb=2048 -dict=tests/fuzz/json.dict -print_final_stats=1 \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -artifact_prefix="$out/findings-$kind/" "$out/corpus-$kind" $seeds \
    >"$out/$kind.log" 2>&1 || true
  echo "$kind: $(grep -E '^#[0-9]+' "$out/$kind.log" | tail -1)"
  echo "$kind: findings: $(find "$out/findings-$kind" -type f | wc -l)"
done
