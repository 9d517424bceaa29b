#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Crash-safe ingest: `outagedash import` is killed with SIGKILL at random moments, and after
# every kill the database must be intact and hold only whole transactions; the import run
# again must then finish with every record stored exactly once.
#
#   tests/crash/crash_import.sh OUTAGEDASH_BINARY
#
# What is checked, and why those numbers (models/feedimporter.cpp, models/batchwriter.cpp):
# FeedImporter cuts an NDJSON file into chunks of FeedImporter::kChunkBytes (4 MiB) at line
# ends and hands each chunk to TimelineStore::write, whose BatchWriter commits every
# `batchSize` (10,000) rows and once more at the end of the chunk. So after a kill the samples
# table may hold only: all the samples of the chunks before the one being written, plus a
# whole number of 10,000-row transactions of that chunk. The script computes that set of
# counts from the file exactly as the importer cuts it, and after each kill checks
#   - PRAGMA integrity_check is "ok" (and the WAL is recovered when the database is opened),
#     and, where the sample_rollups table exists, its counts match the samples at every level;
#   - the sample count is in that set (whole chunks / whole transactions only);
#   - the samples stored are exactly the first N lines of the file (no hole, nothing extra);
#   - nothing was recorded as rejected;
# then runs the import to completion and checks it exits 0, reports "N new, M already
# stored" with M = what survived the kill, and leaves exactly one row per line.
# Every other kill lands on the resumed import instead of a fresh one (kill, kill, complete).
#
# Environment: CRASH_KILLS (default 20); CRASH_LINES (default 100000: three chunks, and the
# whole test in about a minute on 2 cores; docs/reliability.md has a 300,000-line run);
# CRASH_SEED (default 20221015: the kill delays are drawn from it, between 50 ms and the
# duration of a full import measured first); CRASH_KEEP=1 keeps the work folder.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -x "$1" ]; then
    echo "usage: tests/crash/crash_import.sh OUTAGEDASH_BINARY" >&2
    exit 2
fi
binary="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/crash_import.XXXXXX")"
if [ "${CRASH_KEEP:-0}" != 1 ]; then
    trap 'rm -rf "$work"' EXIT
else
    echo "work folder: $work"
fi
export LC_ALL=C.UTF-8 TZ=UTC QT_QPA_PLATFORM=offscreen

python3 - "$binary" "$src" "$work" <<'PY'
import json, os, random, re, signal, sqlite3, subprocess, sys, time

binary, src, work = sys.argv[1:4]
kills = int(os.environ.get("CRASH_KILLS", "20"))
lines = int(os.environ.get("CRASH_LINES", "100000"))
rng = random.Random(int(os.environ.get("CRASH_SEED", "20221015")))

def constant(path, pattern, fallback):
    """A constant as the source spells it, so the check follows a change of the importer."""
    try:
        m = re.search(pattern, open(os.path.join(src, path), encoding="utf-8").read())
        if m and re.fullmatch(r"[0-9 *]+", m.group(1)):
            return eval(m.group(1))
    except OSError:
        pass
    print(f"note: {pattern} not found in {path}, assuming {fallback}")
    return fallback

chunk_bytes = constant("models/feedimporter.h", r"kChunkBytes\s*=\s*([0-9 *]+);", 4 * 1024 * 1024)
batch_rows = constant("models/timelinestore.h", r"int batchSize\s*=\s*([0-9]+)\)", 10000)

# Deterministic feed: line i is a sample at T0 + i s, so a stored row tells its line.
T0 = 1665800000000
feed = os.path.join(work, "samples.ndjson")
with open(feed, "w") as f:
    for i in range(lines):
        f.write(json.dumps({"type": "sample", "time": T0 + i * 1000, "service": f"svc-{i % 8}",
                            "availability": round((i % 1000) / 1000, 3), "latency_ms": i % 500},
                           separators=(",", ":")) + "\n")
data = open(feed, "rb").read()

# The chunks as FeedImporter::importData cuts them, and the counts a kill may leave.
chunks, pos = [], 0
while pos < len(data):
    end = min(len(data), pos + chunk_bytes)
    if end < len(data):
        nl = data.rfind(b"\n", 0, end)
        end = nl + 1 if nl >= pos else data.find(b"\n", end) + 1
        if end <= 0:
            end = len(data)
    chunks.append(data[pos:end].count(b"\n"))
    pos = end
allowed = {}  # count -> where it stops
before = 0
for c, n in enumerate(chunks):
    for k in range(0, n // batch_rows + 1):
        allowed.setdefault(before + k * batch_rows, f"chunk {c + 1}/{len(chunks)}, {k} transaction(s) in")
    before += n
    allowed[before] = f"after chunk {c + 1}/{len(chunks)}"
print(f"{lines} lines, {len(data)} bytes: {len(chunks)} chunks of {chunks} lines, "
      f"transactions of {batch_rows} rows: {len(allowed)} counts can survive a kill")

def run_import(db):
    return subprocess.run([binary, "import", "--db", db, feed], stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

def inspect(db):
    """integrity, count, min/max time, rejects; the WAL is recovered by opening it."""
    if not os.path.exists(db):
        return "ok", 0, None, None, 0
    con = sqlite3.connect(db)
    try:
        integrity = ";".join(r[0] for r in con.execute("PRAGMA integrity_check"))
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "samples" not in tables:
            return integrity, 0, None, None, 0
        n, lo, hi = con.execute("SELECT COUNT(*), MIN(time), MAX(time) FROM samples").fetchone()
        rejects = con.execute("SELECT COUNT(*) FROM rejects").fetchone()[0] if "rejects" in tables else 0
        if "sample_rollups" in tables:
            # The rollups are written in the samples' transaction: at every level, each stored
            # sample is counted once, under its service, and nothing else is.
            per_service = dict(con.execute("SELECT service, COUNT(*) FROM samples GROUP BY service"))
            levels = {}
            for level, service, total in con.execute(
                    "SELECT level, service, SUM(n) FROM sample_rollups GROUP BY level, service"):
                levels.setdefault(level, {})[service] = total
            if per_service and not levels:
                integrity += f"; no rollups for {n} samples"
            for level, counts in sorted(levels.items()):
                if counts != per_service:
                    integrity += f"; rollups at level {level} count {sum(counts.values())} samples, not {n}"
        return integrity, n, lo, hi, rejects
    finally:
        con.close()

failures = []
def check(cond, what):
    if not cond:
        failures.append(what)
        print("  FAILED:", what)
    return cond

# A full import first: the reference, and the duration the kill delays are drawn from.
ref = os.path.join(work, "reference.sqlite")
t = time.monotonic()
r = run_import(ref)
duration = time.monotonic() - t
integrity, n, lo, hi, rejects = inspect(ref)
check(r.returncode == 0, f"reference import exit {r.returncode}: {r.stderr.strip()}")
check(integrity == "ok" and n == lines and rejects == 0, f"reference import: {integrity}, {n} rows")
print(f"full import: {duration:.2f} s ({r.stdout.strip()})")
if failures:
    sys.exit(1)

def killed_import(db, label):
    delay = rng.uniform(0.05, max(0.05, duration))
    p = subprocess.Popen([binary, "import", "--db", db, feed], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    finished = p.poll() is not None
    if not finished:
        p.send_signal(signal.SIGKILL)
    p.wait()
    integrity, n, lo, hi, rejects = inspect(db)
    where = allowed.get(n, "NOT a transaction boundary")
    print(f"{label}: killed after {delay * 1000:.0f} ms{' (had finished)' if finished else ''}: "
          f"integrity {integrity}, {n} samples ({where})")
    check(integrity == "ok", f"{label}: integrity_check says {integrity}")
    check(n in allowed, f"{label}: {n} samples is not whole chunks plus whole {batch_rows}-row transactions")
    if n:
        check(lo == T0 and hi == T0 + (n - 1) * 1000,
              f"{label}: the {n} samples stored are not the first {n} lines (times {lo}..{hi})")
    check(rejects == 0, f"{label}: {rejects} rejects recorded")
    stats["attempts"] += 1
    stats["finished"] += finished
    stats["counts"].add(n)
    if n == 0:
        stats["zero"] += 1
    elif allowed.get(n, "").startswith("after chunk"):
        stats["chunk_end"] += 1
    else:
        stats["mid_chunk"] += 1
    return n, finished

stats = {"rounds": 0, "attempts": 0, "finished": 0, "zero": 0, "mid_chunk": 0, "chunk_end": 0, "counts": set()}
t_all = time.monotonic()
for i in range(1, kills + 1):
    db = os.path.join(work, f"kill{i}.sqlite")
    n, finished = killed_import(db, f"kill {i}")
    if i % 2 == 0:
        # Kill the resumed import too: what the first kill left must survive the second.
        n2, finished2 = killed_import(db, f"kill {i} (resumed import)")
        check(n2 >= n, f"kill {i}: the resumed import lost rows ({n} -> {n2})")
        n = n2
    stats["rounds"] += 1
    r = run_import(db)
    integrity, total, lo, hi, rejects = inspect(db)
    check(r.returncode == 0, f"kill {i}: completing import exit {r.returncode}: {r.stderr.strip()}")
    m = re.search(r"(\d+) records, (\d+) new, (\d+) already stored, (\d+) rejected", r.stdout)
    check(m is not None and [int(x) for x in m.groups()] == [lines, lines - n, n, 0],
          f"kill {i}: completing import said {r.stdout.strip()!r}, expected {lines - n} new, {n} already stored")
    check(integrity == "ok" and total == lines and lo == T0 and hi == T0 + (lines - 1) * 1000 and rejects == 0,
          f"kill {i}: after completing: {integrity}, {total} rows (expected {lines})")
    os.remove(db)
    for extra in ("-wal", "-shm"):
        if os.path.exists(db + extra):
            os.remove(db + extra)

print(f"\n{stats['rounds']} rounds, {stats['attempts']} SIGKILLs ({kills // 2} of them on a resumed import) "
      f"in {time.monotonic() - t_all:.0f} s: {stats['attempts'] - stats['finished']} hit a running import, "
      f"{stats['finished']} came after it had finished; the database then held part of a chunk "
      f"{stats['mid_chunk']} times, ended on a chunk boundary {stats['chunk_end']} times, was empty "
      f"{stats['zero']} times; {len(stats['counts'])} different counts: {sorted(stats['counts'])}")
if failures:
    print(f"{len(failures)} check(s) failed")
    sys.exit(1)
print(f"all checks passed: integrity ok, whole transactions only, a prefix of the file, "
      f"and {lines} rows exactly after every completed import")
PY
