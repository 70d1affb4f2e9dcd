#!/bin/sh
# Every command that reads a feed tolerates every feed that `check` accepts: shot, now, audit and
# storyboard run on each valid feed of the project and end without a signal (crash, abort) or a
# hang, with a clear "nownext: ..." line when they refuse (audit and storyboard exit 1 for
# findings, which is fine).
# Usage: every_command_every_feed.sh NOWNEXT SOURCE_DIR
set -u
nownext=$1
source_dir=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failed=0
for feed in "$source_dir"/feeds/*.json "$source_dir"/feeds/examples/*.json \
            "$source_dir"/tests/data/field/*.json "$source_dir"/tests/data/audit/*.json \
            "$source_dir"/tests/data/valid/*.json; do
  case "$feed" in *.schema.json) continue ;; esac
  "$nownext" check "$feed" >/dev/null 2>&1 || continue
  for command in shot now audit storyboard; do
    case $command in
      shot) set -- shot --feed "$feed" --at 2017-07-18T11:00 --size 800x480 --out "$out/shot.png" ;;
      now) set -- now "$feed" --at 2017-07-18T11:00 ;;
      audit) set -- audit --feed "$feed" --size 800x480 ;;
      storyboard) set -- storyboard --feed "$feed" --size 800x480 --out "$out/storyboard" ;;
    esac
    timeout 120 "$nownext" "$@" >"$out/stdout" 2>"$out/stderr"
    rc=$?
    refused_clearly=0
    grep -q '^nownext: ' "$out/stderr" && refused_clearly=1
    case $command in audit | storyboard) [ "$rc" -eq 1 ] && refused_clearly=1 ;; esac
    if [ "$rc" -ge 124 ] || { [ "$rc" -ne 0 ] && [ "$refused_clearly" -eq 0 ]; }; then
      echo "FAIL: nownext $command on $feed ended with status $rc:"
      head -c 2000 "$out/stderr"
      failed=1
    fi
  done
done
exit $failed
