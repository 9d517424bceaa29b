#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Integration test against a real Prometheus and blackbox exporter (Debian's prometheus and
# prometheus-blackbox-exporter), see docs/integration-tests.md:
#   - a tiny HTTP target (python3 -m http.server), the blackbox exporter with an http_2xx module,
#     and Prometheus probing the target through the exporter every second (job "web");
#   - `outagedash serve` polls Prometheus' query_range API for probe_success every 2 s (window
#     120 s, step 1 s, service from the label "job"); a second source asks for
#     "probe_success + 0" ("+" written %2B), which must reach Prometheus intact;
#   - the target is up ~10 s, stopped ~10 s, started again and up ~10 s; the samples of service
#     "web" must then read 1 before the stop, 0 during it (at least 3 samples), 1 after it, with no
#     gap; the first 0 must come at most one scrape interval + 3 s after the stop, the first 1
#     at most 3 s after the target answered again. The measured delays are printed, with those of
#     Prometheus' own samples and of the dashboard seeing the change.
# Everything listens on 127.0.0.1 on ports picked at run time; every process started is stopped
# and every temporary file removed on exit.
# Usage: blackbox.sh PATH/TO/outagedash
set -euo pipefail

name=it_blackbox
scrape_interval=1            # s, Prometheus' scrape interval for the probe
stop_slack=3                 # s, allowed on top of one scrape interval for the first 0
start_limit=3                # s, allowed for the first 1 after the target answers again
phase=10                     # s, length of each of the up / down / up phases

t0=$(date +%s.%N)
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$t0" "$(date +%s.%N)"; }
step() { printf '%s [%6ss]: %s\n' "$name" "$(elapsed)" "$*"; }
fail() { printf '%s: FAIL: %b\n' "$name" "$*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || fail "'$1' is missing: install the Debian package $2 (apt-get install $2)"; }

[ $# -eq 1 ] || fail "usage: blackbox.sh PATH/TO/outagedash"
outagedash=$1
[ -x "$outagedash" ] || fail "outagedash binary '$outagedash' is not executable (build it first)"
need python3 python3
need curl curl
need prometheus prometheus
need prometheus-blackbox-exporter prometheus-blackbox-exporter
prometheus=$(command -v prometheus)
blackbox=$(command -v prometheus-blackbox-exporter)
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} LC_ALL=C.UTF-8 TZ=UTC
# Loopback only: no proxy from the environment may stand between the test and its servers.
export no_proxy=127.0.0.1,localhost NO_PROXY=127.0.0.1,localhost

tmp=$(mktemp -d "${TMPDIR:-/tmp}/it_blackbox.XXXXXX")
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
now() { date +%s.%N; }

# Waits up to $2 seconds for URL $1 to answer 200; $3 names the server, $4 its pid.
wait_http() {
    local url=$1 timeout=$2 what=$3 pid=$4 deadline
    deadline=$(( $(date +%s) + timeout ))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)" = 200 ]; do
        alive "$pid" "$what"
        [ "$(date +%s)" -lt "$deadline" ] || fail "$what did not answer 200 on $url within ${timeout} s"
        sleep 0.05
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
read -r target_port bb_port prom_port < <(free_ports 3)
target_url="http://127.0.0.1:$target_port/"

# --- the target ---
mkdir -p "$tmp/www"
echo ok >"$tmp/www/index.html"
start_target() {
    start target python3 -m http.server --bind 127.0.0.1 --directory "$tmp/www" "$target_port"
    target_pid=$started
    wait_http "$target_url" 10 "the target (python3 -m http.server)" "$target_pid"
}
step "starting the target on 127.0.0.1:$target_port"
start_target

# --- the blackbox exporter ---
cat >"$tmp/blackbox.yml" <<EOF
modules:
  http_2xx:
    prober: http
    timeout: 2s
    http:
      preferred_ip_protocol: ip4
      ip_protocol_fallback: false
EOF
step "starting the blackbox exporter on 127.0.0.1:$bb_port"
start blackbox "$blackbox" --config.file="$tmp/blackbox.yml" --web.listen-address="127.0.0.1:$bb_port"
bb_pid=$started
wait_http "http://127.0.0.1:$bb_port/-/healthy" 20 "the blackbox exporter" "$bb_pid"
curl -s --max-time 5 "http://127.0.0.1:$bb_port/probe?module=http_2xx&target=$target_url" | grep -q '^probe_success 1' \
    || fail "the blackbox exporter does not see the target as up"

# --- Prometheus ---
cat >"$tmp/prometheus.yml" <<EOF
global:
  scrape_interval: ${scrape_interval}s
  scrape_timeout: ${scrape_interval}s
  evaluation_interval: ${scrape_interval}s
scrape_configs:
  - job_name: web
    metrics_path: /probe
    params:
      module: [http_2xx]
    static_configs:
      - targets: ['$target_url']
    relabel_configs:
      - source_labels: [__address__]
        target_label: __param_target
      - source_labels: [__param_target]
        target_label: instance
      - target_label: __address__
        replacement: 127.0.0.1:$bb_port
EOF
mkdir -p "$tmp/tsdb"
# Its port was picked at the start: a test running beside this one may have bound it since
# (seen in CI: "bind: address already in use"). Then it is started again on a new port.
for attempt in 1 2 3 4 5; do
    step "starting Prometheus on 127.0.0.1:$prom_port"
    : > "$tmp/prometheus.log"
    start prometheus "$prometheus" --config.file="$tmp/prometheus.yml" --storage.tsdb.path="$tmp/tsdb" \
        --web.listen-address="127.0.0.1:$prom_port" --storage.tsdb.retention.time=1h
    prom_pid=$started
    prom="http://127.0.0.1:$prom_port"
    deadline=$(( $(date +%s) + 60 ))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$prom/-/ready" || true)" = 200 ]; do
        if ! kill -0 "$prom_pid" 2>/dev/null; then
            grep -q "address already in use" "$tmp/prometheus.log" && [ "$attempt" -lt 5 ] \
                || fail "Prometheus exited early (see its log below)"
            read -r prom_port < <(free_ports 1)
            continue 2
        fi
        [ "$(date +%s)" -lt "$deadline" ] || fail "Prometheus did not answer 200 on $prom/-/ready within 60 s"
        sleep 0.05
    done
    break
done
deadline=$(( $(date +%s) + 30 ))
until curl -s --max-time 2 "$prom/api/v1/query?query=probe_success" | grep -q '"value":\[[0-9.]*,"1"\]'; do
    alive "$prom_pid" "Prometheus"
    [ "$(date +%s)" -lt "$deadline" ] || fail "Prometheus had no probe_success 1 for the target within 30 s"
    sleep 0.2
done
step "Prometheus sees probe_success 1"

# --- outagedash serve, polling Prometheus ---
db="$tmp/db.sqlite"
cat >"$tmp/sources.json" <<EOF
{
  "sources": [
    { "name": "blackbox", "kind": "poll", "format": "prometheus",
      "url": "$prom/api/v1/query_range?query=probe_success&start={start}&end={end}&step=1",
      "interval_s": 2, "timeout_s": 5, "window_s": 120, "stale_after_s": 60,
      "mapping": { "label": "job" } },
    { "name": "blackbox-plus", "kind": "poll", "format": "prometheus",
      "url": "$prom/api/v1/query_range?query=probe_success%20%2B%200&start={start}&end={end}&step=1",
      "interval_s": 2, "timeout_s": 5, "window_s": 120, "mapping": { "label": "job" } }
  ]
}
EOF
mkdir -p "$tmp/home"
step "starting outagedash serve"
start serve env HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" XDG_CONFIG_HOME="$tmp/home/.config" \
    "$outagedash" serve --db "$db" --sources "$tmp/sources.json"
serve_pid=$started

# Database helpers (read-only; a query on a table not there yet gives "").
cat >"$tmp/db.py" <<'EOF'
import os, sqlite3, sys, time

def query(db, sql, args=()):
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
        try:
            return con.execute(sql, args).fetchall()
        finally:
            con.close()
    except sqlite3.Error:
        return []

cmd, db = sys.argv[1], sys.argv[2]
if cmd == "wait":
    # wait DB PID TIMEOUT VALUE SINCE: until a sample of "web" with VALUE at or after SINCE
    # (unix s) is stored; prints when it was seen (unix s) and the sample's time, or exits 1 on
    # timeout or when PID (outagedash serve) is gone.
    pid, timeout, value, since = int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
    end = time.time() + timeout
    while True:
        rows = query(db, "SELECT min(time) FROM samples WHERE service = 'web' AND source = 'blackbox' "
                     "AND availability = ? AND time >= ?",
                     (value, round(since * 1000)))
        if rows and rows[0][0] is not None:
            print(f"{time.time():.3f} {rows[0][0] / 1000:.3f}")
            sys.exit(0)
        try:
            os.kill(pid, 0)
        except OSError:
            sys.exit(1)
        if time.time() > end:
            sys.exit(1)
        time.sleep(0.1)
elif cmd == "max":
    rows = query(db, "SELECT max(time) FROM samples WHERE service = 'web' AND source = 'blackbox'")
    print(rows[0][0] / 1000 if rows and rows[0][0] is not None else 0)
EOF
db_wait() { python3 "$tmp/db.py" wait "$db" "$serve_pid" "$@"; }
sub() { python3 -c "import sys; print(f'{float(sys.argv[1]) - float(sys.argv[2]):.2f}')" "$1" "$2"; }

read -r _ first_sample < <(db_wait 30 1 0) || { alive "$serve_pid" "outagedash serve"; fail "no sample of service 'web' with availability 1 stored within 30 s"; }
up_since=$(now)
step "outagedash stores samples of 'web' (first at $first_sample); target up for ${phase} s"
sleep "$phase"

# --- stop the target ---
stop_pid "$target_pid"
stopped=$(now)
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$target_url" || true)
[ "$code" = 000 ] || fail "the target still answers (HTTP $code) after it was stopped"
step "target stopped at $stopped; down for ${phase} s"
read -r seen_down first_down_seen < <(db_wait "$phase" 0 "$(sub "$stopped" 5)") \
    || { alive "$serve_pid" "outagedash serve"; fail "no sample of 'web' with availability 0 stored within ${phase} s of stopping the target"; }
step "measured: the dashboard's database had the first 0 sample $(sub "$seen_down" "$stopped") s after the stop"
python3 -c "import sys, time; time.sleep(max(0.0, float(sys.argv[1]) + float(sys.argv[2]) - time.time()))" "$stopped" "$phase"

# --- start it again ---
restarting=$(now)
start_target
restarted=$(now)
step "target answering again at $restarted ($(sub "$restarted" "$restarting") s after it was started); up for ${phase} s"
# A 1 after the first 0: samples just after the stop may still carry the last good scrape.
read -r seen_up first_up_seen < <(db_wait "$phase" 1 "$first_down_seen") \
    || { alive "$serve_pid" "outagedash serve"; fail "no sample of 'web' with availability 1 stored within ${phase} s of restarting the target"; }
step "measured: the dashboard's database had the first 1 sample after the restart $(sub "$seen_up" "$restarted") s after it"
python3 -c "import sys, time; time.sleep(max(0.0, float(sys.argv[1]) + float(sys.argv[2]) - time.time()))" "$restarted" "$phase"
done_at=$(now)
# The polls after this moment cover the whole third phase.
deadline=$(( $(date +%s) + 15 ))
until python3 -c "import sys; sys.exit(float(sys.argv[1]) < float(sys.argv[2]) - 1)" "$(python3 "$tmp/db.py" max "$db")" "$done_at"; do
    alive "$serve_pid" "outagedash serve"
    [ "$(date +%s)" -lt "$deadline" ] || fail "outagedash stored no sample past the end of the last phase within 15 s"
    sleep 0.2
done

# Prometheus' own samples (scrape times), for comparison.
curl -s --max-time 5 -G "$prom/api/v1/query" --data-urlencode "query=probe_success[5m]" >"$tmp/raw.json" \
    || fail "could not read probe_success[5m] from Prometheus"

# --- the samples, checked ---
python3 - "$db" "$up_since" "$stopped" "$restarted" "$scrape_interval" "$stop_slack" "$start_limit" "$tmp/raw.json" <<'EOF' || fail "the samples of 'web' do not show the stop and the restart as they should (see above)"
import json, sqlite3, sys
db = sys.argv[1]
up_since, stopped, restarted = (float(v) for v in sys.argv[2:5])
scrape, stop_slack, start_limit = (float(v) for v in sys.argv[5:8])
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
rows = [(t / 1000, a) for t, a in con.execute(
    "SELECT time, availability FROM samples WHERE service = 'web' AND source = 'blackbox' ORDER BY time")]
others = con.execute("SELECT count(*) FROM samples WHERE service <> 'web'").fetchone()[0]
rejects = con.execute("SELECT count(*) FROM rejects").fetchone()[0]
errors = con.execute("SELECT last_error FROM feed_sources WHERE name = 'blackbox'").fetchone()
plus = con.execute("SELECT count(*), min(availability), max(availability) FROM samples "
                   "WHERE service = 'web' AND source = 'blackbox-plus'").fetchone()
plus_error = con.execute("SELECT last_error FROM feed_sources WHERE name = 'blackbox-plus'").fetchone()
problems = []
def check(ok, message):
    if not ok:
        problems.append(message)

# Runs of equal values, in time order.
runs = []
for t, a in rows:
    if runs and runs[-1][0] == a:
        runs[-1][2] = t
        runs[-1][3] += 1
    else:
        runs.append([a, t, t, 1])
print("it_blackbox: samples of 'web': " + ", ".join(
    f"{n} × {a:g} from {first - stopped:+.0f} s to {last - stopped:+.0f} s" for a, first, last, n in runs)
    + " (times relative to the stop)")
check(others == 0, f"{others} samples of other services (only 'web' was probed)")
check(rejects == 0, f"{rejects} rejects stored")
check(errors is not None and errors[0] == "", f"the source has an error: {errors}")
# A query with "+" (written %2B in the URL) must reach Prometheus as "+", not as a space.
check(plus_error is not None and plus_error[0] == "", f"the source blackbox-plus has an error: {plus_error}")
check(plus[0] >= 20 and plus[1] == 0 and plus[2] == 1,
      f"the source blackbox-plus (probe_success + 0) stored {plus[0]} samples between {plus[1]} and {plus[2]}")
check(all(a in (0.0, 1.0) for _, a in rows), "availability other than 0 or 1")
gaps = [(b[0] - a[0]) for a, b in zip(rows, rows[1:]) if b[0] - a[0] > 1.001]
check(not gaps, f"gaps between samples (step 1 s): {gaps[:5]}")
check([r[0] for r in runs] == [1.0, 0.0, 1.0], f"expected runs 1, 0, 1; got {[r[0] for r in runs]}")
if len(runs) >= 3 and [r[0] for r in runs[:3]] == [1.0, 0.0, 1.0]:
    before, down, after = runs[0], runs[1], runs[2]
    check(before[1] <= up_since and before[2] >= stopped - scrape - 1,
          "the samples before the stop do not cover the first phase")
    check(down[3] >= 3, f"only {down[3]} samples at 0 during the stop (want at least 3)")
    check(after[2] >= restarted + 5, "the samples after the restart do not cover the last phase")
    d_stop = down[1] - stopped
    d_start = after[1] - restarted
    print(f"it_blackbox: measured: first 0 sample {d_stop:+.2f} s after the stop "
          f"(limit {scrape + stop_slack:g} s), first 1 sample {d_start:+.2f} s after the target answered again "
          f"(limit {start_limit:g} s)")
    check(-scrape <= d_stop <= scrape + stop_slack,
          f"first 0 sample {d_stop:+.2f} s after the stop: not within {scrape:g} s + {stop_slack:g} s")
    check(-scrape <= d_start <= start_limit,
          f"first 1 sample {d_start:+.2f} s after the restart: not within {start_limit:g} s")

# Prometheus' own scrapes: when the exporter first reported 0 and then 1 again.
raw = json.load(open(sys.argv[8]))
points = sorted((float(t), float(v)) for s in raw["data"]["result"] for t, v in s["values"])
first0 = next((t for t, v in points if v == 0 and t >= stopped - scrape), None)
first1 = next((t for t, v in points if v == 1 and first0 is not None and t > first0), None)
if first0 is not None and first1 is not None:
    print(f"it_blackbox: measured: Prometheus scraped the first 0 {first0 - stopped:+.2f} s after the stop and "
          f"the first 1 again {first1 - restarted:+.2f} s after the restart")
else:
    problems.append("Prometheus' own samples do not show the stop and the restart")
for p in problems:
    print("it_blackbox: FAIL: " + p, file=sys.stderr)
sys.exit(1 if problems else 0)
EOF
step "PASS"
