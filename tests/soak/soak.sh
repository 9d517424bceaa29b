#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Soak (docs/reliability.md, section 7): the dashboard window, offscreen, with its webhook
# listener on loopback, fed EVENTS_PER_S events/s for SECONDS; resident memory must stay flat
# after warm-up (growth under 10 %, or SOAK_MAX_GROWTH: the 25 s CTest smoke allows 25 %) and every
# event sent must be stored.
#
#   tests/soak/soak.sh 600 build/app/outagedash        # the ten-minute run
#   tests/soak/soak.sh 25 build/app/outagedash         # the CI smoke (CTest soak_smoke)
#   SOAK_KEEP=1 tests/soak/soak.sh 60 build/app/outagedash 2000
#
# Before the window opens, SOAK_PREFILL samples (default 310000, two days' worth for the same
# 50 services) are imported, so the window already shows rollups, as it does for any store past
# 300 k samples (docs/architecture.md, Scale): what it holds is then bounded whatever arrives,
# and memory that still grows is a leak. SOAK_PREFILL=0 starts on an empty store (the demo):
# the window then holds every raw sample, up to 300 k, and memory grows with them until then.
#
# Prints the figures, leaves them as JSON in $SOAK_REPORT (if set), exits 1 on a failure.
set -euo pipefail
duration=${1:?usage: soak.sh SECONDS OUTAGEDASH [EVENTS_PER_S]}
binary=$(realpath "${2:?usage: soak.sh SECONDS OUTAGEDASH [EVENTS_PER_S]}")
rate=${3:-1000}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/outagedash-soak.XXXXXX")
pid=

cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  if [ -n "${SOAK_KEEP:-}" ]; then echo "soak: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$work/token"
chmod 600 "$work/token"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$work/sources.json" <<JSON
{ "listener": { "address": "127.0.0.1", "port": $port, "token_file": "$work/token" },
  "sources": [ { "name": "soak", "kind": "webhook", "format": "ndjson", "stale_after_s": 30 } ] }
JSON

prefill=${SOAK_PREFILL:-310000}
if [ "$prefill" -gt 0 ]; then
  python3 - "$work/prefill.ndjson" "$prefill" <<'PY'
import sys, time
path, n = sys.argv[1], int(sys.argv[2])
t0 = (int(time.time()) - 2 * 86400) * 1000
step = max(1, 2 * 86400 * 1000 // max(1, n))     # spread over the two days before now
with open(path, "w") as f:
    for s in range(50):
        f.write('{"type":"service","key":"svc%02d","name":"Soak %02d","users":%d}\n' % (s, s, 1000 * (s + 1)))
    for i in range(n):
        f.write('{"type":"sample","time":%d,"service":"svc%02d","availability":%.3f}\n'
                % (t0 + i * step, i % 50, 0.5 + (i % 500) / 1000.0))
PY
  start=$SECONDS
  "$binary" import --db "$work/soak.sqlite" "$work/prefill.ndjson" > "$work/prefill.log" 2>&1 \
    || { cat "$work/prefill.log" >&2; echo "soak: prefill import failed" >&2; exit 1; }
  echo "soak: prefilled $prefill samples in $((SECONDS - start)) s"
  rm -f "$work/prefill.ndjson"
fi

# The user's own settings and data are never touched: everything lives in $work.
XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
QT_QPA_PLATFORM=offscreen "$binary" --db "$work/soak.sqlite" --sources "$work/sources.json" \
  > "$work/dashboard.log" 2>&1 &
pid=$!

status=0
python3 "$here/loadgen.py" --port "$port" --token-file "$work/token" --pid "$pid" --db "$work/soak.sqlite" \
  --duration "$duration" --rate "$rate" --max-growth "${SOAK_MAX_GROWTH:-10}" --report "$work/report.json" || status=$?
[ -n "${SOAK_REPORT:-}" ] && cp "$work/report.json" "$SOAK_REPORT" 2>/dev/null || true
if [ "$status" -ne 0 ]; then
  echo "soak: last lines of the dashboard's output:" >&2
  tail -n 20 "$work/dashboard.log" >&2 || true
fi
exit "$status"
