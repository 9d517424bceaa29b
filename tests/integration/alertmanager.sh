#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Integration test against a real Alertmanager (Debian's prometheus-alertmanager), see
# docs/integration-tests.md:
#   - `outagedash serve` runs with a webhook source "alertmanager" (format alertmanager, service
#     from the label "service") and the listener on a free loopback port, token from
#     OUTAGEDASH_TOKEN;
#   - the listener answers 401 without (or with a wrong) token, 413 to a 1.1 MiB body, 400 to
#     malformed JSON, and stores nothing in those cases but the reject of the malformed payload;
#     it takes the auth scheme in any case ("bearer …", as Alertmanager sends `type: bearer`);
#   - Alertmanager, with a webhook receiver that sends a Bearer token, delivers an alert posted to
#     its v2 API: a state_changes row "checkout / major_outage" appears; the same alert posted with
#     endsAt = now resolves it: an "operational" row appears, at the alert's endsAt;
#   - each payload the receiver got (captured by a second webhook of the same receiver) posted
#     again, twice, stores nothing new.
# Everything listens on 127.0.0.1 on ports picked at run time; every process started is stopped
# and every temporary file removed on exit.
# Usage: alertmanager.sh PATH/TO/outagedash
set -euo pipefail

name=it_alertmanager
t0=$(date +%s.%N)
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$t0" "$(date +%s.%N)"; }
step() { printf '%s [%6ss]: %s\n' "$name" "$(elapsed)" "$*"; }
fail() { printf '%s: FAIL: %b\n' "$name" "$*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || fail "'$1' is missing: install the Debian package $2 (apt-get install $2)"; }

[ $# -eq 1 ] || fail "usage: alertmanager.sh PATH/TO/outagedash"
outagedash=$1
[ -x "$outagedash" ] || fail "outagedash binary '$outagedash' is not executable (build it first)"
need python3 python3
need curl curl
need prometheus-alertmanager prometheus-alertmanager
alertmanager=$(command -v prometheus-alertmanager)
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} LC_ALL=C.UTF-8 TZ=UTC
# Loopback only: no proxy from the environment may stand between the test and its servers.
export no_proxy=127.0.0.1,localhost NO_PROXY=127.0.0.1,localhost

tmp=$(mktemp -d "${TMPDIR:-/tmp}/it_alertmanager.XXXXXX")
pids=()
logs=()
# Stops one process this script started: TERM, up to 5 s, then KILL. A pid that is no longer a
# child of this shell (it ended, and the number may have been reused) is left alone.
stop_pid() {
    local pid=$1 i stat
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 0
    stat=${stat##*) }
    [ "$(echo "$stat" | cut -d' ' -f2)" = "$$" ] || return 0
    kill "$pid" 2>/dev/null || return 0
    for i in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
        sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
cleanup() {
    local rc=$? pid log
    trap - EXIT INT TERM
    for pid in "${pids[@]}"; do stop_pid "$pid"; done
    if [ "$rc" -ne 0 ]; then
        for log in "${logs[@]}"; do
            [ -s "$log" ] || continue
            echo "----- last lines of $(basename "$log") -----" >&2
            tail -n 25 "$log" >&2
        done
    fi
    rm -rf "$tmp"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Starts a program in the background with its output in $tmp/LOGNAME.log (appended); sets $started.
start() {
    local log="$tmp/$1.log"
    shift
    logs+=("$log")
    touch "$log"                 # exists before the program runs: the script may read it at once
    "$@" >>"$log" 2>&1 &
    started=$!
    pids+=("$started")
}
alive() { kill -0 "$1" 2>/dev/null || fail "$2 exited early (see its log below)"; }

# Waits up to $2 seconds for URL $1 to answer 200; $3 names the server, $4 its pid.
wait_http() {
    local url=$1 timeout=$2 what=$3 pid=$4 deadline
    deadline=$(( $(date +%s) + timeout ))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)" = 200 ]; do
        alive "$pid" "$what"
        [ "$(date +%s)" -lt "$deadline" ] || fail "$what did not answer 200 on $url within ${timeout} s"
        sleep 0.2
    done
}

# Free loopback TCP ports, distinct, picked by the kernel.
free_ports() {
    python3 - "$1" <<'EOF'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
EOF
}

db="$tmp/db.sqlite"
# One value from the timeline database (read-only; "" while it or the table does not exist yet,
# or cannot be read at this moment).
sql() {
    python3 - "$db" "$@" <<'EOF'
import sqlite3, sys
try:
    con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True, timeout=10)
    row = con.execute(sys.argv[2], sys.argv[3:]).fetchone()
    print("" if row is None or row[0] is None else row[0])
except sqlite3.Error:
    print("")
EOF
}
# Waits up to $1 seconds until the query $2 (with arguments after it) gives a number > 0; prints
# how long it took.
wait_sql() {
    local timeout=$1 start now value
    shift
    start=$(date +%s.%N)
    while :; do
        value=$(sql "$@")
        [ -n "$value" ] && [ "$value" != 0 ] && break
        kill -0 "$serve_pid" 2>/dev/null || { echo "$name: outagedash serve exited (see its log below)" >&2; return 1; }
        now=$(date +%s.%N)
        python3 -c "import sys; sys.exit(float(sys.argv[1]) - float(sys.argv[2]) < float(sys.argv[3]))" "$now" "$start" "$timeout" \
            && return 1
        sleep 0.25
    done
    python3 -c "import sys; print(f'{float(sys.argv[1]) - float(sys.argv[2]):.2f}')" "$(date +%s.%N)" "$start"
}
rows() { sql "SELECT count(*) FROM state_changes"; }
rejects() { sql "SELECT count(*) FROM rejects"; }

# --- outagedash serve, listener on a port the kernel picks (port 0; serve prints the port) ---
token=$(python3 -c 'import secrets; print(secrets.token_hex(20))')
cat >"$tmp/sources.json" <<EOF
{
  "listener": { "address": "127.0.0.1", "port": 0 },
  "sources": [
    { "name": "alertmanager", "kind": "webhook", "format": "alertmanager", "stale_after_s": 3600,
      "mapping": { "label": "service" } }
  ]
}
EOF
mkdir -p "$tmp/home"
step "starting outagedash serve"
start serve env HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" XDG_CONFIG_HOME="$tmp/home/.config" \
    OUTAGEDASH_TOKEN="$token" "$outagedash" serve --db "$db" --sources "$tmp/sources.json"
serve_pid=$started
deadline=$(( $(date +%s) + 20 ))
listener=""
while [ -z "$listener" ]; do
    alive "$serve_pid" "outagedash serve"
    listener=$(sed -n 's|.*webhooks on http://127\.0\.0\.1:\([0-9][0-9]*\)/hooks.*|\1|p' "$tmp/serve.log" | head -n 1)
    [ -n "$listener" ] && break
    [ "$(date +%s)" -lt "$deadline" ] || fail "outagedash serve did not report its webhook listener within 20 s"
    sleep 0.1
done
wait_http "http://127.0.0.1:$listener/health" 10 "outagedash's listener" "$serve_pid"
hook="http://127.0.0.1:$listener/hooks/alertmanager"
step "listener on 127.0.0.1:$listener"

# --- the listener refuses what it must ---
# A well-formed Alertmanager payload, for the 401 cases (nothing but the token is wrong).
now_rfc() { date -u +%Y-%m-%dT%H:%M:%S.%3NZ; }
cat >"$tmp/probe.json" <<EOF
{"receiver":"dashboard","status":"firing","alerts":[{"status":"firing","labels":{"alertname":"Probe","service":"tokencheck","severity":"critical"},"annotations":{},"startsAt":"$(now_rfc)","endsAt":"0001-01-01T00:00:00Z","generatorURL":"","fingerprint":"0000000000000001"}],"groupLabels":{},"commonLabels":{},"commonAnnotations":{},"externalURL":"","version":"4","groupKey":"{}:{}","truncatedAlerts":0}
EOF
post() { # post FILE [curl options…]: prints the HTTP status, the reply body goes to $tmp/reply.json
    local file=$1
    shift
    curl -s -o "$tmp/reply.json" -w '%{http_code}' --max-time 20 -H 'Expect:' -H 'Content-Type: application/json' \
        --data-binary "@$file" "$@" "$hook" || true
}
code=$(post "$tmp/probe.json")
[ "$code" = 401 ] || fail "a post without a token got HTTP $code, expected 401: $(cat "$tmp/reply.json")"
code=$(post "$tmp/probe.json" -H "Authorization: Bearer wrong-${token}")
[ "$code" = 401 ] || fail "a post with a wrong token got HTTP $code, expected 401: $(cat "$tmp/reply.json")"
python3 -c 'import sys; head, tail = b"{\"alerts\":[\"", b"\"]}"; sys.stdout.buffer.write(head + b"x" * (1153434 - len(head) - len(tail)) + tail)' >"$tmp/big.json"
[ "$(stat -c %s "$tmp/big.json")" -eq 1153434 ] || fail "could not write the 1.1 MiB body"
code=$(post "$tmp/big.json" -H "Authorization: Bearer $token")
[ "$code" = 413 ] || fail "a 1.1 MiB body got HTTP $code, expected 413: $(head -c 300 "$tmp/reply.json")"
printf '{"receiver":"dashboard","alerts":[{"status":"firing",' >"$tmp/malformed.json"
code=$(post "$tmp/malformed.json" -H "Authorization: Bearer $token")
[ "$code" = 400 ] || fail "malformed JSON got HTTP $code, expected 400: $(cat "$tmp/reply.json")"
grep -q 'invalid JSON' "$tmp/reply.json" || fail "the 400 reply does not say the JSON is invalid: $(cat "$tmp/reply.json")"
[ "$(rows)" = 0 ] || fail "refused posts stored $(rows) state changes, expected none"
[ "$(rejects)" = 1 ] || fail "the malformed payload should be kept as 1 reject, the rejects table holds '$(rejects)'"
step "listener: 401 without / with a wrong token, 413 for 1.1 MiB, 400 for malformed JSON (kept as a reject), nothing stored"

# --- a capturing webhook: records the payloads Alertmanager sends, for the duplicate check ---
mkdir -p "$tmp/captured"
cat >"$tmp/capture.py" <<'EOF'
import http.server, os, sys
out = sys.argv[1]
class Capture(http.server.BaseHTTPRequestHandler):
    count = 0
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        Capture.count += 1
        path = os.path.join(out, f"{Capture.count:03d}.json")
        with open(path + ".part", "wb") as f:
            f.write(body)
        os.rename(path + ".part", path)
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(("127.0.0.1", 0), Capture)
with open(os.path.join(out, "port.part"), "w") as f:
    f.write(str(server.server_port))
os.rename(os.path.join(out, "port.part"), os.path.join(out, "port"))
server.serve_forever()
EOF
start capture python3 "$tmp/capture.py" "$tmp/captured"
capture_pid=$started
deadline=$(( $(date +%s) + 10 ))
until [ -s "$tmp/captured/port" ]; do
    alive "$capture_pid" "the capturing webhook"
    [ "$(date +%s)" -lt "$deadline" ] || fail "the capturing webhook did not start within 10 s"
    sleep 0.1
done
capture_port=$(cat "$tmp/captured/port")

# --- Alertmanager ---
read -r am_port < <(free_ports 1)
mkdir -p "$tmp/am-data"
cat >"$tmp/alertmanager.yml" <<EOF
global:
  resolve_timeout: 1h
route:
  receiver: dashboard
  group_by: [alertname, service]
  group_wait: 1s
  group_interval: 1s
  repeat_interval: 1h
receivers:
  - name: dashboard
    webhook_configs:
      - url: http://127.0.0.1:$listener/hooks/alertmanager
        send_resolved: true
        http_config:
          authorization:
            type: Bearer
            credentials: $token
      - url: http://127.0.0.1:$capture_port/capture
        send_resolved: true
EOF
step "starting Alertmanager on 127.0.0.1:$am_port"
start alertmanager "$alertmanager" --config.file="$tmp/alertmanager.yml" --storage.path="$tmp/am-data" \
    --web.listen-address="127.0.0.1:$am_port" --cluster.listen-address= --log.level=info
am_pid=$started
wait_http "http://127.0.0.1:$am_port/-/ready" 30 "Alertmanager" "$am_pid"
am="http://127.0.0.1:$am_port"

alert() { # alert STARTS [ENDS]: the alert as Alertmanager's v2 API takes it
    local ends=""
    [ $# -lt 2 ] || ends=",\"endsAt\":\"$2\""
    printf '[{"labels":{"alertname":"HighErrorRate","service":"checkout","severity":"critical"},"annotations":{"summary":"5xx above 20 %% on checkout"},"startsAt":"%s"%s,"generatorURL":"http://127.0.0.1/it"}]' "$1" "$ends"
}
am_post() {
    local code
    code=$(curl -s -o "$tmp/am-reply.txt" -w '%{http_code}' --max-time 10 -H 'Content-Type: application/json' \
        --data-binary "$1" "$am/api/v2/alerts" || true)
    [ "$code" = 200 ] || fail "Alertmanager refused the alert: HTTP $code $(cat "$tmp/am-reply.txt" 2>/dev/null)"
}
# The captured payload (newest first) whose top-level status is $1.
captured() {
    python3 - "$tmp/captured" "$1" <<'EOF'
import glob, json, sys
for path in sorted(glob.glob(sys.argv[1] + "/*.json"), reverse=True):
    with open(path, "rb") as f:
        if json.load(f).get("status") == sys.argv[2]:
            print(path)
            break
EOF
}
# Posts a payload Alertmanager delivered again, twice: 200, nothing new stored.
duplicate() {
    local file=$1 what=$2 before code i
    before=$(rows)
    for i in 1 2; do
        code=$(post "$file" -H "Authorization: Bearer $token")
        [ "$code" = 200 ] || fail "the $what payload posted again ($i) got HTTP $code: $(cat "$tmp/reply.json")"
        python3 - "$tmp/reply.json" <<'EOF' || fail "the $what payload posted again ($i) was stored anew: $(cat "$tmp/reply.json")"
import json, sys
r = json.load(open(sys.argv[1]))
sys.exit(0 if r["records"] >= 1 and r["stored"] == 0 and r["already_stored"] == r["records"] and r["rejected"] == 0 else 1)
EOF
        [ "$(rows)" = "$before" ] || fail "the $what payload posted again ($i) changed the state_changes rows: $before → $(rows)"
    done
    step "duplicate: Alertmanager's $what payload posted twice more: 200, stored 0, $before rows before and after"
}

# --- the alert fires ---
starts=$(now_rfc)
am_post "$(alert "$starts")"
fired_at=$(date +%s.%N)
step "alert HighErrorRate{service=checkout,severity=critical} posted to Alertmanager, startsAt $starts"
# Each alert reports as the source's name, '#', and its fingerprint (docs/feed-format.md).
took=$(wait_sql 60 "SELECT count(*) FROM state_changes WHERE service = 'checkout' AND state = 'major_outage' AND source LIKE 'alertmanager#%'") \
    || fail "no 'checkout / major_outage' row within 60 s of posting the alert to Alertmanager"
step "measured: the major_outage row for checkout was stored ${took} s after the alert was posted"
want_ms=$(python3 -c "import datetime, sys; print(round(datetime.datetime.fromisoformat(sys.argv[1].replace('Z', '+00:00')).timestamp() * 1000))" "$starts")
row_ms=$(sql "SELECT time FROM state_changes WHERE service = 'checkout' AND state = 'major_outage'")
[ "$row_ms" = "$want_ms" ] || fail "the major_outage row is at $row_ms ms, expected the alert's startsAt $want_ms ms"
[ "$(sql "SELECT count(*) FROM state_changes WHERE service = 'checkout'")" = 1 ] \
    || fail "expected one state change for checkout after the alert fired"

deadline=$(( $(date +%s) + 10 ))
firing=""
until [ -n "$firing" ]; do
    firing=$(captured firing)
    [ -n "$firing" ] && break
    [ "$(date +%s)" -lt "$deadline" ] || fail "the capturing webhook got no firing payload within 10 s"
    sleep 0.2
done
duplicate "$firing" firing

# --- the alert is resolved ---
ends=$(now_rfc)
am_post "$(alert "$starts" "$ends")"
step "the same alert posted with endsAt $ends (resolved)"
took=$(wait_sql 60 "SELECT count(*) FROM state_changes WHERE service = 'checkout' AND state = 'operational' AND source LIKE 'alertmanager#%'") \
    || fail "no 'checkout / operational' row within 60 s of resolving the alert in Alertmanager"
step "measured: the operational row for checkout was stored ${took} s after the alert was resolved"
want_ms=$(python3 -c "import datetime, sys; print(round(datetime.datetime.fromisoformat(sys.argv[1].replace('Z', '+00:00')).timestamp() * 1000))" "$ends")
row_ms=$(sql "SELECT time FROM state_changes WHERE service = 'checkout' AND state = 'operational'")
[ "$row_ms" = "$want_ms" ] || fail "the operational row is at $row_ms ms, expected the alert's endsAt $want_ms ms"

deadline=$(( $(date +%s) + 10 ))
resolved=""
until [ -n "$resolved" ]; do
    resolved=$(captured resolved)
    [ -n "$resolved" ] && break
    [ "$(date +%s)" -lt "$deadline" ] || fail "the capturing webhook got no resolved payload within 10 s"
    sleep 0.2
done
duplicate "$resolved" resolved

# --- Alertmanager saw no failed notification (the Bearer token was accepted every time) ---
failed=$(curl -s --max-time 5 "$am/metrics" | awk '/^alertmanager_notifications_failed_total\{integration="webhook"\}/ { print $2 }')
[ "${failed:-missing}" = 0 ] || fail "Alertmanager counted failed webhook notifications: ${failed:-no metric}"
[ "$(sql "SELECT count(*) FROM state_changes WHERE service = 'tokencheck'")" = 0 ] \
    || fail "the payload posted without a token was stored"
# The auth scheme is case-insensitive (RFC 9110): Alertmanager sends `type: bearer` as "bearer …".
sed 's/"service":"tokencheck"/"service":"schemecheck"/' "$tmp/probe.json" >"$tmp/scheme.json"
code=$(post "$tmp/scheme.json" -H "Authorization: bearer $token")
[ "$code" = 200 ] || fail "a post with the scheme written \"bearer\" got HTTP $code, expected 200: $(cat "$tmp/reply.json")"
[ "$(sql "SELECT count(*) FROM state_changes WHERE service = 'schemecheck'")" = 1 ] \
    || fail "the post with the scheme written \"bearer\" was not stored"
[ "$(sql "SELECT last_error FROM feed_sources WHERE name = 'alertmanager'")" = "" ] \
    || fail "the alertmanager source has an error: $(sql "SELECT last_error FROM feed_sources WHERE name = 'alertmanager'")"
step "PASS: 2 state changes for checkout (major_outage, operational); no failed notification in Alertmanager; \"bearer\" accepted"
