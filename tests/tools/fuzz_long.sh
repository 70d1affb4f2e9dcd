#!/bin/sh
# Runs fuzz targets of the fuzz preset for SECONDS each (default 3600), from their seeds and a
# corpus kept in OUT/corpus-<kind>; inputs that crash, hang or exhaust memory go to
# OUT/findings-<kind>/, and the fuzzing continues after them. Prints, per target, libFuzzer's
# final figures (executions, coverage) and the number of findings.
#
# A timeout or a slow input is measured by the wall clock, so a busy or paused machine (a
# build beside the fuzzer) flags inputs that are not slow. Each one is run again alone at the
# end: one that passes within the timeout moves to OUT/not-reproduced-<kind>/ and is counted
# apart; one that is still slow stays a finding.
#
# Usage: tests/tools/fuzz_long.sh [SECONDS] [OUT] [KIND...]
#   KIND: feed config layout theme words frab-json frab-xml ical indico cap (default: all, one
#   after another). Give JOBS=N in the environment to run N targets at once.
set -eu
seconds=${1:-3600}
out=${2:-fuzz-long}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
kinds=${*:-feed config layout theme words frab-json frab-xml ical indico cap}
jobs=${JOBS:-1}
timeout=10 # seconds an input may take
cd "$(dirname "$0")/../.."
samples=../shared/samples # published schedules, used as seeds when they are beside the project

run_one() {
  kind=$1
  dict=tests/fuzz/json.dict
  case $kind in
    feed) seeds="feeds/examples tests/data/invalid tests/data/degraded tests/data/field tests/data/audit" ;;
    config) seeds="tests/fuzz/seeds/config" ;;
    layout) seeds="layouts" ;;
    theme) seeds="layouts/themes" ;;
    words) seeds="layouts/strings" ;;
    frab-json) seeds="$samples/frab-camp2019.schedule.json $samples/pretalx-rc3-channels-2020.schedule.json" ;;
    frab-xml) seeds="tests/fuzz/seeds/frab-xml $samples/fosdem-2025.schedule.xml" dict=tests/fuzz/xml.dict ;;
    ical) seeds="tests/fuzz/seeds/ical $samples/jres-2022.ics" dict=tests/fuzz/ical.dict ;;
    indico) seeds="tests/data/imports/indico-timetable.json" ;;
    cap) seeds="tests/data/cap" dict=tests/fuzz/cap.dict ;;
    *) echo "fuzz_long: unknown kind '$kind'" >&2; return 2 ;;
  esac
  mkdir -p "$out/corpus-$kind" "$out/findings-$kind" "$out/seeds-$kind"
  for seed in $seeds; do
    if [ -e "$seed" ]; then cp -r "$seed" "$out/seeds-$kind/"; else echo "$kind: seed $seed absent, skipped" >&2; fi
  done
  build/fuzz/tests/fuzz/nownext-fuzz-$kind -max_total_time="$seconds" -max_len=65536 \
    -timeout=$timeout -rss_limit_mb=2048 -dict="$dict" -print_final_stats=1 \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -artifact_prefix="$out/findings-$kind/" "$out/corpus-$kind" "$out/seeds-$kind" \
    >"$out/$kind.log" 2>&1 || true
  replay_slow "$kind"
  echo "$kind: $(grep -E '^#[0-9]+' "$out/$kind.log" | tail -1)"
  echo "$kind: findings: $(find "$out/findings-$kind" -type f | wc -l)," \
    "not reproduced: $(find "$out/not-reproduced-$kind" -type f | wc -l)"
}

replay_slow() {
  kind=$1
  mkdir -p "$out/not-reproduced-$kind"
  for input in "$out/findings-$kind"/timeout-* "$out/findings-$kind"/slow-unit-*; do
    [ -f "$input" ] || continue
    if build/fuzz/tests/fuzz/nownext-fuzz-$kind -timeout=$timeout -rss_limit_mb=2048 \
      -runs=1 "$input" >>"$out/$kind.replay.log" 2>&1; then
      mv "$input" "$out/not-reproduced-$kind/"
    fi
  done
}

running=0
for kind in $kinds; do
  if [ "$jobs" -le 1 ]; then
    run_one "$kind"
  else
    run_one "$kind" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then wait; running=0; fi
  fi
done
wait
