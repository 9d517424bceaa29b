// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgressamplebuffer.h"

#include "domain/samplerollup.h"
#include "store/timelinestore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

PostgresSampleBuffer::PostgresSampleBuffer(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_pending.reserve(kRowsPerStatement);
}

QString PostgresSampleBuffer::statement(int rows)
{
    QString sql = QStringLiteral("INSERT INTO samples (service, time, source, availability, latency_ms, error_rate, "
                                 "derived) VALUES ");
    for (int i = 0; i < rows; ++i)
        sql += i ? QStringLiteral(", (?, ?, ?, ?, ?, ?, ?)") : QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
    return sql + QStringLiteral(" ON CONFLICT DO NOTHING RETURNING service, time, availability");
}

bool PostgresSampleBuffer::flush(SampleRollup &rollup, WriteStats &stats)
{
    if (m_pending.isEmpty())
        return true;
    // The same key twice in one statement would make ON CONFLICT see a row it inserted
    // itself; a feed can repeat a sample, so repeats wait for the next statement.
    QList<HealthSample> rows;
    QList<HealthSample> later;
    QSet<QString> keys;
    for (const HealthSample &s : std::as_const(m_pending)) {
        const QString key = s.service + QChar(0x1f) + QString::number(s.time) + QChar(0x1f) + s.source;
        (keys.contains(key) ? later : rows).append(s);
        keys.insert(key);
    }
    QSqlQuery q(m_db);
    if (!q.prepare(statement(int(rows.size())))) {
        m_error = QStringLiteral("cannot prepare statement: %1").arg(q.lastError().text());
        m_errorCode = q.lastError().nativeErrorCode();
        return false;
    }
    const QString empty = QStringLiteral("");
    int i = 0;
    for (const HealthSample &s : std::as_const(rows)) {
        q.bindValue(i++, s.service.isNull() ? empty : s.service);
        q.bindValue(i++, s.time);
        q.bindValue(i++, s.source.isNull() ? empty : s.source);
        q.bindValue(i++, s.availability);
        q.bindValue(i++, s.latencyMs ? QVariant(*s.latencyMs) : QVariant(QMetaType::fromType<double>()));
        q.bindValue(i++, s.errorRate ? QVariant(*s.errorRate) : QVariant(QMetaType::fromType<double>()));
        q.bindValue(i++, int(s.derived));
    }
    if (!q.exec()) {
        m_error = QStringLiteral("cannot store samples: %1").arg(q.lastError().text());
        m_errorCode = q.lastError().nativeErrorCode();
        return false;
    }
    qint64 inserted = 0;
    while (q.next()) {
        rollup.add(q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toDouble());
        ++inserted;
    }
    stats.inserted += inserted;
    stats.unchanged += rows.size() - inserted;
    m_pending = later;
    return flush(rollup, stats);
}
