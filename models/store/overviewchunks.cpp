// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/overviewchunks.h"

#include "domain/timelinesnapshot.h"
#include "store/rollupreader.h"
#include "store/rolluptable.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>
#include <cstring>
#include <set>
#include <tuple>

namespace {
constexpr qsizetype kEntry = 16;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

bool failed(const QSqlQuery &q, const QString &what, QString *error)
{
    if (error)
        *error = QStringLiteral("%1: %2").arg(what, q.lastError().text());
    return false;
}
} // namespace

qint64 OverviewChunks::chunkOf(TimeMs bucket, int levelSec)
{
    return floorDiv(bucket, qint64(levelSec) * 1000 * kBuckets);
}

TimeMs OverviewChunks::chunkStart(qint64 chunk, int levelSec)
{
    return chunk * qint64(levelSec) * 1000 * kBuckets;
}

QByteArray OverviewChunks::pack(const std::vector<TimeMs> &times, const std::vector<double> &values)
{
    QByteArray out(qsizetype(times.size()) * kEntry, Qt::Uninitialized);
    char *p = out.data();
    for (size_t k = 0; k < times.size(); ++k, p += kEntry) {
        qToLittleEndian<qint64>(times[k], p);
        quint64 bits;
        std::memcpy(&bits, &values[k], sizeof bits);
        qToLittleEndian<quint64>(bits, p + 8);
    }
    return out;
}

void OverviewChunks::unpack(
    const char *data, qsizetype bytes, TimeMs from, TimeMs to, std::vector<TimeMs> &times, std::vector<double> &values)
{
    for (const char *p = data, *end = data + bytes / kEntry * kEntry; p < end; p += kEntry) {
        const TimeMs t = qFromLittleEndian<qint64>(p);
        if (t < from)
            continue;
        if (t > to)
            break; // in bucket order
        const quint64 bits = qFromLittleEndian<quint64>(p + 8);
        double v;
        std::memcpy(&v, &bits, sizeof v);
        times.push_back(t);
        values.push_back(v);
    }
}

bool OverviewChunks::fill(const QSqlDatabase &db, QString *error, qint64 *packed, bool completeOnly)
{
    if (packed)
        *packed = 0;
    if (!available(db))
        return true;
    QSqlQuery present(db), insert(db);
    present.setForwardOnly(true);
    if (!present.prepare(QStringLiteral("SELECT chunk FROM rollup_overview WHERE service = ? AND level = ?")))
        return failed(present, QStringLiteral("cannot read the packed overview"), error);
    if (!insert.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO rollup_overview (service, level, chunk, buckets) VALUES (?, ?, ?, ?)")))
        return failed(insert, QStringLiteral("cannot write the packed overview"), error);
    // A missing chunk reads as rows (RollupReader::averages): what is packed is what they give.
    RollupReader reader(db);
    for (const RollupTable::ServiceSpan &s : RollupTable::serviceSpans(db)) {
        for (int level : SampleRollup::kLevelsSec) {
            const TimeMs first = SampleRollup::bucketStart(s.first, level);
            const TimeMs last = SampleRollup::bucketStart(s.last, level);
            // A level with more buckets than any overview reads is never read whole: not packed.
            if ((last - first) / (qint64(level) * 1000) + 1 > TimelineSnapshot::kRawSampleLimit)
                continue;
            present.addBindValue(s.service);
            present.addBindValue(level);
            if (!present.exec())
                return failed(present, QStringLiteral("cannot read the packed overview"), error);
            QSet<qint64> have;
            while (present.next())
                have.insert(present.value(0).toLongLong());
            present.finish();
            const qint64 lastChunk = chunkOf(last, level) - (completeOnly ? 1 : 0);
            for (qint64 c = chunkOf(first, level); c <= lastChunk; ++c) {
                if (have.contains(c))
                    continue;
                RollupReader::AverageSlice chunk;
                chunk.service = s.service;
                chunk.from = chunkStart(c, level);
                chunk.to = chunkStart(c + 1, level) - 1;
                if (!reader.averages(chunk, level)) {
                    if (error)
                        *error = QStringLiteral("cannot read the rollups: %1").arg(reader.lastError());
                    return false;
                }
                if (chunk.times.empty())
                    continue; // nothing to pack: the rows are read, and there are none
                insert.addBindValue(s.service);
                insert.addBindValue(level);
                insert.addBindValue(c);
                insert.addBindValue(pack(chunk.times, chunk.values));
                if (!insert.exec())
                    return failed(insert, QStringLiteral("cannot write the packed overview"), error);
                if (packed)
                    ++*packed;
            }
        }
    }
    return true;
}

bool OverviewChunks::forget(const QSqlDatabase &db, const QList<RollupBucket> &buckets, QString *error)
{
    if (!available(db) || buckets.isEmpty())
        return true;
    QSqlQuery remove(db);
    if (!remove.prepare(QStringLiteral("DELETE FROM rollup_overview WHERE service = ? AND level = ? AND chunk = ?")))
        return failed(remove, QStringLiteral("cannot forget packed overview chunks"), error);
    // A batch touches a few chunks (its buckets are together in time): each is forgotten once.
    std::set<std::tuple<QString, int, qint64>> done;
    for (const RollupBucket &b : buckets) {
        const auto key = std::make_tuple(b.service, b.levelSec, chunkOf(b.bucket, b.levelSec));
        if (!done.insert(key).second)
            continue;
        remove.addBindValue(b.service);
        remove.addBindValue(b.levelSec);
        remove.addBindValue(std::get<2>(key));
        if (!remove.exec())
            return failed(remove, QStringLiteral("cannot forget packed overview chunks"), error);
    }
    return true;
}
