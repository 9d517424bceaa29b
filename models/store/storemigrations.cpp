// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storemigrations.h"

// Written in the SQL that SQLite (≥ 3.39) and PostgreSQL both accept; the one
// difference, the auto-increment key, is the %AUTOID% placeholder the store fills in. A
// migration of SQLite's storage alone is marked sqliteOnly.
// Times are BIGINT epoch milliseconds UTC. Optional text is '' rather than NULL so
// that it can take part in natural keys (NULLs never collide in a UNIQUE constraint).
const QList<StoreMigration> &StoreMigrations::all()
{
    static const QList<StoreMigration> migrations = {
        {1, QStringLiteral("initial timeline schema"),
            {
                QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                QStringLiteral(
                    "CREATE TABLE services (key TEXT PRIMARY KEY, name TEXT NOT NULL, "
                    "users BIGINT NOT NULL, colour TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE TABLE dependencies (service TEXT NOT NULL, depends_on TEXT NOT NULL, "
                               "share DOUBLE PRECISION NOT NULL, note TEXT NOT NULL DEFAULT '', "
                               "PRIMARY KEY (service, depends_on))"),
                QStringLiteral("CREATE TABLE samples (service TEXT NOT NULL, time BIGINT NOT NULL, "
                               "source TEXT NOT NULL, availability DOUBLE PRECISION NOT NULL, "
                               "latency_ms DOUBLE PRECISION, error_rate DOUBLE PRECISION, "
                               "derived INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (service, time, source))"),
                QStringLiteral("CREATE TABLE state_changes (service TEXT NOT NULL, time BIGINT NOT NULL, "
                               "source TEXT NOT NULL, state TEXT NOT NULL, raw_state TEXT NOT NULL DEFAULT '', "
                               "message TEXT NOT NULL DEFAULT '', derived INTEGER NOT NULL DEFAULT 0, "
                               "PRIMARY KEY (service, time, source, state))"),
                QStringLiteral("CREATE TABLE incidents (id TEXT PRIMARY KEY, title TEXT NOT NULL, "
                               "severity TEXT NOT NULL DEFAULT '', began BIGINT, detected BIGINT, "
                               "mitigated BIGINT, resolved BIGINT, time_zone TEXT NOT NULL DEFAULT '', "
                               "services TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', "
                               "summary TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE TABLE incident_updates (incident_id TEXT NOT NULL, time BIGINT NOT NULL, "
                               "status TEXT NOT NULL, message TEXT NOT NULL DEFAULT '', "
                               "services TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', "
                               "derived INTEGER NOT NULL DEFAULT 0, "
                               "PRIMARY KEY (incident_id, time, status, message))"),
                QStringLiteral("CREATE TABLE annotations (id %AUTOID%, time BIGINT NOT NULL, "
                               "service TEXT NOT NULL DEFAULT '', incident_id TEXT NOT NULL DEFAULT '', "
                               "author TEXT NOT NULL DEFAULT '', text TEXT NOT NULL, "
                               "UNIQUE (time, service, incident_id, text))"),
                QStringLiteral("CREATE TABLE rejects (id %AUTOID%, source TEXT NOT NULL, line BIGINT NOT NULL, "
                               "byte_offset BIGINT NOT NULL, field TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL, "
                               "raw TEXT NOT NULL DEFAULT '', received_at BIGINT NOT NULL, "
                               "UNIQUE (source, line, byte_offset, field, reason))"),
            }},
        {2, QStringLiteral("feed sources and time indexes for the timeline view"),
            {
                QStringLiteral("CREATE TABLE feed_sources (name TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                               "location TEXT NOT NULL DEFAULT '', last_seen BIGINT, "
                               "last_error TEXT NOT NULL DEFAULT '', stale_after_s BIGINT NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE INDEX state_changes_by_time ON state_changes (time)"),
                QStringLiteral("CREATE INDEX incident_updates_by_time ON incident_updates (time)"),
            }},
        {3, QStringLiteral("sample rollups at 10 s, 1 min, 10 min, 1 h and 1 day"),
            {
                QStringLiteral("CREATE TABLE sample_rollups (service TEXT NOT NULL, level INTEGER NOT NULL, "
                               "bucket BIGINT NOT NULL, n BIGINT NOT NULL, sum DOUBLE PRECISION NOT NULL, "
                               "min DOUBLE PRECISION NOT NULL, max DOUBLE PRECISION NOT NULL, "
                               "first_time BIGINT NOT NULL, first_value DOUBLE PRECISION NOT NULL, "
                               "last_time BIGINT NOT NULL, last_value DOUBLE PRECISION NOT NULL, "
                               "PRIMARY KEY (service, level, bucket))"),
            }},
        {4, QStringLiteral("what-if scenarios saved with their incident"),
            {
                QStringLiteral("CREATE TABLE scenarios (incident_id TEXT NOT NULL, name TEXT NOT NULL, "
                               "definition TEXT NOT NULL, PRIMARY KEY (incident_id, name))"),
            }},
        {5, QStringLiteral("audiences of services, ranges of derived records, windows of milestones"),
            {
                QStringLiteral("ALTER TABLE services ADD COLUMN audience TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE services ADD COLUMN audience_name TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE services ADD COLUMN audience_size BIGINT NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE services ADD COLUMN audience_note TEXT NOT NULL DEFAULT ''"),
                // Kept beside samples and state changes, keyed like them, so the bulk paths
                // that write samples stay as they are: only derived records carry a range.
                QStringLiteral("CREATE TABLE record_ranges (kind TEXT NOT NULL, service TEXT NOT NULL, "
                               "time BIGINT NOT NULL, source TEXT NOT NULL, state TEXT NOT NULL DEFAULT '', "
                               "earliest BIGINT, latest BIGINT, low DOUBLE PRECISION, high DOUBLE PRECISION, "
                               "note TEXT NOT NULL DEFAULT '', PRIMARY KEY (kind, service, time, source, state))"),
                QStringLiteral("ALTER TABLE incidents ADD COLUMN began_earliest BIGINT"),
                QStringLiteral("ALTER TABLE incidents ADD COLUMN began_latest BIGINT"),
                QStringLiteral("ALTER TABLE incidents ADD COLUMN began_note TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE incidents ADD COLUMN detected_earliest BIGINT"),
                QStringLiteral("ALTER TABLE incidents ADD COLUMN detected_latest BIGINT"),
                QStringLiteral("ALTER TABLE incidents ADD COLUMN detected_note TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE incidents ADD COLUMN mitigated_earliest BIGINT"),
                QStringLiteral("ALTER TABLE incidents ADD COLUMN mitigated_latest BIGINT"),
                QStringLiteral("ALTER TABLE incidents ADD COLUMN mitigated_note TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE incidents ADD COLUMN resolved_earliest BIGINT"),
                QStringLiteral("ALTER TABLE incidents ADD COLUMN resolved_latest BIGINT"),
                QStringLiteral("ALTER TABLE incidents ADD COLUMN resolved_note TEXT NOT NULL DEFAULT ''"),
            }},
        // SQLite cannot drop a NOT NULL: the table is built anew, which both engines do alike.
        {6, QStringLiteral("services a feed named: users may be unknown (NULL), the feed's group"),
            {
                QStringLiteral("CREATE TABLE services_v6 (key TEXT PRIMARY KEY, name TEXT NOT NULL, users BIGINT, "
                               "colour TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', "
                               "audience TEXT NOT NULL DEFAULT '', audience_name TEXT NOT NULL DEFAULT '', "
                               "audience_size BIGINT NOT NULL DEFAULT 0, audience_note TEXT NOT NULL DEFAULT '', "
                               "grp TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("INSERT INTO services_v6 (key, name, users, colour, note, audience, audience_name, "
                               "audience_size, audience_note) SELECT key, name, users, colour, note, audience, "
                               "audience_name, audience_size, audience_note FROM services"),
                QStringLiteral("DROP TABLE services"),
                QStringLiteral("ALTER TABLE services_v6 RENAME TO services"),
            }},
        // Keyed by the text translated, not by a record: one translation serves every record
        // that repeats the text, and the record tables stay as they are.
        {7, QStringLiteral("a feed's own translations of its titles, names and messages"),
            {
                QStringLiteral("CREATE TABLE text_translations (lang TEXT NOT NULL, source TEXT NOT NULL, "
                               "text TEXT NOT NULL, PRIMARY KEY (lang, source))"),
            }},
        {8, QStringLiteral("where an update can be read and how far its source is trusted"),
            {
                QStringLiteral("ALTER TABLE incident_updates ADD COLUMN source_url TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE incident_updates ADD COLUMN confidence TEXT NOT NULL DEFAULT ''"),
            }},
        // is_public NULL: the feed did not say (rows stored before this version among them); a
        // re-import that says fills it in. User reports are a signal of their own, not samples.
        {9, QStringLiteral("whether an update was public, kinds of notes, counts of user reports"),
            {
                QStringLiteral("ALTER TABLE incident_updates ADD COLUMN is_public INTEGER"),
                QStringLiteral("ALTER TABLE annotations ADD COLUMN kind TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE TABLE user_reports (service TEXT NOT NULL, time BIGINT NOT NULL, "
                               "source TEXT NOT NULL, count BIGINT NOT NULL, PRIMARY KEY (service, time, source))"),
            }},
        // With a rowid, a rollup row lies where it was first written, between the other levels'
        // rows of the same hour, and the key is an index beside it: reading one level's buckets
        // looked each row up in the table and touched a page per row (a 100 M-sample store's
        // overview: ~280 k pages scattered over a gigabyte, cold). Keyed by (service, level,
        // bucket) itself, a level's buckets lie together in key order, a few dozen to the page
        // (#23). Copied in key order, so the new pages are written in order too.
        {10, QStringLiteral("sample rollups stored in key order (SQLite)"),
            {
                QStringLiteral("CREATE TABLE sample_rollups_v10 (service TEXT NOT NULL, level INTEGER NOT NULL, "
                               "bucket BIGINT NOT NULL, n BIGINT NOT NULL, sum DOUBLE PRECISION NOT NULL, "
                               "min DOUBLE PRECISION NOT NULL, max DOUBLE PRECISION NOT NULL, "
                               "first_time BIGINT NOT NULL, first_value DOUBLE PRECISION NOT NULL, "
                               "last_time BIGINT NOT NULL, last_value DOUBLE PRECISION NOT NULL, "
                               "PRIMARY KEY (service, level, bucket)) WITHOUT ROWID"),
                QStringLiteral("INSERT INTO sample_rollups_v10 (service, level, bucket, n, sum, min, max, first_time, "
                               "first_value, last_time, last_value) SELECT service, level, bucket, n, sum, min, max, "
                               "first_time, first_value, last_time, last_value FROM sample_rollups "
                               "ORDER BY service, level, bucket"),
                QStringLiteral("DROP TABLE sample_rollups"),
                QStringLiteral("ALTER TABLE sample_rollups_v10 RENAME TO sample_rollups"),
            },
            true},
        // Filled by the store after the migration (and after each import): OverviewChunks.
        {11, QStringLiteral("averages of sample rollups packed for the overview (SQLite)"),
            {
                QStringLiteral("CREATE TABLE rollup_overview (service TEXT NOT NULL, level INTEGER NOT NULL, "
                               "chunk BIGINT NOT NULL, buckets BLOB NOT NULL, PRIMARY KEY (service, level, chunk)) "
                               "WITHOUT ROWID"),
            },
            true},
    };
    return migrations;
}

int StoreMigrations::latest()
{
    return all().constLast().version;
}
