// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/rolluptable.h"

#include "store/rollupreader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <limits>

QList<RollupBucket> RollupTable::read(
    const QSqlDatabase &db, const QString &service, int levelSec, TimeMs from, TimeMs to)
{
    return RollupReader(db).buckets(service, levelSec, from, to);
}

QList<RollupBucket> RollupTable::readAll(const QSqlDatabase &db, int levelSec, TimeMs from, TimeMs to)
{
    return RollupReader(db).allBuckets(levelSec, from, to);
}

QList<RollupTable::ServiceSpan> RollupTable::serviceSpans(const QSqlDatabase &db)
{
    QList<ServiceSpan> spans;
    const QList<RollupBucket> days = readAll(db, SampleRollup::kLevelsSec.back(),
        std::numeric_limits<TimeMs>::min() / 2, std::numeric_limits<TimeMs>::max() / 2);
    // readAll gives a service's buckets together, services in key order.
    for (const RollupBucket &b : days) {
        if (spans.isEmpty() || spans.constLast().service != b.service)
            spans.append({b.service, b.firstTime, b.lastTime});
        spans.last().first = qMin(spans.last().first, b.firstTime);
        spans.last().last = qMax(spans.last().last, b.lastTime);
    }
    return spans;
}

bool RollupTable::rebuild(const QSqlDatabase &db, QString *error)
{
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM sample_rollups"))) {
        *error = clear.lastError().text();
        return false;
    }
    QSqlQuery samples(db);
    // QPSQL streams a forward-only result row by row, and the upserts below would then
    // discard the rest of it: on PostgreSQL the result is fetched whole instead.
    samples.setForwardOnly(db.driverName() != u"QPSQL");
    if (!samples.exec(QStringLiteral("SELECT service, time, availability FROM samples ORDER BY service, time"))) {
        *error = samples.lastError().text();
        return false;
    }
    SampleRollup rollup;
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral("INSERT INTO sample_rollups (service, level, bucket, n, sum, min, max, first_time, "
                                  "first_value, last_time, last_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto flush = [&](QList<RollupBucket> buckets) {
        for (const RollupBucket &b : buckets) {
            for (const QVariant &v : {QVariant(b.service), QVariant(b.levelSec), QVariant(b.bucket), QVariant(b.count),
                     QVariant(b.sum), QVariant(b.min), QVariant(b.max), QVariant(b.firstTime), QVariant(b.firstValue),
                     QVariant(b.lastTime), QVariant(b.lastValue)})
                upsert.addBindValue(v);
            if (!upsert.exec()) {
                *error = upsert.lastError().text();
                return false;
            }
        }
        return true;
    };
    // Sorted input: every bucket is complete when the reader leaves it, so memory stays small.
    qint64 n = 0;
    while (samples.next()) {
        rollup.add(samples.value(0).toString(), samples.value(1).toLongLong(), samples.value(2).toDouble());
        if (++n % 100000 == 0 && !flush(rollup.takePending()))
            return false;
    }
    return flush(rollup.takePending());
}
