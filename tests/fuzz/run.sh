#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every parser fuzz target for SECONDS on a fresh copy of its seed corpus and fails if any
# of them finds a crash, a sanitizer report, a leak, a timeout or an out-of-memory.
#
#   tests/fuzz/run.sh SECONDS [BUILD_DIR]
#
# BUILD_DIR (default build-asan/ in the source tree, the build tests/sanitizers.sh runs the whole
# suite in) is configured by tests/sanitized-configure.sh if it is not yet, and the fuzz targets
# are built if needed. Targets run side by side, $FUZZ_JOBS at a time
# (default: the number of cores). Findings are kept in BUILD_DIR/fuzz-runs/<target>/ as
# crash-*, leak-*, timeout-*, oom-*; reproduce one with: BUILD_DIR/tests/fuzz/fuzz_<parser> FILE
# The seeds are the public payloads in tests/data/public/ (their sources in its README.md),
# tests/data/<format>/ and, for NDJSON, the embedded demo.
set -euo pipefail

if [ $# -lt 1 ] || ! [[ "$1" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: tests/fuzz/run.sh SECONDS [BUILD_DIR]" >&2
    exit 2
fi
seconds="$1"
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${2:-$src/build-asan}"
fixtures="$src/tests/data/public"
jobs="${FUZZ_JOBS:-$(nproc)}"
parsers=(ndjson csv statuspage alertmanager prometheus atomrss grafana gcp)

# Configure once (or when an earlier configure was not a fuzz one), then build only the targets.
if ! grep -qs '^OUTAGEDASH_FUZZ:BOOL=ON' "$build/CMakeCache.txt"; then
    "$src/tests/sanitized-configure.sh" "$build"
fi
cmake --build "$build" --target fuzz_parsers --parallel "$(nproc)"

seeds() {
    local dir="$1"
    case "$2" in
        # The 44 KB demo in pieces of 25 lines: small seeds with every record type run faster.
        ndjson) cp "$src"/tests/data/ndjson/* "$dir"/
                split -l 25 "$src"/resources/demo/kakao-2022.ndjson "$dir"/demo- ;;
        csv) cp "$src"/tests/data/csv/* "$dir"/ ;;
        statuspage) cp "$fixtures"/statuspage_*.json "$dir"/ ;;
        alertmanager) cp "$fixtures"/alertmanager_*.json "$dir"/ ;;
        prometheus) cp "$fixtures"/prometheus_*.json "$src"/tests/data/prometheus/*.json "$dir"/ ;;
        atomrss) cp "$fixtures"/*.xml "$src"/tests/data/atomrss/*.{rss,atom,xml} "$dir"/ ;;
        grafana) cp "$fixtures"/grafana_*.json "$fixtures"/alertmanager_*.json "$dir"/ ;;
        gcp) cp "$fixtures"/gcp_incidents_*.json "$dir"/ ;;
    esac
}

dictionary() {
    case "$1" in
        csv) echo "$src/tests/fuzz/csv.dict" ;;
        atomrss) echo "$src/tests/fuzz/xml.dict" ;;
        *) echo "$src/tests/fuzz/json.dict" ;;
    esac
}

runs="$build/fuzz-runs"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

run_one() {
    local parser="$1" work="$runs/fuzz_$1"
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/seeds"
    seeds "$work/seeds" "$parser"
    cp "$work"/seeds/* "$work/corpus"/
    local status=0
    "$build/tests/fuzz/fuzz_$parser" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -dict="$(dictionary "$parser")" \
        -artifact_prefix="$work/" "$work/corpus" >"$work/log" 2>&1 || status=$?
    echo "$status" >"$work/status"
}

echo "Fuzzing ${parsers[*]} for ${seconds} s each, $jobs at a time (logs in $runs)"
mkdir -p "$runs"
pids=()
for parser in "${parsers[@]}"; do
    run_one "$parser" &
    pids+=($!)
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
        wait -n || true
    done
done
wait

failed=0
printf '%-18s %14s %10s %8s %8s %s\n' target executions exec/s cov corpus result
for parser in "${parsers[@]}"; do
    work="$runs/fuzz_$parser"
    status="$(cat "$work/status" 2>/dev/null || echo 1)"
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)"
    rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -1)"
    cov="$(grep -o 'cov: [0-9]*' "$work/log" | tail -1 | cut -d' ' -f2 || true)"
    corpus="$(find "$work/corpus" -type f | wc -l)"
    findings="$(find "$work" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'slow-unit-*' \) | grep -v slow-unit || true)"
    result=ok
    if [ "$status" != 0 ] || [ -n "$findings" ]; then
        result="FAILED (exit $status) ${findings//$'\n'/ }"
        failed=1
    fi
    printf '%-18s %14s %10s %8s %8s %s\n' "fuzz_$parser" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$corpus" "$result"
    if [ "$result" != ok ]; then
        echo "---- last lines of $work/log:"
        tail -40 "$work/log"
    fi
done
exit "$failed"
