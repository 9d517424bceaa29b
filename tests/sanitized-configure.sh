#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures the one sanitized build both tests/sanitizers.sh (the whole CTest suite) and
# tests/fuzz/run.sh (the parser fuzzers) use, so CI compiles the sources once for both:
#
#   tests/sanitized-configure.sh BUILD_DIR
#
# clang, AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer everywhere, any
# UB report fatal; fuzzer-no-link adds libFuzzer's coverage hooks to our code, which the fuzz
# targets link libFuzzer against and every other program leaves to ASan's no-op defaults.
# Debug keeps Q_ASSERT; -O1 makes the suite run about twice as fast as -O0 under ASan, and
# ASan's reports stay exact at -O1 (its documented recommendation).
set -euo pipefail
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$1"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
    -DCMAKE_CXX_FLAGS_DEBUG='-g -O1' \
    -DCMAKE_CXX_FLAGS='-fsanitize=address,undefined,fuzzer-no-link -fno-omit-frame-pointer -fno-sanitize-recover=undefined' \
    -DOUTAGEDASH_FUZZ=ON >/dev/null
