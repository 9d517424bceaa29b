// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/timelinestore.h"

#include "store/batchwriter.h"
#include "store/overviewchunks.h"
#include "store/rollupreader.h"
#include "store/rolluptable.h"
#include "store/storefault.h"
#include "store/storelocation.h"
#include "store/storemigrations.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QVariant>

// TimelineStore's connection to its engine: opening (SQLite or PostgreSQL), migrations,
// writes with their retries, and change notifications. The queries are in timelinestore.cpp.

namespace {
// Any fixed number will do: it only has to be the same in every outagedash process.
constexpr qint64 kMigrationLock = 0x6f75746167;

// Another program's SQLite file must not get this program's tables (or WAL mode) written into
// it, and a damaged one is worth saying so: empty when the file is ours or new, else why not.
QString foreignOrDamaged(const QSqlDatabase &db, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                               "ORDER BY name")))
        return StoreFaults::damagedDatabase(path, q.lastError().databaseText());
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    if (tables.isEmpty() || tables.contains(QStringLiteral("schema_migrations")))
        return {};
    return StoreFaults::foreignDatabase(path, tables);
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
    m_readOnly = false;
    m_fault = StoreFault::None;
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
            m_fault = StoreFault::Unreachable;
            return false;
        }
        // A text file or a PDF chosen by mistake is said to be one, not reported in SQLite's words.
        if (const QString problem = StoreFaults::notADatabase(path); !problem.isEmpty()) {
            m_lastError = problem;
            m_fault = StoreFault::Other;
            return false;
        }
        // An archived or shared read-only timeline can still be looked at: open it for
        // reading rather than failing on the first pragma that would write.
        if (info.exists() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
            return openSqliteReadOnly(path);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_lastError = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        m_fault = StoreFaults::classify(db.lastError(), false);
        return false;
    }
    if (const QString problem = foreignOrDamaged(db, path); !problem.isEmpty()) {
        db.close();
        m_lastError = problem;
        m_fault = StoreFault::Other;
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

bool TimelineStore::openSqliteReadOnly(const QString &path)
{
    m_readOnly = true;
    // A WAL database in a folder we cannot write has no -shm to share: SQLite can then
    // only read it as immutable, which is what a read-only file is to this process.
    for (const bool immutable : {false, true}) {
        close();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (immutable) {
            db.setDatabaseName(
                QStringLiteral("file:%1?mode=ro&immutable=1")
                    .arg(QString::fromUtf8(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/"))));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!db.open()) {
            m_lastError = QStringLiteral("cannot open %1 (read-only): %2").arg(path, db.lastError().text());
            continue;
        }
        // A WAL file read without its -shm fails like a damaged one: only the immutable
        // reading, the last attempt, can tell.
        if (const QString problem = foreignOrDamaged(db, path); !problem.isEmpty()) {
            m_lastError = problem;
            if (!immutable)
                continue;
            m_fault = StoreFault::Other;
            return false;
        }
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !probe.next()) {
            m_lastError = QStringLiteral("cannot read %1 (read-only): %2").arg(path, probe.lastError().text());
            continue;
        }
        const int version = probe.value(0).toInt();
        if (version != StoreMigrations::latest()) {
            m_lastError = version > StoreMigrations::latest()
                ? QStringLiteral("%1 has schema version %2, newer than this program knows (%3): use a newer outagedash")
                      .arg(path)
                      .arg(version)
                      .arg(StoreMigrations::latest())
                : QStringLiteral("%1 is read-only and was written by an older outagedash (schema %2 of %3): "
                                 "copy it somewhere writable to open it")
                      .arg(path)
                      .arg(version)
                      .arg(StoreMigrations::latest());
            m_fault = StoreFault::ReadOnly;
            return false;
        }
        m_fault = StoreFault::None;
        return true;
    }
    m_fault = StoreFault::Unreachable;
    return false;
}

bool TimelineStore::isHealthy() const
{
    QSqlQuery q(database());
    // PostgreSQL: only whether the server answers; no table is read by this check.
    const QString probe
        = isPostgres() ? QStringLiteral("SELECT 1") : QStringLiteral("SELECT MAX(version) FROM schema_migrations");
    if (isOpen() && q.exec(probe) && q.next())
        return true;
    m_lastError = QStringLiteral("cannot read %1: %2")
                      .arg(m_location, isOpen() ? q.lastError().text().trimmed() : QStringLiteral("not open"));
    m_fault = isOpen() ? StoreFaults::classify(q.lastError(), isPostgres()) : StoreFault::Unreachable;
    if (m_fault == StoreFault::Other && isPostgres())
        m_fault = StoreFault::Unreachable; // whatever broke a trivial query, the server is the problem
    return false;
}

bool TimelineStore::openPostgres(const StoreLocation &where)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_lastError
            = QStringLiteral("cannot open %1: Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)")
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
        m_fault = StoreFaults::classify(db.lastError(), true);
        if (m_fault == StoreFault::Other || m_fault == StoreFault::None)
            m_fault = StoreFault::Unreachable;
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

std::function<std::unique_ptr<RollupSource>()> TimelineStore::rollupSourceOpener() const
{
    return RollupReader::openerFor(database());
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
    setFault(StoreFaults::classify(query.lastError(), isPostgres()),
        QStringLiteral("%1: %2").arg(what, query.lastError().text()));
    return false;
}

void TimelineStore::setFault(StoreFault fault, const QString &error) const
{
    m_fault = fault;
    const QString advice = StoreFaults::advice(fault, m_location);
    m_lastError = error.isEmpty() ? advice : advice.isEmpty() ? error : error + QStringLiteral(" — ") + advice;
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

namespace {
TimelineStore::MigrationNotice &migrationNotice()
{
    static TimelineStore::MigrationNotice notice;
    return notice;
}
} // namespace

void TimelineStore::setMigrationNotice(MigrationNotice notice)
{
    migrationNotice() = std::move(notice);
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
                                     "use a newer outagedash")
                          .arg(m_location)
                          .arg(current)
                          .arg(StoreMigrations::latest());
        return false;
    }
    const bool postgres = db.driverName() == u"QPSQL";
    const QString autoId
        = postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    for (const StoreMigration &m : StoreMigrations::all()) {
        if (m.version <= current || m.version > target)
            continue;
        if (current > 0 && migrationNotice())
            migrationNotice()(m_location, m.version, m.description);
        if (!db.transaction()) {
            m_lastError = QStringLiteral("cannot begin migration %1: %2").arg(m.version).arg(db.lastError().text());
            return false;
        }
        const QStringList statements = postgres && m.sqliteOnly ? QStringList() : m.statements;
        for (QString sql : statements) {
            sql.replace(QStringLiteral("%AUTOID%"), autoId);
            if (!exec(sql)) {
                m_lastError
                    = QStringLiteral("migration %1 (%2) failed: %3").arg(m.version).arg(m.description, m_lastError);
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
        // A store with data gets its overview packed now, in the same transaction.
        if (m.version == 11 && current > 0 && !OverviewChunks::fill(db, &rollupError)) {
            m_lastError = QStringLiteral("migration 11 (packed overview) failed: %1").arg(rollupError);
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
    if (m_readOnly) {
        setFault(StoreFault::ReadOnly, {});
        return false;
    }
    constexpr int kAttempts = 5;
    WriteStats total;
    WriteStats carried; // committed by attempts that failed later
    bool ok = false;
    bool reconnected = false;
    for (int attempt = 1; attempt <= kAttempts; ++attempt) {
        // A connection known to be gone is opened again before the batch goes: the server
        // restarted since the last write, or an earlier reconnect found it still away and left
        // the connection closed. A closed connection fails every statement without a word
        // ("cannot prepare statement: "), which once read as an ordinary error and stopped every
        // later write from reconnecting. Once per write: a server still away is for the caller
        // to wait for (SourceManager backs off), not a reason to spin here.
        if (!isOpen() || (attempt > 1 && m_fault == StoreFault::Unreachable)) {
            if (reconnected || !reconnect())
                break;
            reconnected = true;
        }
        WriteStats run;
        BatchWriter writer(database(), batchSize);
        ok = writer.write(batch, run);
        if (ok) {
            total.inserted = carried.inserted + run.inserted;
            total.unchanged = qMax<qint64>(0, run.unchanged - carried.inserted);
            total.rejects = carried.rejects + run.rejects;
            break;
        }
        StoreFault fault = StoreFaults::classify(writer.lastErrorCode(), writer.lastError(), isPostgres());
        // libpq words a lost connection in many ways, some without a SQLSTATE: whether the
        // server still answers settles it.
        if (isPostgres() && fault == StoreFault::Other && !answers())
            fault = StoreFault::Unreachable;
        setFault(fault, writer.lastError());
        const WriteStats committed = writer.committedStats();
        carried.inserted += committed.inserted;
        carried.rejects += committed.rejects;
        carried.unchanged = committed.unchanged;
        total = carried;
        // Locked on PostgreSQL is a deadlock or serialization failure: the server asks for a retry.
        const bool retry
            = isPostgres() && (m_fault == StoreFault::Locked || (m_fault == StoreFault::Unreachable && !reconnected));
        if (!retry || attempt == kAttempts)
            break;
        if (m_fault == StoreFault::Locked)
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

bool TimelineStore::answers() const
{
    if (!isOpen())
        return false;
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
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

bool TimelineStore::reconnect()
{
    // open() says why the server cannot be reached now ("connection refused"), which is what
    // a caller waiting for it shows; whatever it says, the fault stays one that passes.
    if (!open(m_location)) {
        if (!StoreFaults::isTransient(m_fault))
            m_fault = StoreFault::Unreachable;
        return false;
    }
    if (m_watchContext)
        watchChanges(m_watchContext, m_watchCallback);
    return true;
}

bool TimelineStore::watchChanges(QObject *context, const std::function<void(const QString &)> &changed)
{
    if (!isPostgres())
        return false;
    // Kept so that reconnect() listens again on the new connection.
    m_watchContext = context;
    m_watchCallback = changed;
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
