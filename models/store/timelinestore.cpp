// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/timelinestore.h"

#include "store/overviewchunks.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace {
std::optional<TimeMs> timeOrNull(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<TimeMs>(v.toLongLong());
}
// Binding a null QString gives SQL NULL, and "? = ''" is then never true.
QString nonNull(const QString &text)
{
    return text.isNull() ? QString(u""_qs) : text;
}
QStringList splitList(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(u',');
}
} // namespace

bool TimelineStore::isEmpty() const
{
    QSqlQuery q(database());
    // EXISTS stops at the first row: COUNT(*) would walk every sample of a large store.
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM services) OR EXISTS (SELECT 1 FROM samples) "
                               "OR EXISTS (SELECT 1 FROM state_changes)"))
        || !q.next())
        return true;
    return q.value(0).toLongLong() == 0;
}

QString TimelineStore::meta(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool TimelineStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec() || fail(QStringLiteral("setting %1").arg(key), q);
}

QList<Service> TimelineStore::services() const
{
    QList<Service> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    // Services without a user count last on both engines (their NULLs sort apart otherwise).
    if (!q.exec(QStringLiteral("SELECT key, name, users, colour, note, audience, audience_name, audience_size, "
                               "audience_note, grp FROM services ORDER BY users IS NULL, users DESC, key")))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(),
            q.value(2).isNull() ? std::nullopt : std::optional<qint64>(q.value(2).toLongLong()), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong(),
            q.value(8).toString(), q.value(9).toString()});
    return out;
}

QList<Dependency> TimelineStore::dependencies() const
{
    QList<Dependency> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT service, depends_on, share, note FROM dependencies ORDER BY service, depends_on")))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble(), q.value(3).toString()});
    return out;
}

QList<HealthSample> TimelineStore::samples(const QString &service, TimeMs from, TimeMs to) const
{
    QList<HealthSample> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT service, time, source, availability, latency_ms, error_rate, derived "
                             "FROM samples WHERE (? = '' OR service = ?) AND time >= ? AND time <= ? "
                             "ORDER BY time, service, source"));
    q.addBindValue(nonNull(service));
    q.addBindValue(nonNull(service));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(sampleAt(q));
    return out;
}

HealthSample TimelineStore::sampleAt(const QSqlQuery &q)
{
    HealthSample s;
    s.service = q.value(0).toString();
    s.time = q.value(1).toLongLong();
    s.source = q.value(2).toString();
    s.availability = q.value(3).toDouble();
    if (!q.value(4).isNull())
        s.latencyMs = q.value(4).toDouble();
    if (!q.value(5).isNull())
        s.errorRate = q.value(5).toDouble();
    s.derived = q.value(6).toInt() != 0;
    return s;
}

QList<StateChange> TimelineStore::stateChanges(const QString &service) const
{
    QList<StateChange> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT time, service, state, raw_state, source, message, derived FROM state_changes "
                             "WHERE ? = '' OR service = ? ORDER BY time, service"));
    q.addBindValue(nonNull(service));
    q.addBindValue(nonNull(service));
    if (!q.exec())
        return out;
    while (q.next()) {
        StateChange s;
        s.time = q.value(0).toLongLong();
        s.service = q.value(1).toString();
        s.state = ServiceStates::fromKey(q.value(2).toString()).value_or(ServiceState::Unknown);
        s.rawState = q.value(3).toString();
        s.source = q.value(4).toString();
        s.message = q.value(5).toString();
        s.derived = q.value(6).toInt() != 0;
        out.append(s);
    }
    // Two sources may report one service at the same moment (conflicting sources): order them
    // here, not by SQL, since PostgreSQL's collation and SQLite's byte order sort text apart.
    std::stable_sort(out.begin(), out.end(), [](const StateChange &a, const StateChange &b) {
        return std::tie(a.time, a.service, a.source, a.rawState, a.message)
            < std::tie(b.time, b.service, b.source, b.rawState, b.message);
    });
    return out;
}

QList<Incident> TimelineStore::incidents() const
{
    QList<Incident> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, title, severity, began, detected, mitigated, resolved, time_zone, "
                               "services, source, summary, began_earliest, began_latest, began_note, "
                               "detected_earliest, detected_latest, detected_note, mitigated_earliest, "
                               "mitigated_latest, mitigated_note, resolved_earliest, resolved_latest, resolved_note "
                               "FROM incidents ORDER BY began, id")))
        return out;
    while (q.next()) {
        Incident i;
        i.id = q.value(0).toString();
        i.title = q.value(1).toString();
        i.severity = q.value(2).toString();
        i.began = timeOrNull(q.value(3));
        i.detected = timeOrNull(q.value(4));
        i.mitigated = timeOrNull(q.value(5));
        i.resolved = timeOrNull(q.value(6));
        i.timeZone = q.value(7).toString();
        i.services = splitList(q.value(8).toString());
        i.source = q.value(9).toString();
        i.summary = q.value(10).toString();
        int column = 11;
        for (MilestoneWindow *w : {&i.beganWindow, &i.detectedWindow, &i.mitigatedWindow, &i.resolvedWindow}) {
            w->earliest = timeOrNull(q.value(column++));
            w->latest = timeOrNull(q.value(column++));
            w->note = q.value(column++).toString();
        }
        out.append(i);
    }
    return out;
}

std::optional<Incident> TimelineStore::incident(const QString &id) const
{
    for (const Incident &i : incidents())
        if (i.id == id)
            return i;
    return std::nullopt;
}

QList<IncidentUpdate> TimelineStore::updates(const QString &incidentId) const
{
    QList<IncidentUpdate> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT incident_id, time, status, message, services, source, derived, source_url, "
                             "confidence, is_public FROM incident_updates WHERE ? = '' OR incident_id = ? "
                             "ORDER BY time, incident_id"));
    q.addBindValue(nonNull(incidentId));
    q.addBindValue(nonNull(incidentId));
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
            splitList(q.value(4).toString()), q.value(5).toString(), q.value(6).toInt() != 0, q.value(7).toString(),
            q.value(8).toString(), q.value(9).isNull() ? std::nullopt : std::optional<bool>(q.value(9).toInt() != 0)});
    return out;
}

QList<Annotation> TimelineStore::annotations() const
{
    QList<Annotation> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, time, service, incident_id, author, text, kind FROM annotations "
                               "ORDER BY time, id")))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    return out;
}

QList<Reject> TimelineStore::rejects(int limit) const
{
    QList<Reject> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT source, line, byte_offset, field, reason, raw, received_at FROM rejects "
                             "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong()});
    return out;
}

static qint64 countOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 TimelineStore::rejectCount() const
{
    return countOf(database(), QStringLiteral("SELECT COUNT(*) FROM rejects"));
}

qint64 TimelineStore::sampleCount() const
{
    return countOf(database(), QStringLiteral("SELECT COUNT(*) FROM samples"));
}

qint64 TimelineStore::sampleCountEstimate() const
{
    if (isPostgres()) {
        // The planner's row estimate, kept by autovacuum; -1 until the table was first analysed.
        const qint64 estimate = countOf(database(),
            QStringLiteral(
                "SELECT COALESCE(MAX(reltuples), -1)::BIGINT FROM pg_class WHERE oid = 'samples'::regclass"));
        return estimate >= 0 ? estimate : sampleCount();
    }
    // Rows are never deleted, so the largest rowid is the count without scanning 10 M rows.
    return countOf(database(), QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM samples"));
}

bool TimelineStore::packOverview(qint64 *packed, bool completeOnly)
{
    if (packed)
        *packed = 0;
    if (m_readOnly || !OverviewChunks::available(database()))
        return true;
    // The write lock from the start: a writer that commits between reading a chunk's rows and
    // packing them would otherwise be packed over (SQLite refuses the upgrade instead).
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    QString error;
    if (!OverviewChunks::fill(database(), &error, packed, completeOnly)) {
        m_lastError = QStringLiteral("cannot pack the overview: %1").arg(error);
        QSqlQuery(database()).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (exec(QStringLiteral("COMMIT")))
        return true;
    QSqlQuery(database()).exec(QStringLiteral("ROLLBACK"));
    return false;
}

std::optional<QPair<TimeMs, TimeMs>> TimelineStore::dataRange() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT MIN(t0), MAX(t1) FROM (SELECT MIN(time) AS t0, MAX(time) AS t1 FROM samples "
                               "UNION ALL SELECT MIN(time), MAX(time) FROM state_changes) AS ranges"))
        || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return QPair<TimeMs, TimeMs>(q.value(0).toLongLong(), q.value(1).toLongLong());
}

bool TimelineStore::addAnnotation(Annotation &annotation)
{
    QSqlQuery q(database());
    // RETURNING works on both engines; QPSQL's lastInsertId() is an OID, not the key.
    q.prepare(QStringLiteral("INSERT INTO annotations (time, service, incident_id, author, text, kind) "
                             "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(annotation.time);
    q.addBindValue(nonNull(annotation.service));
    q.addBindValue(nonNull(annotation.incidentId));
    q.addBindValue(nonNull(annotation.author));
    q.addBindValue(annotation.text);
    q.addBindValue(nonNull(annotation.kind));
    if (!q.exec() || !q.next())
        return fail(QStringLiteral("adding the note"), q);
    annotation.id = q.value(0).toLongLong();
    notifyChanged(QStringLiteral("annotation"));
    return true;
}

bool TimelineStore::updateAnnotation(const Annotation &annotation)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE annotations SET time = ?, service = ?, incident_id = ?, author = ?, text = ? "
                             "WHERE id = ?"));
    q.addBindValue(annotation.time);
    q.addBindValue(nonNull(annotation.service));
    q.addBindValue(nonNull(annotation.incidentId));
    q.addBindValue(nonNull(annotation.author));
    q.addBindValue(annotation.text);
    q.addBindValue(annotation.id);
    if (!q.exec())
        return fail(QStringLiteral("changing the note"), q);
    if (q.numRowsAffected() != 1)
        return (m_lastError = QStringLiteral("no note with id %1").arg(annotation.id), false);
    notifyChanged(QStringLiteral("annotation"));
    return true;
}

bool TimelineStore::removeAnnotation(qint64 id)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(QStringLiteral("deleting the note"), q);
    if (q.numRowsAffected() != 1)
        return (m_lastError = QStringLiteral("no note with id %1").arg(id), false);
    notifyChanged(QStringLiteral("annotation"));
    return true;
}
