// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feedbatch.h"
#include "domain/rollupsource.h"
#include "domain/timelinesnapshot.h"
#include "store/storefault.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QObject;

struct WriteStats {
    qint64 inserted = 0; // new rows
    qint64 unchanged = 0; // already present under their natural key
    qint64 rejects = 0; // rejects recorded
};

// The incident timeline in SQL. One instance per thread: each opens its own named
// connection, so the ingest worker and the GUI never share one. Every statement is
// prepared with bound values. Natural keys make every write idempotent.
class TimelineStore final {
public:
    // connectionName must be unique per live instance (e.g. "gui", "ingest").
    explicit TimelineStore(const QString &connectionName);
    ~TimelineStore();
    TimelineStore(const TimelineStore &) = delete;
    TimelineStore &operator=(const TimelineStore &) = delete;

    // 'location' is a file path, ":memory:", "sqlite:PATH" or "postgresql://user@host:port/db"
    // (see StoreLocation: the password comes from PGPASSWORD or ~/.pgpass).
    bool open(const QString &location);
    bool isPostgres() const;
    void close();
    bool isOpen() const;
    QString location() const { return m_location; }
    QString lastError() const { return m_lastError; }
    // What kind of trouble the last failure was (see StoreFault): callers retry Locked and
    // Unreachable, and tell the user what to do about the others.
    StoreFault lastFault() const { return m_fault; }
    // Opened for reading only (the file or its folder is not writable): writes fail at once.
    bool isReadOnly() const { return m_readOnly; }
    // A trivial read: false (with lastError and lastFault) when the store cannot be read now.
    bool isHealthy() const;

    int schemaVersion() const;
    QString engineVersion() const; // e.g. "SQLite 3.40.1"
    static int latestSchemaVersion();
    // Packs the overview's bucket averages that writes have left as rows only (OverviewChunks):
    // after an import, so that opening, summary and report read them packed. Work only for what
    // changed since the last time; a no-op on PostgreSQL. 'packed' (optional): chunks written.
    // 'completeOnly' leaves each service's latest chunk of a level (what a live feed still adds to).
    bool packOverview(qint64 *packed = nullptr, bool completeOnly = false);
    // Brings the schema to 'target' (default: latest), one migration per transaction.
    bool migrate(int target = -1);
    // Told, on the thread that opens the store, before each migration of a store that already
    // holds a schema: some rebuild a table, and on a large store that takes a while (migration
    // 10 on a 100 M-sample store: 42 s), so the program can say what is happening. One for
    // the whole process; empty (the default) tells nobody.
    using MigrationNotice = std::function<void(const QString &location, int version, const QString &description)>;
    static void setMigrationNotice(MigrationNotice notice);

    // Writes the whole batch. Records go in transactions of 'batchSize' rows; if one
    // fails, that transaction is rolled back, earlier ones stay, and false is returned.
    bool write(const FeedBatch &batch, WriteStats *stats = nullptr, int batchSize = 10000);

    bool isEmpty() const; // no services, samples or states
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

    QList<Service> services() const;
    QList<Dependency> dependencies() const;
    QList<HealthSample> samples(const QString &service = {}, TimeMs from = std::numeric_limits<TimeMs>::min(),
        TimeMs to = std::numeric_limits<TimeMs>::max()) const;
    // The current row of a query selecting service, time, source, availability, latency_ms,
    // error_rate, derived (in that order) as a sample.
    static HealthSample sampleAt(const class QSqlQuery &query);
    QList<StateChange> stateChanges(const QString &service = {}) const;
    QList<Incident> incidents() const;
    // A feed's own translations into one language (source text → text); snapshot() applies them.
    QHash<QString, QString> translations(const QString &language) const;
    std::optional<Incident> incident(const QString &id) const;
    QList<IncidentUpdate> updates(const QString &incidentId = {}) const;
    QList<Annotation> annotations() const;
    QList<Reject> rejects(int limit = 1000) const;
    qint64 rejectCount() const;
    qint64 sampleCount() const;
    qint64 sampleCountEstimate() const; // O(log n): for choosing raw rows or rollups
    std::optional<QPair<TimeMs, TimeMs>> dataRange() const;

    bool addAnnotation(Annotation &annotation); // sets annotation.id
    bool updateAnnotation(const Annotation &annotation);
    bool removeAnnotation(qint64 id);

    // What-if scenarios of an incident, by name (defined in scenariotable.cpp).
    QList<struct Scenario> scenarios(const QString &incidentId) const;
    // Upsert on (incident, name); a rename names the old scenario in 'replacing', which goes
    // in the same transaction, so a failure leaves neither half done.
    bool saveScenario(const struct Scenario &scenario, const QString &replacing = {});
    bool removeScenario(const QString &incidentId, const QString &name);

    // Replaces the services and dependencies with these, in one transaction (timelinestorecatalogue.cpp).
    // A stored service missing from 'services' is removed, unless samples or states name it: then
    // nothing is saved, 'stillUsed' lists those keys and false is returned.
    bool saveCatalogue(
        const QList<Service> &services, const QList<Dependency> &dependencies, QStringList *stillUsed = nullptr);
    // Adds or updates these services and replaces only their own dependency lists with the
    // given ones, in one transaction; services not named are left as they are.
    bool upsertServices(const QList<Service> &services, const QList<Dependency> &dependencies);

    // Live and polled sources: their configuration and what they last reported.
    QList<FeedSource> feedSources() const;
    bool saveFeedSource(const FeedSource &source);

    // What the series provider reads through (SQLite's C API, else QtSql): use it on this
    // store's thread, and drop it before the store closes.
    std::unique_ptr<RollupSource> rollupSource() const;
    // Opens such a reader with a connection of its own on the thread that calls it, for reading
    // off the GUI thread (ImpactSeriesProvider); empty for a store that cannot be opened twice.
    std::function<std::unique_ptr<RollupSource>()> rollupSourceOpener() const;

    // Which sample times [first, second] a reader needs, asked once everything else is read (the
    // samples, their sources and serviceSource not yet); nullopt: all of them.
    using SampleSpan = std::function<std::optional<QPair<TimeMs, TimeMs>>(const TimelineSnapshot &)>;
    // Everything the views need, read in one go (timelinestoresnapshot.cpp). With 'span', a store
    // too large to load reads its overview only there, with each service's last bucket before the
    // span and first after it (what one incident's figures need: summary and report), service
    // after service, each in time order; a smaller store reads every sample either way. The
    // level, serviceSource and everything else are the whole snapshot's.
    TimelineSnapshot snapshot(const SampleSpan &span = {}) const;

    // PostgreSQL: every write that changed something notifies this channel, so that
    // every open dashboard on any host reloads. 'changed' runs in context's thread
    // (which must be this connection's). Returns false on SQLite, which has no such thing.
    bool watchChanges(QObject *context, const std::function<void(const QString &payload)> &changed);
    // Opens the same location again (and listens again if watched): after a lost connection.
    // On failure lastError says why (e.g. "connection refused") and lastFault is transient.
    bool reconnect();
    static QString changeChannel();

private:
    // The connection stays inside the store: the copier (a store class) and the test suites'
    // access class are the only ones given it.
    friend class StoreCopier;
    friend class TimelineStoreTestAccess;
    QSqlDatabase database() const;
    bool writeServices(QSqlDatabase &db, const QList<Service> &services, const QList<Dependency> &dependencies);
    // A catalogue write's transaction: begun, or the fault recorded; committed with the change
    // announced, or rolled back with the fault recorded.
    bool beginCatalogueWrite(QSqlDatabase &db);
    bool commitCatalogueWrite(QSqlDatabase &db);

    bool exec(const QString &sql);
    bool fail(const QString &what, const class QSqlQuery &query);
    // Whether the server answers a trivial query now; touches neither lastError nor lastFault.
    bool answers() const;
    bool openPostgres(const class StoreLocation &where);
    void notifyChanged(const QString &what);
    bool openSqliteReadOnly(const QString &path);
    // Sets lastFault() and lastError(): 'error', then what the fault means for the data.
    void setFault(StoreFault fault, const QString &error) const;

    QString m_connectionName;
    QString m_location;
    mutable QString m_lastError;
    mutable StoreFault m_fault = StoreFault::None;
    bool m_readOnly = false;
    QPointer<QObject> m_watchContext;
    std::function<void(const QString &)> m_watchCallback;
};
