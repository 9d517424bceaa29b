#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Storage faults end to end (issue #8, point 4; docs/reliability.md), with the real program:
#   full:      the timeline lives on a 4 MiB tmpfs (in a mount namespace of its own); a large
#              import fills it. The import must fail naming the cause, the database must pass
#              PRAGMA integrity_check with every earlier row intact and only whole batches of the
#              new ones; after the file system grows, the same import must end with exactly the
#              expected rows, none doubled.
#   read-only: the database file and its folder are read-only to the user (run as 'nobody' when
#              this runs as root, who can write anything). Reading it (summary) must work; an
#              import must fail saying it is read-only, and the file must not change by a byte.
# The locked database and the dashboard that keeps its data are in tst_storefaults and
# tst_sharedstore. Usage: storage_faults.sh path/to/outagedash
set -euo pipefail

fail() { printf 'storage_faults: FAIL: %s\n' "$*" >&2; exit 1; }
bin=$(readlink -f "$1")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# The inner half of the full-disk check, run inside its own mount namespace.
if [ "${2:-}" = "--full-disk-inner" ]; then
  tmp=$3
  mount -t tmpfs -o size=4m tmpfs "$tmp/small" || fail "cannot mount a tmpfs in the mount namespace"
  db=$tmp/small/t.sqlite
  "$bin" demo --db "$db" >/dev/null
  python3 "$here/dbcheck.py" "$db" > "$tmp/before.txt"
  python3 "$here/dbcheck.py" "$db" --services-except '^svc[0-9]+$' > "$tmp/services-before.txt"
  set +e
  "$bin" import --db "$db" "$tmp/big.ndjson" >"$tmp/import1.out" 2>"$tmp/import1.err"
  status=$?
  set -e
  [ $status -eq 1 ] || fail "import onto a full file system exited $status, not 1: $(cat "$tmp/import1.err")"
  grep -q "no space left" "$tmp/import1.err" || fail "the message does not say the disk is full: $(cat "$tmp/import1.err")"
  python3 "$here/dbcheck.py" "$db" > "$tmp/after.txt"
  grep -q '^integrity ok$' "$tmp/after.txt" || fail "integrity check after the full disk: $(cat "$tmp/after.txt")"
  # The feed's services (svc0…) are registered as it is read (issue #16); every row that was
  # there before must be there unchanged.
  diff <(grep -v '^bigfeed\|^services' "$tmp/before.txt") <(grep -v '^bigfeed\|^services' "$tmp/after.txt") >/dev/null \
    || fail "rows stored before the full disk changed: $(diff "$tmp/before.txt" "$tmp/after.txt")"
  diff <(python3 "$here/dbcheck.py" "$db" --services-except '^svc[0-9]+$') "$tmp/services-before.txt" >/dev/null \
    || fail "services stored before the full disk changed"
  partial=$(sed -n 's/^bigfeed //p' "$tmp/after.txt")
  [ $((partial % 10000)) -eq 0 ] || fail "$partial rows of the failed import are stored: not whole batches of 10,000"
  echo "full: import stopped with: $(head -c 300 "$tmp/import1.err")"
  echo "full: $partial of $4 rows were stored in whole batches before the disk filled; integrity ok; earlier rows unchanged"
  mount -o remount,size=512m "$tmp/small"
  "$bin" import --db "$db" "$tmp/big.ndjson" >"$tmp/import2.out" 2>"$tmp/import2.err" \
    || fail "the import after freeing space failed: $(cat "$tmp/import2.err")"
  python3 "$here/dbcheck.py" "$db" > "$tmp/final.txt"
  grep -q "^bigfeed $4\$" "$tmp/final.txt" || fail "after the second import: $(grep bigfeed "$tmp/final.txt"), expected $4"
  grep -q '^integrity ok$' "$tmp/final.txt" || fail "integrity check after the second import"
  echo "full: after the file system grew, the same import ended with exactly $4 rows, none doubled"
  exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/storage_faults.XXXXXX")
chmod 755 "$tmp"
cleanup() { chmod -R u+w "$tmp" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT

# --- full disk ---
rows=120000
python3 - "$tmp/big.ndjson" "$rows" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    for i in range(int(sys.argv[2])):
        f.write('{"type":"sample","time":%d,"service":"svc%d","availability":%.2f,"latency_ms":120,"source":"bigfeed"}\n'
                % (1700000000000 + i * 1000, i % 4, (i % 100) / 100))
PY
mkdir "$tmp/small"
if [ "$(id -u)" -eq 0 ]; then ns=(unshare -m); else ns=(unshare -rm); fi
"${ns[@]}" bash "${BASH_SOURCE[0]}" "$bin" --full-disk-inner "$tmp" "$rows" \
  || fail "the full-disk check failed (it needs mount namespaces: ${ns[*]})"

# --- read-only ---
mkdir "$tmp/ro"
ro=$tmp/ro/t.sqlite
"$bin" demo --db "$ro" >/dev/null
python3 "$here/dbcheck.py" "$ro" > "$tmp/ro-before.txt"
sum_before=$(sha256sum "$ro" | cut -d' ' -f1)
chmod 0444 "$ro"
chmod 0555 "$tmp/ro"
as_user=()
if [ "$(id -u)" -eq 0 ]; then as_user=(runuser -u nobody --); fi
"${as_user[@]}" env HOME="$tmp" "$bin" summary --db "$ro" >"$tmp/ro-summary.out" 2>"$tmp/ro-summary.err" \
  || fail "summary of a read-only database failed: $(cat "$tmp/ro-summary.err")"
grep -q "KakaoTalk" "$tmp/ro-summary.out" || fail "summary of the read-only database shows no figures"
set +e
"${as_user[@]}" env HOME="$tmp" "$bin" import --db "$ro" "$tmp/big.ndjson" >"$tmp/ro-import.out" 2>"$tmp/ro-import.err"
status=$?
set -e
[ $status -eq 1 ] || fail "import into a read-only database exited $status, not 1"
grep -q "is read-only" "$tmp/ro-import.err" || fail "the message does not say the database is read-only: $(cat "$tmp/ro-import.err")"
[ "$(sha256sum "$ro" | cut -d' ' -f1)" = "$sum_before" ] || fail "the read-only database changed"
chmod 0755 "$tmp/ro"
python3 "$here/dbcheck.py" "$ro" | diff - "$tmp/ro-before.txt" >/dev/null || fail "the read-only database reads differently"
echo "read-only: summary works; import refused with: $(head -c 300 "$tmp/ro-import.err")"
echo "read-only: the file is unchanged (sha256 $sum_before)"
echo "storage_faults: PASS"
