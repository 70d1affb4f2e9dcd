#!/bin/sh
# Fails when a C++ source of the project is not formatted as .clang-format says.
# Usage: check_format.sh PROJECT_DIR
cd "$1" || exit 1
files=$(find display tests -name '*.cpp' -o -name '*.hpp' | sort)
[ -n "$files" ] || { echo "no sources found"; exit 1; }
# shellcheck disable=SC2086
clang-format --dry-run -Werror $files && echo "formatted: $(echo "$files" | wc -l) files"
