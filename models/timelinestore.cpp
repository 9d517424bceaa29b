#include "timelinestore.h"

#include "batchwriter.h"
#include "rolluptable.h"
#include "storelocation.h"
#include "storemigrations.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QSqlQuery>
#include <QVariant>

namespace {
// Any fixed number will do: it only has to be the same in every outagedash process.
constexpr qint64 kMigrationLock = 0x6f75746167;

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

TimelineStore::TimelineStore(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

TimelineStore::~TimelineStore()
{
    close();
}

QSqlDatabase TimelineStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool TimelineStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

void TimelineStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool TimelineStore::open(const QString &location)
{
    close();
    StoreLocation where;
    QString error;
    if (!StoreLocation::parse(location, where, &error)) {
        m_location = location;
        m_lastError = error;
        return false;
    }
    m_location = where.display();
    if (where.kind() == StoreLocation::Kind::Postgres)
        return openPostgres(where);
    const QString path = where.path();
    if (path != u":memory:") {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            m_lastError = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_lastError = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        return false;
    }
    // WAL lets the GUI read while the ingest thread writes; NORMAL is durable at each
    // checkpoint and loses at most the last commits on power loss, never consistency.
    if (path != u":memory:" && !exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return false;
    if (!exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return false;
    return migrate();
}

bool TimelineStore::openPostgres(const StoreLocation &where)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_lastError = QStringLiteral("cannot open %1: Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)")
                          .arg(m_location);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(where.host());
    if (where.port() > 0)
        db.setPort(where.port());
    db.setUserName(where.user());
    db.setDatabaseName(where.databaseName());
    // No password is ever set here: libpq takes it from PGPASSWORD or ~/.pgpass.
    QString options = where.connectOptions();
    if (!options.contains(u"connect_timeout="))
        options += (options.isEmpty() ? u""_qs : u";"_qs) + u"connect_timeout=10"_qs;
    if (!options.contains(u"application_name="))
        options += u";application_name=outagedash"_qs;
    db.setConnectOptions(options);
    if (!db.open()) {
        m_lastError = QStringLiteral("cannot open %1: %2").arg(m_location, db.lastError().text().trimmed());
        return false;
    }
    // "already exists, skipping" notices of the idempotent DDL are not worth a line on stderr.
    if (!exec(QStringLiteral("SET client_min_messages TO WARNING")))
        return false;
    // Several hosts may open a new shared database at the same moment: one migrates,
    // the others wait and then find the schema current.
    if (!exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock)))
        return false;
    const bool migrated = migrate();
    const QString migrateError = m_lastError;
    exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
    m_lastError = migrateError;
    return migrated;
}

bool TimelineStore::isPostgres() const
{
    return database().driverName() == u"QPSQL";
}

bool TimelineStore::exec(const QString &sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return fail(sql, q);
    return true;
}

bool TimelineStore::fail(const QString &what, const QSqlQuery &query)
{
    m_lastError = QStringLiteral("%1: %2").arg(what, query.lastError().text());
    return false;
}

QString TimelineStore::engineVersion() const
{
    QSqlQuery q(database());
    if (isPostgres()) {
        if (q.exec(QStringLiteral("SHOW server_version")) && q.next())
            return QStringLiteral("PostgreSQL ") + q.value(0).toString();
    } else if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next()) {
        return QStringLiteral("SQLite ") + q.value(0).toString();
    }
    return database().driverName();
}

int TimelineStore::latestSchemaVersion()
{
    return StoreMigrations::latest();
}

int TimelineStore::schemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool TimelineStore::migrate(int target)
{
    if (target < 0)
        target = StoreMigrations::latest();
    QSqlDatabase db = database();
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                             "description TEXT NOT NULL, applied_at BIGINT NOT NULL)")))
        return false;
    const int current = schemaVersion();
    if (current > StoreMigrations::latest()) {
        m_lastError = QStringLiteral("%1 has schema version %2, newer than this program knows (%3): "
                                     "use a newer outagedash").arg(m_location).arg(current).arg(StoreMigrations::latest());
        return false;
    }
    const bool postgres = db.driverName() == u"QPSQL";
    const QString autoId = postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                    : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    for (const StoreMigration &m : StoreMigrations::all()) {
        if (m.version <= current || m.version > target)
            continue;
        if (!db.transaction()) {
            m_lastError = QStringLiteral("cannot begin migration %1: %2").arg(m.version).arg(db.lastError().text());
            return false;
        }
        for (QString sql : m.statements) {
            sql.replace(QStringLiteral("%AUTOID%"), autoId);
            if (!exec(sql)) {
                m_lastError = QStringLiteral("migration %1 (%2) failed: %3").arg(m.version).arg(m.description, m_lastError);
                db.rollback();
                return false;
            }
        }
        // Samples stored before rollups existed get theirs now, in the same transaction.
        QString rollupError;
        if (m.version == 3 && current > 0 && !RollupTable::rebuild(db, &rollupError)) {
            m_lastError = QStringLiteral("migration 3 (rollups) failed: %1").arg(rollupError);
            db.rollback();
            return false;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(m.description);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec() || !db.commit()) {
            fail(QStringLiteral("recording migration %1").arg(m.version), q);
            db.rollback();
            return false;
        }
    }
    return true;
}

bool TimelineStore::write(const FeedBatch &batch, WriteStats *stats, int batchSize)
{
    // Two PostgreSQL writers taking the same rows in a different order can deadlock, and
    // the server then aborts one of them. Every write is idempotent on natural keys, so
    // the loser simply writes the batch again: what it committed before is found unchanged.
    constexpr int kAttempts = 5;
    WriteStats total;
    WriteStats carried;   // committed by attempts that failed later
    bool ok = false;
    for (int attempt = 1; attempt <= kAttempts; ++attempt) {
        WriteStats run;
        BatchWriter writer(database(), batchSize);
        ok = writer.write(batch, run);
        if (ok) {
            total.inserted = carried.inserted + run.inserted;
            total.unchanged = qMax<qint64>(0, run.unchanged - carried.inserted);
            total.rejects = carried.rejects + run.rejects;
            break;
        }
        m_lastError = writer.lastError();
        const WriteStats committed = writer.committedStats();
        carried.inserted += committed.inserted;
        carried.rejects += committed.rejects;
        carried.unchanged = committed.unchanged;
        total = carried;
        if (!isPostgres() || !isTransient(writer.lastErrorCode()) || attempt == kAttempts)
            break;
        QThread::msleep(20 * attempt);
    }
    if (total.inserted > 0 || total.rejects > 0)
        notifyChanged(QStringLiteral("%1 new, %2 rejected").arg(total.inserted).arg(total.rejects));
    if (stats) {
        stats->inserted += total.inserted;
        stats->unchanged += total.unchanged;
        stats->rejects += total.rejects;
    }
    return ok;
}

bool TimelineStore::isTransient(const QString &sqlState)
{
    // serialization_failure and deadlock_detected: the server asks the client to retry.
    return sqlState == u"40001" || sqlState == u"40P01";
}

void TimelineStore::notifyChanged(const QString &what)
{
    if (!isPostgres())
        return;
    // pg_notify() takes bound values, unlike NOTIFY; delivered when this transaction ends.
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(changeChannel());
    q.addBindValue(what);
    q.exec();
}

QString TimelineStore::changeChannel()
{
    return QStringLiteral("outagedash_timeline");
}

bool TimelineStore::watchChanges(QObject *context, const std::function<void(const QString &)> &changed)
{
    if (!isPostgres())
        return false;
    QSqlDriver *driver = database().driver();
    if (!driver->subscribeToNotification(changeChannel())) {
        m_lastError = QStringLiteral("cannot listen for changes: %1").arg(driver->lastError().text());
        return false;
    }
    QObject::connect(driver, &QSqlDriver::notification, context,
                     [changed](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                         if (name == changeChannel())
                             changed(payload.toString());
                     });
    return true;
}

bool TimelineStore::isEmpty() const
{
    QSqlQuery q(database());
    // EXISTS stops at the first row: COUNT(*) would walk every sample of a large store.
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM services) OR EXISTS (SELECT 1 FROM samples) "
                               "OR EXISTS (SELECT 1 FROM state_changes)")) || !q.next())
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
    if (!q.exec(QStringLiteral("SELECT key, name, users, colour, note FROM services ORDER BY users DESC, key")))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                    q.value(3).toString(), q.value(4).toString()});
    return out;
}

QList<Dependency> TimelineStore::dependencies() const
{
    QList<Dependency> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT service, depends_on, share, note FROM dependencies ORDER BY service, depends_on")))
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
    while (q.next()) {
        HealthSample s;
        s.service = q.value(0).toString();
        s.time = q.value(1).toLongLong();
        s.source = q.value(2).toString();
        s.availability = q.value(3).toDouble();
        if (!q.value(4).isNull()) s.latencyMs = q.value(4).toDouble();
        if (!q.value(5).isNull()) s.errorRate = q.value(5).toDouble();
        s.derived = q.value(6).toInt() != 0;
        out.append(s);
    }
    return out;
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
    return out;
}

QList<Incident> TimelineStore::incidents() const
{
    QList<Incident> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, title, severity, began, detected, mitigated, resolved, time_zone, "
                               "services, source, summary FROM incidents ORDER BY began, id")))
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
    q.prepare(QStringLiteral("SELECT incident_id, time, status, message, services, source, derived "
                             "FROM incident_updates WHERE ? = '' OR incident_id = ? ORDER BY time, incident_id"));
    q.addBindValue(nonNull(incidentId));
    q.addBindValue(nonNull(incidentId));
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    splitList(q.value(4).toString()), q.value(5).toString(), q.value(6).toInt() != 0});
    return out;
}

QList<Annotation> TimelineStore::annotations() const
{
    QList<Annotation> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, time, service, incident_id, author, text FROM annotations ORDER BY time, id")))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString()});
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
        const qint64 estimate = countOf(database(), QStringLiteral(
            "SELECT COALESCE(MAX(reltuples), -1)::BIGINT FROM pg_class WHERE oid = 'samples'::regclass"));
        return estimate >= 0 ? estimate : sampleCount();
    }
    // Rows are never deleted, so the largest rowid is the count without scanning 10 M rows.
    return countOf(database(), QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM samples"));
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
    q.prepare(QStringLiteral("INSERT INTO annotations (time, service, incident_id, author, text) VALUES (?, ?, ?, ?, ?) "
                             "RETURNING id"));
    q.addBindValue(annotation.time);
    q.addBindValue(nonNull(annotation.service));
    q.addBindValue(nonNull(annotation.incidentId));
    q.addBindValue(nonNull(annotation.author));
    q.addBindValue(annotation.text);
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
