// SPDX-License-Identifier: GPL-3.0-or-later
// BatchWriter's statements: every SQL statement the writer runs, prepared once per write with
// bound values, apart from the code that binds and runs them.
#include "store/batchwriter.h"

#include "store/postgressamplebuffer.h"
#include "store/userreporttable.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <sqlite3.h>

bool BatchWriter::prepare()
{
    if (m_db.driverName() == u"QPSQL")
        m_pgSamples.emplace(m_db);
    if (m_db.driverName() == u"QSQLITE") {
        const QVariant handle = m_db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_sqlite = *static_cast<sqlite3 *const *>(handle.data());
        if (m_sqlite
            && sqlite3_prepare_v2(m_sqlite,
                   "INSERT INTO samples (service, time, source, availability, latency_ms, error_rate, "
                   "derived) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                   -1, &m_fastSample, nullptr)
                != SQLITE_OK) {
            m_error = QStringLiteral("cannot prepare statement: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
            return false;
        }
    }
    // Upserts only touch a row when something differs, so rowsAffected() tells new or
    // changed rows from re-imports of the same record.
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_service,
            QStringLiteral(
                "INSERT INTO services (key, name, users, colour, note, audience, audience_name, audience_size, "
                "audience_note, grp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET name = excluded.name, users = excluded.users, "
                "colour = excluded.colour, note = excluded.note, audience = excluded.audience, "
                "audience_name = excluded.audience_name, audience_size = excluded.audience_size, "
                "audience_note = excluded.audience_note, grp = excluded.grp "
                "WHERE (services.name, services.users, services.colour, services.note, services.audience, "
                "services.audience_name, services.audience_size, services.audience_note, services.grp) "
                "IS DISTINCT FROM (excluded.name, excluded.users, excluded.colour, excluded.note, "
                "excluded.audience, excluded.audience_name, excluded.audience_size, excluded.audience_note, "
                "excluded.grp)")},
        // A service a feed named: a row only where none is, never a change to what is there.
        {&m_seenService,
            QStringLiteral("INSERT INTO services (key, name, users, grp) VALUES (?, ?, NULL, ?) "
                           "ON CONFLICT (key) DO NOTHING")},
        {&m_dependency,
            QStringLiteral(
                "INSERT INTO dependencies (service, depends_on, share, note) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (service, depends_on) DO UPDATE SET share = excluded.share, note = excluded.note "
                "WHERE dependencies.share IS DISTINCT FROM excluded.share OR dependencies.note IS DISTINCT FROM "
                "excluded.note")},
        {&m_incident,
            QStringLiteral(
                "INSERT INTO incidents (id, title, severity, began, detected, mitigated, resolved, time_zone, "
                "services, source, summary, began_earliest, began_latest, began_note, detected_earliest, "
                "detected_latest, detected_note, mitigated_earliest, mitigated_latest, mitigated_note, "
                "resolved_earliest, resolved_latest, resolved_note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET title = excluded.title, severity = excluded.severity, "
                "began = excluded.began, detected = excluded.detected, mitigated = excluded.mitigated, "
                "resolved = excluded.resolved, time_zone = excluded.time_zone, services = excluded.services, "
                "source = excluded.source, summary = excluded.summary, "
                "began_earliest = excluded.began_earliest, began_latest = excluded.began_latest, "
                "began_note = excluded.began_note, detected_earliest = excluded.detected_earliest, "
                "detected_latest = excluded.detected_latest, detected_note = excluded.detected_note, "
                "mitigated_earliest = excluded.mitigated_earliest, mitigated_latest = excluded.mitigated_latest, "
                "mitigated_note = excluded.mitigated_note, resolved_earliest = excluded.resolved_earliest, "
                "resolved_latest = excluded.resolved_latest, resolved_note = excluded.resolved_note "
                "WHERE (incidents.title, incidents.severity, incidents.began, incidents.detected, incidents.mitigated, "
                "incidents.resolved, incidents.time_zone, incidents.services, incidents.source, incidents.summary, "
                "incidents.began_earliest, incidents.began_latest, incidents.began_note, incidents.detected_earliest, "
                "incidents.detected_latest, incidents.detected_note, incidents.mitigated_earliest, "
                "incidents.mitigated_latest, incidents.mitigated_note, incidents.resolved_earliest, "
                "incidents.resolved_latest, incidents.resolved_note) "
                "IS DISTINCT FROM (excluded.title, excluded.severity, excluded.began, excluded.detected, "
                "excluded.mitigated, excluded.resolved, excluded.time_zone, excluded.services, excluded.source, "
                "excluded.summary, excluded.began_earliest, excluded.began_latest, excluded.began_note, "
                "excluded.detected_earliest, excluded.detected_latest, excluded.detected_note, "
                "excluded.mitigated_earliest, excluded.mitigated_latest, excluded.mitigated_note, "
                "excluded.resolved_earliest, excluded.resolved_latest, excluded.resolved_note)")},
        {&m_sample,
            QStringLiteral("INSERT INTO samples (service, time, source, availability, latency_ms, error_rate, derived) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")},
        {&m_state,
            QStringLiteral("INSERT INTO state_changes (service, time, source, state, raw_state, message, derived) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")},
        {&m_update,
            QStringLiteral(
                "INSERT INTO incident_updates (incident_id, time, status, message, services, source, derived, "
                "source_url, confidence, is_public) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (incident_id, time, status, message) DO UPDATE SET is_public = excluded.is_public "
                "WHERE incident_updates.is_public IS NULL AND excluded.is_public IS NOT NULL")},
        {&m_annotation,
            QStringLiteral("INSERT INTO annotations (time, service, incident_id, author, text, kind) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")},
        {&m_rollupUpsert,
            QStringLiteral(
                "INSERT INTO sample_rollups (service, level, bucket, n, sum, min, max, first_time, first_value, "
                "last_time, last_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (service, level, bucket) "
                "DO UPDATE SET n = sample_rollups.n + excluded.n, sum = sample_rollups.sum + excluded.sum, "
                "min = CASE WHEN excluded.min < sample_rollups.min THEN excluded.min ELSE sample_rollups.min END, "
                "max = CASE WHEN excluded.max > sample_rollups.max THEN excluded.max ELSE sample_rollups.max END, "
                "first_value = CASE WHEN excluded.first_time < sample_rollups.first_time THEN excluded.first_value "
                "ELSE sample_rollups.first_value END, "
                "first_time = CASE WHEN excluded.first_time < sample_rollups.first_time THEN excluded.first_time "
                "ELSE sample_rollups.first_time END, "
                "last_value = CASE WHEN excluded.last_time >= sample_rollups.last_time THEN excluded.last_value "
                "ELSE sample_rollups.last_value END, "
                "last_time = CASE WHEN excluded.last_time >= sample_rollups.last_time THEN excluded.last_time "
                "ELSE sample_rollups.last_time END")},
        {&m_range,
            QStringLiteral("INSERT INTO record_ranges (kind, service, time, source, state, earliest, latest, low, "
                           "high, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")},
        {&m_translation,
            QStringLiteral("INSERT INTO text_translations (lang, source, text) VALUES (?, ?, ?) "
                           "ON CONFLICT (lang, source) DO UPDATE SET text = excluded.text "
                           "WHERE text_translations.text IS DISTINCT FROM excluded.text")},
        {&m_reject,
            QStringLiteral("INSERT INTO rejects (source, line, byte_offset, field, reason, raw, received_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")},
    };
    for (const auto &[query, sql] : statements) {
        if (!query->prepare(sql)) {
            m_error = QStringLiteral("cannot prepare statement: %1").arg(query->lastError().text());
            m_errorCode = query->lastError().nativeErrorCode();
            return false;
        }
    }
    return true;
}

// User reports come a file at a time, far fewer than samples: one statement per batch.
bool BatchWriter::writeUserReports(const QList<UserReportCount> &reports, WriteStats &stats)
{
    QSqlQuery query(m_db);
    if (!query.prepare(UserReportTable::insertSql())) {
        m_error = QStringLiteral("cannot prepare statement: %1").arg(query.lastError().text());
        rollback();
        return false;
    }
    for (const UserReportCount &r : reports) {
        for (const QVariant &v : {QVariant(r.service), QVariant(r.time), QVariant(r.source), QVariant(r.count)})
            query.addBindValue(v);
        if (!run(query, stats, "user report"))
            return false;
    }
    return true;
}
