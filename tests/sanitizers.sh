#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole CTest suite under AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer.
#
#   tests/sanitizers.sh [--core] [BUILD_DIR]
#
# --core (what CI runs): only the core suites, CTest label "core" (parsers, store, engine,
# listener, pollers: the code that reads what strangers send), built by the target core_tests,
# which needs no widget, chart or report library. Without it, every suite (a separate, longer
# command).
#
# BUILD_DIR (default build-asan/ in the source tree) is a separate clang Debug -O1 build with
#   -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
# (tests/sanitized-configure.sh; the fuzz targets of tests/fuzz/run.sh come from the same
# build) so any report fails the test that triggered it. Leaks are reported (detect_leaks=1);
# tests/lsan.supp silences only leaks inside Qt's plugins, fontconfig and other system
# libraries, never one whose allocation comes from our code. See docs/reliability.md.
set -euo pipefail

src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# What to build and which tests to run: everything but the packaging check, or the core suites.
targets=()
select=(--exclude-regex '^tst_packaging$')
if [ "${1:-}" = --core ]; then
    targets=(--target core_tests)
    select=(--label-regex '^core$')
    shift
fi
build="${1:-$src/build-asan}"

"$src/tests/sanitized-configure.sh" "$build"
cmake --build "$build" "${targets[@]}" --parallel "$(nproc)"

# soak_smoke checks that resident memory stays flat after warm-up; two habits of ASan's
# allocator would read as leaks there. Its quarantine (freed memory held back before reuse, to
# catch a use after free) is 256 MB by default: here 16 MB, which still catches a use of
# anything freed in the last 16 MB of frees. And it keeps free pages: here it gives them back
# to the system every 500 ms, as glibc's does after a reload (DashboardSession::reload).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_init_order=1:check_initialization_order=1:detect_stack_use_after_return=1:quarantine_size_mb=16:allocator_release_to_os_interval_ms=500"
export LSAN_OPTIONS="suppressions=$src/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen
# A Debug build under ASan runs the importer several times slower: the crash test gets a
# smaller file and fewer kills here (its full size runs in the normal suite).
export CRASH_LINES="${CRASH_LINES:-40000}" CRASH_KILLS="${CRASH_KILLS:-6}"

# Left out, and why: tst_packaging installs the build and packs a .deb from it with dpkg-deb
# and the packaging validators. It checks packaging, not our code, and an ASan .deb is
# nothing to ship (its binaries need libasan at run time and would fail the dependency checks).

cd "$build"
# Twice the cores: a third of the suite's time is spent waiting on sockets, child processes
# and timers, not computing.
ctest --output-on-failure --parallel "$(( $(nproc) * 2 ))" --timeout 1200 "${select[@]}"
