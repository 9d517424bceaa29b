// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storecopier.h"

#include "store/feedsourcetable.h"
#include "store/rangetable.h"
#include "store/scenariotable.h"
#include "store/translationtable.h"
#include "store/userreporttable.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

StoreCopier::StoreCopier(TimelineStore &from, TimelineStore &to)
    : m_from(from)
    , m_to(to)
{
}

bool StoreCopier::write(const FeedBatch &batch, Result &result)
{
    WriteStats stats;
    if (!m_to.write(batch, &stats)) {
        m_error = QStringLiteral("writing into %1: %2").arg(m_to.location(), m_to.lastError());
        return false;
    }
    result.inserted += stats.inserted + stats.rejects;
    result.unchanged += stats.unchanged;
    // A reject already in the destination is neither inserted nor counted by the writer.
    result.unchanged += batch.rejects.size() - stats.rejects;
    return true;
}

bool StoreCopier::copy(Result &result, const Progress &progress)
{
    result = {};
    if (!copyReferenceData(result) || !copySamples(result, progress))
        return false;
    // A SQLite destination then packs its overview, as after an import (a no-op on PostgreSQL).
    // Only speed depends on it: if it fails, the rows are read.
    m_to.packOverview();
    return true;
}

bool StoreCopier::copyReferenceData(Result &result)
{
    FeedBatch batch;
    batch.services = m_from.services();
    batch.dependencies = m_from.dependencies();
    batch.incidents = m_from.incidents();
    batch.states = m_from.stateChanges();
    QList<HealthSample> noSamples;
    RangeTable::attach(m_from.database(), noSamples, batch.states);
    batch.updates = m_from.updates();
    batch.annotations = m_from.annotations();
    for (Annotation &a : batch.annotations)
        a.id = 0; // the destination numbers its own notes; the natural key matches them
    batch.userReports = UserReportTable::all(m_from.database());
    batch.rejects = m_from.rejects(int(qMin<qint64>(m_from.rejectCount(), std::numeric_limits<int>::max())));
    for (const Incident &incident : std::as_const(batch.incidents))
        batch.scenarios += m_from.scenarios(incident.id);
    QString translationError;
    batch.translations = TranslationTable::all(m_from.database(), &translationError);
    if (!translationError.isEmpty()) {
        m_error = QStringLiteral("reading %1: %2").arg(m_from.location(), translationError);
        return false;
    }
    result.read += batch.recordCount();
    if (!write(batch, result))
        return false;

    for (const FeedSource &source : FeedSourceTable::all(m_from.database())) {
        QString error;
        if (!FeedSourceTable::save(m_to.database(), source, &error)) {
            m_error = QStringLiteral("writing feed source %1 into %2: %3").arg(source.name, m_to.location(), error);
            return false;
        }
        ++result.read;
    }
    QSqlQuery meta(m_from.database());
    meta.setForwardOnly(true);
    if (!meta.exec(QStringLiteral("SELECT key, value FROM meta ORDER BY key"))) {
        m_error = QStringLiteral("reading %1: %2").arg(m_from.location(), meta.lastError().text());
        return false;
    }
    while (meta.next()) {
        const QString key = meta.value(0).toString();
        const QString value = meta.value(1).toString();
        ++result.read;
        if (m_to.meta(key) == value) {
            ++result.unchanged;
            continue;
        }
        if (!m_to.setMeta(key, value)) {
            m_error = QStringLiteral("writing into %1: %2").arg(m_to.location(), m_to.lastError());
            return false;
        }
        ++result.inserted;
    }
    return true;
}

bool StoreCopier::copySamples(Result &result, const Progress &progress)
{
    const qint64 total = m_from.sampleCount();
    qint64 done = 0;
    // Keyset paging on the primary key: each page is an index range scan, whatever the offset.
    QSqlQuery page(m_from.database());
    page.setForwardOnly(true);
    if (!page.prepare(QStringLiteral("SELECT service, time, source, availability, latency_ms, error_rate, derived "
                                     "FROM samples WHERE (service, time, source) > (?, ?, ?) "
                                     "ORDER BY service, time, source LIMIT ?"))) {
        m_error = QStringLiteral("reading %1: %2").arg(m_from.location(), page.lastError().text());
        return false;
    }
    QString service, source;
    qint64 time = std::numeric_limits<qint64>::min();
    if (progress)
        progress(0, total);
    for (;;) {
        page.bindValue(0, service.isNull() ? QStringLiteral("") : service);
        page.bindValue(1, time);
        page.bindValue(2, source.isNull() ? QStringLiteral("") : source);
        page.bindValue(3, m_pageSize);
        if (!page.exec()) {
            m_error = QStringLiteral("reading %1: %2").arg(m_from.location(), page.lastError().text());
            return false;
        }
        FeedBatch batch;
        batch.samples.reserve(m_pageSize);
        while (page.next())
            batch.samples.append(TimelineStore::sampleAt(page));
        page.finish();
        QList<StateChange> noStates;
        RangeTable::attach(m_from.database(), batch.samples, noStates);
        if (batch.samples.isEmpty())
            return true;
        const HealthSample &last = batch.samples.constLast();
        service = last.service;
        time = last.time;
        source = last.source;
        result.read += batch.samples.size();
        done += batch.samples.size();
        if (!write(batch, result))
            return false;
        if (progress)
            progress(done, qMax(total, done));
    }
}
