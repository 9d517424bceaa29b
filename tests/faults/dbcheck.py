#!/usr/bin/env python3
"""Prints what storage_faults.sh compares: integrity, then per source the sample count and sum,
then a digest of every other table. With --services-except REGEX: every service row whose key
does not match REGEX, one per line (a feed registers the services it names)."""
import hashlib
import re
import sqlite3
import sys

db = sqlite3.connect(sys.argv[1])
if len(sys.argv) > 3 and sys.argv[2] == "--services-except":
    for row in db.execute("SELECT * FROM services ORDER BY key"):
        if not re.match(sys.argv[3], row[0]):
            print(repr(row))
    sys.exit(0)
print("integrity", db.execute("PRAGMA integrity_check").fetchone()[0])
for source, count, total in db.execute(
        "SELECT source, COUNT(*), ROUND(SUM(availability), 6) FROM samples GROUP BY source ORDER BY source"):
    print(source, count) if source == "bigfeed" else print(source, count, total)
for table in ("services", "dependencies", "state_changes", "incidents", "incident_updates", "annotations", "meta"):
    rows = db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
    print(table, len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()[:16])
