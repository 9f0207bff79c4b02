#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Claimscope authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Formats the C++ (.clang-format) and QML (.qmlformat.ini) sources, or with
# --check lists the files that are not formatted and fails.
#   tools/format.bash [--check] [--clang-format PROG] [--qmlformat PROG]
# `tools/dev format` runs it in the build environment; the `format` test runs
# it with --check.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
check=0 clang_format=clang-format qmlformat=qmlformat
while [ $# -gt 0 ]; do
    case "$1" in
        --check) check=1 ;;
        --clang-format) clang_format=$2; shift ;;
        --qmlformat) qmlformat=$2; shift ;;
        *) echo "usage: tools/format.bash [--check] [--clang-format PROG] [--qmlformat PROG]" >&2; exit 2 ;;
    esac
    shift
done
command -v "$qmlformat" >/dev/null || qmlformat=/usr/lib/qt6/bin/qmlformat

cd "$repo"
mapfile -t cxx < <(find src tests tools -name build -prune -o \( -name '*.cpp' -o -name '*.h' \) -print | sort)
mapfile -t qml < <(find qml tests tools -name build -prune -o -name '*.qml' -print | sort)

if [ "$check" = 0 ]; then
    "$clang_format" -i "${cxx[@]}"
    "$qmlformat" -i "${qml[@]}"
    echo "formatted ${#cxx[@]} C++ and ${#qml[@]} QML files"
    exit 0
fi

bad=0
for f in "${cxx[@]}"; do
    if ! "$clang_format" --dry-run -Werror "$f" >/dev/null 2>&1; then
        echo "not formatted (clang-format): $f"; bad=$((bad + 1))
    fi
done
for f in "${qml[@]}"; do
    if ! "$qmlformat" "$f" | cmp -s - "$f"; then
        echo "not formatted (qmlformat): $f"; bad=$((bad + 1))
    fi
done
if [ "$bad" -gt 0 ]; then
    echo "$bad of $((${#cxx[@]} + ${#qml[@]})) files need formatting: run tools/dev format"
    exit 1
fi
echo "all ${#cxx[@]} C++ and ${#qml[@]} QML files are formatted"
