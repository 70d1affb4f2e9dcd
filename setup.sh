#!/usr/bin/env bash
# Installs, idempotently, every Debian 12 package nownext needs to build, run and test.
# Compilers and CMake are expected to be present already. Works as root or through sudo.
set -euo pipefail

packages=(
  # build
  cmake g++ pkg-config ninja-build
  # libraries
  libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev
  libcurl4-openssl-dev libssl-dev
  nlohmann-json3-dev libhowardhinnant-date-dev libcli11-dev
  libpugixml-dev libical-dev
  libfontconfig-dev libsystemd-dev
  # Unicode with ICU: bidi and scripts; dates, plurals, numbers and line breaking (CLDR data)
  libicu-dev
  tzdata
  # fonts: Latin/Cyrillic/Arabic/Hebrew (Noto), Chinese/Japanese/Korean (Noto CJK), symbols
  # (DejaVu), emoji (Symbola)
  fonts-noto-core fonts-noto-cjk fonts-dejavu-core fonts-symbola
  # tests and benchmarks
  doctest-dev libbenchmark-dev libcpp-httplib-dev openssl
  python3 python3-jsonschema python3-prometheus-client
  # the service and its package: systemd-analyze, dpkg-deb; the fleet-scale load test
  systemd dpkg-dev nginx-light
  xvfb xauth x11-apps x11-xserver-utils xdotool python3-pil
  # the storyboard's PNG writer; its contact sheet opened in a browser by the tests
  libpng-dev chromium
  # fuzzing (libFuzzer through clang)
  clang libclang-rt-14-dev libfuzzer-14-dev
  # formatting check
  clang-format
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
