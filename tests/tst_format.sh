#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The conventions kept by a machine: every C++ file is as .clang-format writes it.
#   tests/tst_format.sh SOURCE_DIR
set -euo pipefail
cd "${1:?usage: tst_format.sh SOURCE_DIR}"
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "not a git checkout: nothing to check"; exit 0; }
command -v clang-format >/dev/null || { echo "clang-format is not installed (scripts/dev installs it)" >&2; exit 1; }
mapfile -d '' files < <(git ls-files -z '*.cpp' '*.h')
if ! clang-format --dry-run -Werror "${files[@]}" 2>/tmp/tst_format.$$; then
    echo "files differ from .clang-format (fix: git ls-files '*.cpp' '*.h' | xargs clang-format -i):" >&2
    grep -o '^[^:]*:[0-9]*' /tmp/tst_format.$$ | sort -u | head -40 >&2
    rm -f /tmp/tst_format.$$
    exit 1
fi
rm -f /tmp/tst_format.$$
echo "${#files[@]} files as .clang-format writes them"
