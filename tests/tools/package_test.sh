#!/bin/sh
# The Debian package, installed into a temporary root with dpkg -x, runs from there: `check` and
# `shot` find the data under the root's /usr/share/nownext without --data-dir, the unit and the
# example configuration are in place, and systemd-analyze verifies the unit.
# Usage: package_test.sh BUILD_DIR
set -eu
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/package" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
deb=$(ls "$work"/package/nownext_*.deb)
echo "package: $(basename "$deb")"
dpkg-deb --info "$deb" | grep -E "Package|Version|Depends" || true
dpkg -x "$deb" "$work/root"
root=$work/root

for file in usr/bin/nownext usr/share/nownext/layouts/hallway.json \
            usr/share/nownext/fonts/roles.txt usr/share/nownext/feeds/idm2017.json \
            usr/lib/systemd/system/nownext.service etc/nownext/kiosk.json; do
  [ -e "$root/$file" ] || fail "the package lacks /$file"
done

# A layout only the installed data has: found only if the program looks beside itself.
sed 's/"name": "hallway"/"name": "installed-only"/' "$root/usr/share/nownext/layouts/hallway.json" \
  >"$root/usr/share/nownext/layouts/installed-only.json"
unset NOWNEXT_DATA_DIR
"$root/usr/bin/nownext" check "$root/usr/share/nownext/feeds/idm2017.json" | grep -q "valid nownext/1" ||
  fail "check of the installed feed"
"$root/usr/bin/nownext" shot --at 2017-07-18T11:00 --size 800x480 --layout installed-only \
  --out "$work/shot.png" | grep -q "installed-only, 800x480" ||
  fail "shot did not find the installed data"
[ -s "$work/shot.png" ] || fail "shot wrote no PNG"

# systemd-analyze needs the program at the unit's path: verify a copy that names the root's.
sed "s|/usr/bin/nownext|$root/usr/bin/nownext|" "$root/usr/lib/systemd/system/nownext.service" \
  >"$work/nownext.service"
systemd-analyze verify "$work/nownext.service" >"$work/verify.log" 2>&1 ||
  { cat "$work/verify.log"; fail "systemd-analyze verify"; }
if grep -v "^$" "$work/verify.log"; then fail "systemd-analyze verify warned"; fi
echo "ok"
