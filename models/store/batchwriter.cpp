// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/batchwriter.h"

#include "store/overviewchunks.h"
#include "store/postgressamplebuffer.h"
#include "store/scenariotable.h"
#include "store/timelinestore.h"

#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <sqlite3.h>

namespace {
QVariant optionalTime(const std::optional<TimeMs> &t)
{
    return t ? QVariant(*t) : QVariant(QMetaType::fromType<qint64>());
}
QVariant optionalDouble(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}
} // namespace

BatchWriter::BatchWriter(QSqlDatabase db, int batchSize)
    : m_db(std::move(db))
    , m_batchSize(qMax(1, batchSize))
    , m_rollupUpsert(m_db)
    , m_service(m_db)
    , m_seenService(m_db)
    , m_dependency(m_db)
    , m_incident(m_db)
    , m_sample(m_db)
    , m_state(m_db)
    , m_update(m_db)
    , m_annotation(m_db)
    , m_reject(m_db)
    , m_translation(m_db)
    , m_range(m_db)
{
}

BatchWriter::~BatchWriter()
{
    if (m_fastSample)
        sqlite3_finalize(m_fastSample);
}

bool BatchWriter::begin()
{
    if (!m_db.transaction()) {
        m_error = QStringLiteral("cannot begin a transaction: %1").arg(m_db.lastError().text());
        m_errorCode = m_db.lastError().nativeErrorCode();
        return false;
    }
    m_inTransaction = 1;
    return true;
}

void BatchWriter::rollback()
{
    m_db.rollback();
    m_inTransaction = 0;
    // The rollups of rows that were rolled back must not reach a later transaction.
    m_rollup.takePending();
    if (m_pgSamples)
        m_pgSamples->clear();
}

bool BatchWriter::flushRollups()
{
    QList<RollupBucket> buckets = m_rollup.takePending();
    // One lock order for every writer: concurrent PostgreSQL writers then queue instead of deadlocking.
    std::sort(buckets.begin(), buckets.end(), [](const RollupBucket &a, const RollupBucket &b) {
        return std::tie(a.service, a.levelSec, a.bucket) < std::tie(b.service, b.levelSec, b.bucket);
    });
    // PostgreSQL: a round trip per statement, so a couple of hundred buckets go in each.
    const int perStatement = m_pgSamples ? 200 : 1;
    const QString single = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype from = 0; from < buckets.size(); from += perStatement) {
        const qsizetype rows = qMin<qsizetype>(perStatement, buckets.size() - from);
        QSqlQuery many(m_db);
        QSqlQuery &query = rows == 1 ? m_rollupUpsert : many;
        if (rows > 1) {
            QStringList tuples(rows, single);
            QString sql = m_rollupUpsert.lastQuery();
            sql.replace(sql.indexOf(single), single.size(), tuples.join(QStringLiteral(", ")));
            if (!many.prepare(sql)) {
                m_error = QStringLiteral("cannot prepare statement: %1").arg(many.lastError().text());
                m_errorCode = many.lastError().nativeErrorCode();
                rollback();
                return false;
            }
        }
        for (qsizetype i = from; i < from + rows; ++i) {
            const RollupBucket &b = buckets.at(i);
            for (const QVariant &v : {QVariant(b.service), QVariant(b.levelSec), QVariant(b.bucket), QVariant(b.count),
                     QVariant(b.sum), QVariant(b.min), QVariant(b.max), QVariant(b.firstTime), QVariant(b.firstValue),
                     QVariant(b.lastTime), QVariant(b.lastValue)})
                query.addBindValue(v);
        }
        if (!query.exec()) {
            m_error = QStringLiteral("cannot store sample rollups: %1").arg(query.lastError().text());
            m_errorCode = query.lastError().nativeErrorCode();
            rollback();
            return false;
        }
    }
    // A packed chunk of averages that holds a bucket written here no longer says what the rows
    // say: it goes in the same transaction, and the rows are read in its place until it is
    // packed again (TimelineStore::packOverview).
    QString forgetError;
    if (!OverviewChunks::forget(m_db, buckets, &forgetError)) {
        m_error = forgetError;
        rollback();
        return false;
    }
    return true;
}

bool BatchWriter::flushPostgresSamples()
{
    WriteStats ignored;
    if (m_pgSamples->flush(m_rollup, m_stats ? *m_stats : ignored))
        return true;
    m_error = m_pgSamples->lastError();
    m_errorCode = m_pgSamples->lastErrorCode();
    rollback();
    return false;
}

bool BatchWriter::commit()
{
    if (!m_inTransaction)
        return true;
    if (m_pgSamples && !flushPostgresSamples())
        return false;
    // Rollups go in the same transaction as their samples: both or neither survive a crash.
    if (!flushRollups())
        return false;
    m_inTransaction = 0;
    if (!m_db.commit()) {
        m_error = QStringLiteral("cannot commit: %1").arg(m_db.lastError().text());
        m_errorCode = m_db.lastError().nativeErrorCode();
        m_db.rollback();
        return false;
    }
    if (m_stats)
        m_committed = *m_stats;
    return true;
}

bool BatchWriter::step()
{
    if (++m_inTransaction > m_batchSize)
        return commit() && begin();
    return true;
}

bool BatchWriter::run(QSqlQuery &query, WriteStats &stats, const char *what, bool counted)
{
    // Optional text is stored as '' (see the migrations): a null QString would bind as NULL.
    const QVariantList bound = query.boundValues();
    for (qsizetype i = 0; i < bound.size(); ++i)
        if (bound[i].typeId() == QMetaType::QString && bound[i].toString().isNull())
            query.bindValue(int(i), QString(u""_qs));
    if (!query.exec()) {
        m_error = QStringLiteral("cannot store %1: %2").arg(QLatin1StringView(what), query.lastError().text());
        m_errorCode = query.lastError().nativeErrorCode();
        rollback();
        return false;
    }
    if (query.numRowsAffected() > 0)
        ++stats.inserted;
    else
        ++stats.unchanged;
    return counted ? step() : true;
}

bool BatchWriter::writeService(const Service &s, WriteStats &stats)
{
    for (const QVariant &v :
        {QVariant(s.key), QVariant(s.name), s.users ? QVariant(*s.users) : QVariant(QMetaType::fromType<qint64>()),
            QVariant(s.colour), QVariant(s.note), QVariant(s.audience), QVariant(s.audienceName),
            QVariant(s.audienceSize), QVariant(s.audienceNote), QVariant(s.group)})
        m_service.addBindValue(v);
    return run(m_service, stats, "service");
}

bool BatchWriter::writeSeenService(const Service &s)
{
    for (const QVariant &v : {QVariant(s.key), QVariant(s.name.isEmpty() ? s.key : s.name), QVariant(s.group)})
        m_seenService.addBindValue(v);
    // Registering is not a record of the feed: import counts stay what the feed sent, and the
    // transactions stay whole multiples of the feed's rows (crash_import, storage_faults).
    WriteStats ignored;
    return run(m_seenService, ignored, "service", false);
}

bool BatchWriter::writeDependency(const Dependency &d, WriteStats &stats)
{
    for (const QVariant &v : {QVariant(d.service), QVariant(d.dependsOn), QVariant(d.share), QVariant(d.note)})
        m_dependency.addBindValue(v);
    return run(m_dependency, stats, "dependency");
}

bool BatchWriter::writeIncident(const Incident &i, WriteStats &stats)
{
    for (const QVariant &v : {QVariant(i.id), QVariant(i.title), QVariant(i.severity), optionalTime(i.began),
             optionalTime(i.detected), optionalTime(i.mitigated), optionalTime(i.resolved), QVariant(i.timeZone),
             QVariant(i.services.join(u',')), QVariant(i.source), QVariant(i.summary)})
        m_incident.addBindValue(v);
    for (const MilestoneWindow *w : {&i.beganWindow, &i.detectedWindow, &i.mitigatedWindow, &i.resolvedWindow})
        for (const QVariant &v : {optionalTime(w->earliest), optionalTime(w->latest), QVariant(w->note)})
            m_incident.addBindValue(v);
    return run(m_incident, stats, "incident");
}

// A derived record's range goes beside it; only a few records have one, so the bulk sample
// paths above never carry the extra columns.
bool BatchWriter::writeRange(const QString &kind, const QString &service, TimeMs time, const QString &source,
    const QString &state, const RangeValues &range)
{
    static const QString empty = QStringLiteral("");
    m_range.bindValue(0, kind);
    m_range.bindValue(1, service.isNull() ? empty : service);
    m_range.bindValue(2, time);
    m_range.bindValue(3, source.isNull() ? empty : source);
    m_range.bindValue(4, state.isNull() ? empty : state);
    m_range.bindValue(5, optionalTime(range.earliest));
    m_range.bindValue(6, optionalTime(range.latest));
    m_range.bindValue(7, optionalDouble(range.low));
    m_range.bindValue(8, optionalDouble(range.high));
    m_range.bindValue(9, range.note.isNull() ? empty : range.note);
    if (!m_range.exec()) {
        m_error = QStringLiteral("cannot store the range of a %1: %2").arg(kind, m_range.lastError().text());
        m_errorCode = m_range.lastError().nativeErrorCode();
        rollback();
        return false;
    }
    return step();
}

bool BatchWriter::writeSample(const HealthSample &s, WriteStats &stats)
{
    if (s.hasRange()
        && !writeRange(QStringLiteral("sample"), s.service, s.time, s.source, QString(),
            {s.earliest, s.latest, s.availabilityLow, s.availabilityHigh, s.rangeNote}))
        return false;
    if (m_fastSample) {
        if (s.service != m_lastService) {
            m_lastService = s.service;
            m_lastServiceUtf8 = s.service.toUtf8();
        }
        if (s.source != m_lastSource) {
            m_lastSource = s.source;
            m_lastSourceUtf8 = s.source.toUtf8();
        }
        sqlite3_bind_text(m_fastSample, 1, m_lastServiceUtf8.constData(), int(m_lastServiceUtf8.size()), SQLITE_STATIC);
        sqlite3_bind_int64(m_fastSample, 2, s.time);
        sqlite3_bind_text(m_fastSample, 3, m_lastSourceUtf8.constData(), int(m_lastSourceUtf8.size()), SQLITE_STATIC);
        sqlite3_bind_double(m_fastSample, 4, s.availability);
        if (s.latencyMs)
            sqlite3_bind_double(m_fastSample, 5, *s.latencyMs);
        else
            sqlite3_bind_null(m_fastSample, 5);
        if (s.errorRate)
            sqlite3_bind_double(m_fastSample, 6, *s.errorRate);
        else
            sqlite3_bind_null(m_fastSample, 6);
        sqlite3_bind_int(m_fastSample, 7, int(s.derived));
        const int rc = sqlite3_step(m_fastSample);
        sqlite3_reset(m_fastSample);
        if (rc != SQLITE_DONE) {
            m_error = QStringLiteral("cannot store sample: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
            m_errorCode = QString::number(rc);
            rollback();
            return false;
        }
        if (sqlite3_changes(m_sqlite) > 0) {
            ++stats.inserted;
            m_rollup.add(s.service, s.time, s.availability);
        } else {
            ++stats.unchanged;
        }
        return step();
    }
    if (m_pgSamples) {
        m_pgSamples->add(s);
        if (m_pgSamples->isFull() && !flushPostgresSamples())
            return false;
        return step();
    }
    // The hot path of bulk ingest: bound by position, no generic null-text pass.
    static const QString empty = QStringLiteral("");
    m_sample.bindValue(0, s.service.isNull() ? empty : s.service);
    m_sample.bindValue(1, s.time);
    m_sample.bindValue(2, s.source.isNull() ? empty : s.source);
    m_sample.bindValue(3, s.availability);
    m_sample.bindValue(4, optionalDouble(s.latencyMs));
    m_sample.bindValue(5, optionalDouble(s.errorRate));
    m_sample.bindValue(6, int(s.derived));
    if (!m_sample.exec()) {
        m_error = QStringLiteral("cannot store sample: %1").arg(m_sample.lastError().text());
        m_errorCode = m_sample.lastError().nativeErrorCode();
        rollback();
        return false;
    }
    if (m_sample.numRowsAffected() > 0) {
        ++stats.inserted;
        m_rollup.add(s.service, s.time, s.availability);
    } else {
        ++stats.unchanged;
    }
    return step();
}

bool BatchWriter::writeState(const StateChange &s, WriteStats &stats)
{
    if (s.hasRange()
        && !writeRange(QStringLiteral("state"), s.service, s.time, s.source, ServiceStates::toKey(s.state),
            {s.earliest, s.latest, {}, {}, s.rangeNote}))
        return false;
    for (const QVariant &v :
        {QVariant(s.service), QVariant(s.time), QVariant(s.source), QVariant(ServiceStates::toKey(s.state)),
            QVariant(s.rawState), QVariant(s.message), QVariant(int(s.derived))})
        m_state.addBindValue(v);
    return run(m_state, stats, "state change");
}

bool BatchWriter::writeUpdate(const IncidentUpdate &u, WriteStats &stats)
{
    for (const QVariant &v : {QVariant(u.incidentId), QVariant(u.time), QVariant(u.status), QVariant(u.message),
             QVariant(u.services.join(u',')), QVariant(u.source), QVariant(int(u.derived)), QVariant(u.sourceUrl),
             QVariant(u.confidence), u.isPublic ? QVariant(int(*u.isPublic)) : QVariant(QMetaType::fromType<int>())})
        m_update.addBindValue(v);
    return run(m_update, stats, "incident update");
}

bool BatchWriter::writeAnnotation(const Annotation &a, WriteStats &stats)
{
    for (const QVariant &v : {QVariant(a.time), QVariant(a.service), QVariant(a.incidentId), QVariant(a.author),
             QVariant(a.text), QVariant(a.kind)})
        m_annotation.addBindValue(v);
    return run(m_annotation, stats, "annotation");
}

// Scenarios are few and rare: one statement prepared per scenario, upserted on (incident, name).
bool BatchWriter::writeScenario(const Scenario &s, WriteStats &stats)
{
    QSqlQuery query(m_db);
    if (!query.prepare(ScenarioTable::upsertSql())) {
        m_error = QStringLiteral("cannot prepare statement: %1").arg(query.lastError().text());
        rollback();
        return false;
    }
    query.addBindValue(s.incidentId);
    query.addBindValue(s.name);
    query.addBindValue(QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact)));
    return run(query, stats, "scenario");
}

bool BatchWriter::writeReject(const Reject &r, WriteStats &stats)
{
    for (const QVariant &v : {QVariant(r.source), QVariant(r.line), QVariant(r.offset), QVariant(r.field),
             QVariant(r.reason), QVariant(r.raw), QVariant(r.receivedAt)})
        m_reject.addBindValue(v);
    // A reject is bookkeeping, not a record: it is counted apart from inserted rows.
    WriteStats ignored;
    const bool ok = run(m_reject, ignored, "reject");
    stats.rejects += ignored.inserted;
    return ok;
}

// A translation is not a record either: a re-import that brings the same text changes nothing,
// and the counts stay those of the records it translates.
bool BatchWriter::writeTranslation(const TextTranslation &t)
{
    for (const QVariant &v : {QVariant(t.language), QVariant(t.source), QVariant(t.text)})
        m_translation.addBindValue(v);
    WriteStats ignored;
    return run(m_translation, ignored, "translation");
}

bool BatchWriter::write(const FeedBatch &batch, WriteStats &stats)
{
    m_stats = &stats;
    if (!prepare() || !begin())
        return false;
    // Reference data first, so a batch boundary never leaves samples ahead of their service.
    for (const auto &s : batch.services)
        if (!writeService(s, stats))
            return false;
    for (const auto &s : batch.seenServices)
        if (!writeSeenService(s))
            return false;
    for (const auto &d : batch.dependencies)
        if (!writeDependency(d, stats))
            return false;
    for (const auto &i : batch.incidents)
        if (!writeIncident(i, stats))
            return false;
    for (const auto &s : batch.samples)
        if (!writeSample(s, stats))
            return false;
    for (const auto &s : batch.states)
        if (!writeState(s, stats))
            return false;
    for (const auto &u : batch.updates)
        if (!writeUpdate(u, stats))
            return false;
    for (const auto &a : batch.annotations)
        if (!writeAnnotation(a, stats))
            return false;
    for (const auto &s : batch.scenarios)
        if (!writeScenario(s, stats))
            return false;
    if (!batch.userReports.isEmpty() && !writeUserReports(batch.userReports, stats))
        return false;
    for (const auto &t : batch.translations)
        if (!writeTranslation(t))
            return false;
    for (const auto &r : batch.rejects)
        if (!writeReject(r, stats))
            return false;
    return commit();
}
