#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The repository stands alone: a user's clone has nothing beside it, so no tracked file may
# refer to a folder outside the source tree (a sibling folder of shared notes, a sibling
# checkout, a machine's work folder).
#   tests/tst_standalone.sh SOURCE_DIR
set -euo pipefail
src="${1:?usage: tst_standalone.sh SOURCE_DIR}"
cd "$src"
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "not a git checkout: nothing to check" >&2
    exit 0
fi
# Paths that climb out of the tree or name a machine's own folders. The names are spelled in
# pieces so that this file does not match them itself.
sibling='shar''ed' machine='wo''rk'
pattern="(\\.\\./${sibling}|/${machine}/|/home/[a-z]|CMAKE_SOURCE_DIR\\}/\\.\\.|\\\$src/\\.\\.)"
found=$(git ls-files -z | xargs -0 grep -nIE "$pattern" -- 2>/dev/null || true)
if [ -n "$found" ]; then
    echo "files refer to paths outside the repository:" >&2
    echo "$found" | head -40 >&2
    exit 1
fi
echo "no file refers to a path outside the repository"
