// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/samplerollup.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <vector>

// The averages of one service's rollup buckets at one level, kept packed 4096 buckets to a row
// of rollup_overview (SQLite only, store migration 11). The overview that the window opens with
// and that summary and report read is ~100 k bucket averages; read as table rows that is ~170 ns
// a row of SQLite's own work, as packed rows a copy (#23). What is packed is exactly what the
// rows give (RollupReader::averages reads the rows wherever a chunk is missing, and the figures
// are the same to the bit either way: tst_overviewchunks).
//
// A chunk holds only while none of its buckets changes: every write of a rollup bucket forgets
// the chunk that holds it, in the same transaction (forget). Chunks are packed again in bulk
// after an import, by `generate`, by migration 11 and, for live feeds, once a minute the chunks
// they have finished (fill); until then the rows are read.
class OverviewChunks final {
public:
    static constexpr qint64 kBuckets = 4096;
    // A chunk of a level: which one holds a bucket, and the first bucket of a chunk.
    static qint64 chunkOf(TimeMs bucket, int levelSec);
    static TimeMs chunkStart(qint64 chunk, int levelSec);

    // 16 bytes a bucket, little-endian: its start (ms) and its average.
    static QByteArray pack(const std::vector<TimeMs> &times, const std::vector<double> &values);
    // Appends the buckets of a packed chunk that start in [from, to].
    static void unpack(const char *data, qsizetype bytes, TimeMs from, TimeMs to, std::vector<TimeMs> &times,
        std::vector<double> &values);

    // Packs every chunk missing at each level an overview can be read at (a level at which the
    // service has at most TimelineSnapshot::kRawSampleLimit buckets); a no-op on PostgreSQL.
    // 'packed' (optional) counts the chunks written. 'completeOnly': not the chunk that holds a
    // service's latest bucket at a level, which a live feed forgets again with its next write.
    static bool fill(const QSqlDatabase &db, QString *error, qint64 *packed = nullptr, bool completeOnly = false);
    // Forgets the chunks holding these buckets; call in the transaction that writes them.
    static bool forget(const QSqlDatabase &db, const QList<RollupBucket> &buckets, QString *error);
    static bool available(const QSqlDatabase &db) { return db.driverName() == u"QSQLITE"; }
};
