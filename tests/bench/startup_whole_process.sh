#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Whole-process start-up (#23, points 2 and 6), until "4. Start-up (whole process)" is a row of
# outagedash_bench: exec → the dashboard's first painted frame, as the app itself reports it with
# OUTAGEDASH_FIRST_FRAME_EXIT=1 (app/main.cpp: ms since the kernel's start time of the process,
# VmRSS/VmHWM, whether the recovery chart's lines were still being read), on an Xvfb screen of
# 1920×1080 and fresh settings (a first start). Per store, RUNS warm runs (the store's files read
# with cat first: only its pages are warm, never the timed path) and RUNS cold runs (the page
# cache dropped before each, when /proc/sys/vm/drop_caches is writable); the 1-min load at each.
#   tests/bench/startup_whole_process.sh OUTAGEDASH STORE.sqlite...    (RUNS=3 by default)
set -uo pipefail
bin="${1:?usage: startup_whole_process.sh OUTAGEDASH STORE...}"
shift
runs="${RUNS:-3}"
tmp=$(mktemp -d)
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
xvfb=""
if command -v Xvfb >/dev/null; then
    Xvfb :77 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    sleep 1
    export DISPLAY=:77
else
    export QT_QPA_PLATFORM=offscreen
fi
stats() { sort -n | awk '{v[NR]=$1} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; printf "median %.1f worst %.1f", m, v[NR]}'; }
for store in "$@"; do
    for mode in warm cold; do
        if [ "$mode" = cold ] && ! [ -w /proc/sys/vm/drop_caches ]; then
            echo "$store cold not measured: no permission to drop the page cache"
            continue
        fi
        : >"$tmp/ms"
        : >"$tmp/hwm"
        for r in $(seq "$runs"); do
            if [ "$mode" = warm ]; then cat "$store"* >/dev/null; else sync; echo 3 >/proc/sys/vm/drop_caches; fi
            load=$(cut -d' ' -f1 /proc/loadavg)
            line=$(OUTAGEDASH_FIRST_FRAME_EXIT=1 timeout 120 "$bin" --db "$store" 2>&1 | grep '^first-frame')
            echo "$(basename "$store") $mode run $r load $load: ${line:-no first frame}"
            echo "$line" | awk '{print $2}' >>"$tmp/ms"
            echo "$line" | awk '{for (i=1;i<=NF;i++) if ($i=="VmHWM") print $(i+1)/1024}' >>"$tmp/hwm"
        done
        echo "$(basename "$store") $mode: first frame ms $(stats <"$tmp/ms"); VmHWM MB $(stats <"$tmp/hwm")"
    done
done
[ -n "$xvfb" ] && kill "$xvfb"
rm -rf "$tmp"
