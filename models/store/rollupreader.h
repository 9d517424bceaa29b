// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/rollupsource.h"

#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

// Reads rollup buckets and raw sample values for the snapshot and the charts. On SQLite it
// steps statements on the connection's own sqlite3 handle: a QSqlQuery row costs a QVariant
// per column, several times the read itself. Any other driver (PostgreSQL) goes through
// QSqlQuery with the same SQL and bound values, so both give the same rows.
// Use it on the thread that owns the connection, and drop it before the connection closes.
class RollupReader final : public RollupSource {
public:
    enum class Path { Fastest, Portable };
    explicit RollupReader(const QSqlDatabase &db, Path path = Path::Fastest);
    ~RollupReader();
    RollupReader(const RollupReader &) = delete;
    RollupReader &operator=(const RollupReader &) = delete;

    // Opens a reader with a connection of its own to db's database, on the thread that calls
    // it (a connection serves only the thread that opened it), closed there with the reader:
    // for reading off the GUI thread. Empty for a database that cannot be opened twice (SQLite in
    // memory); the function returns nullptr when opening fails.
    static std::function<std::unique_ptr<RollupSource>()> openerFor(const QSqlDatabase &db);

    bool usesSqliteApi() const;
    QString lastError() const override { return m_error; }

    QList<RollupBucket> buckets(
        const QString &service, int levelSec, TimeMs from, TimeMs to, bool withService = true) override;
    QList<RollupBucket> allBuckets(int levelSec, TimeMs from, TimeMs to) override;
    QList<Value> samples(const QString &service, TimeMs from, TimeMs to) override;
    std::optional<Value> sampleBefore(const QString &service, TimeMs time) override;
    // The buckets of one service at one level whose start lies in [from, to], in time order:
    // their starts in 'times', their averages (RollupBucket::average()) in 'values'. Three
    // columns of the row and no RollupBucket per row: what TimelineStore::snapshot() needs of
    // a store too large to load.
    struct AverageSlice {
        // Range: every bucket whose start lies in [from, to]. LastBefore: only the last bucket
        // starting before 'from' (the value in force when a window opens); FirstAfter: only the
        // first starting after 'to' (TimelineStore::snapshot with a sample span).
        enum class Reach { Range, LastBefore, FirstAfter };
        QString service;
        TimeMs from = 0;
        TimeMs to = 0;
        Reach reach = Reach::Range;
        std::vector<TimeMs> times; // reserved by the caller
        std::vector<double> values;
    };
    // False on a read error (lastError()).
    bool averages(AverageSlice &slice, int levelSec);
    // Reads every slice; on a SQLite file on up to 'threads' connections of its own at once,
    // else (or for what they could not read) on db itself. Call on db's thread.
    static void readAverages(const QSqlDatabase &db, int levelSec, QList<AverageSlice> &slices, int threads);

private:
    class Statement;
    Statement &statement(int which);
    bool packedAverages(Statement &packed, AverageSlice &slice, int levelSec);
    bool rowAverages(AverageSlice &slice, int levelSec, TimeMs from, TimeMs to);

    QSqlDatabase m_db;
    struct sqlite3 *m_sqlite = nullptr;
    std::unique_ptr<Statement> m_statements[9]; // one per statement kind, prepared on first use
    QString m_error;
};
