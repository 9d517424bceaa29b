// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/demodataset.h"
#include "store/rolluptable.h"
#include "store/storelocation.h"
#include "store/timelinestore.h"
#include "timelinestoretestaccess.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TstTimelineStore : public QObject {
    Q_OBJECT

private:
    // The same suite runs on SQLite and, under tests/pg/with_postgres.sh, on a real
    // PostgreSQL server: OUTAGEDASH_TEST_PG then names an empty scratch database.
    static QString postgres() { return qEnvironmentVariable("OUTAGEDASH_TEST_PG"); }
    static QString scratch()
    {
        if (postgres().isEmpty())
            return QStringLiteral(":memory:");
        StoreLocation where;
        if (!StoreLocation::parse(postgres(), where, nullptr))
            qFatal("OUTAGEDASH_TEST_PG is not a PostgreSQL location");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("reset"));
            db.setHostName(where.host());
            db.setPort(where.port());
            db.setUserName(where.user());
            db.setDatabaseName(where.databaseName());
            if (!db.open())
                qFatal("cannot reach the test server: %s", qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
            if (!q.exec(QStringLiteral("DROP SCHEMA public CASCADE"))
                || !q.exec(QStringLiteral("CREATE SCHEMA public")))
                qFatal("cannot reset the test database: %s", qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reset"));
        return postgres();
    }
    // Makes the next insert of a sample at 'time' fail, as a full disk or a broken
    // constraint would, in the dialect of the store's engine.
    static bool failInsertsAt(TimelineStore &store, qint64 time)
    {
        QSqlQuery q(TimelineStoreTestAccess::database(store));
        if (store.isPostgres())
            return q.exec(QStringLiteral("CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                         "IF NEW.time = %1 THEN RAISE EXCEPTION 'disk on fire'; END IF; "
                                         "RETURN NEW; END $$")
                              .arg(time))
                && q.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON samples FOR EACH ROW "
                                         "EXECUTE FUNCTION boom()"));
        return q.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON samples WHEN NEW.time = %1 "
                                     "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
                          .arg(time));
    }
    static qint64 count(TimelineStore &store, const QString &table)
    {
        QSqlQuery q(TimelineStoreTestAccess::database(store));
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    static FeedBatch sampleBatch()
    {
        FeedBatch b;
        b.services.append({QStringLiteral("login"), QStringLiteral("Login"), 1000, QStringLiteral("#112233"),
            QStringLiteral("note ' \"; DROP TABLE services; --")});
        b.services.append({QStringLiteral("chat"), QStringLiteral("채팅"), 500, {}, {}});
        b.dependencies.append({QStringLiteral("chat"), QStringLiteral("login"), 0.3, QStringLiteral("new sessions")});
        HealthSample s;
        s.time = 1000;
        s.service = QStringLiteral("login");
        s.source = QStringLiteral("probe");
        s.availability = 0.25;
        s.latencyMs = 120.5;
        s.derived = true;
        b.samples.append(s);
        s.time = 2000;
        s.latencyMs.reset();
        s.errorRate = 0.5;
        s.derived = false;
        b.samples.append(s);
        b.states.append({1500, QStringLiteral("chat"), ServiceState::PartialOutage, QStringLiteral("partial_outage"),
            QStringLiteral("status"), QStringLiteral("<b>half</b> down"), false});
        Incident i;
        i.id = QStringLiteral("inc-1");
        i.title = QStringLiteral("Fire");
        i.severity = QStringLiteral("critical");
        i.began = 900;
        i.resolved = 5000;
        i.timeZone = QStringLiteral("Asia/Seoul");
        i.services = {QStringLiteral("login"), QStringLiteral("chat")};
        i.summary = QStringLiteral("summary");
        b.incidents.append(i);
        b.updates.append({QStringLiteral("inc-1"), 950, QStringLiteral("investigating"), QStringLiteral("looking"),
            {QStringLiteral("login")}, QStringLiteral("status"), false});
        b.annotations.append(
            {0, 1200, QStringLiteral("login"), QStringLiteral("inc-1"), QStringLiteral("rev"), QStringLiteral("note")});
        b.rejects.append({QStringLiteral("f.ndjson"), 7, 120, QStringLiteral("time"), QStringLiteral("bad time"),
            QStringLiteral("{...}"), 99});
        return b;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsLatestSchemaWithWal()
    {
        if (!postgres().isEmpty()) {
            TimelineStore store(QStringLiteral("pg"));
            QVERIFY2(store.open(scratch()), qPrintable(store.lastError()));
            QVERIFY(store.isPostgres());
            QCOMPARE(store.schemaVersion(), TimelineStore::latestSchemaVersion());
            QVERIFY2(
                store.engineVersion().startsWith(QStringLiteral("PostgreSQL 15")), qPrintable(store.engineVersion()));
            QVERIFY(store.isEmpty());
            // A second host opening the same database finds the schema current.
            TimelineStore again(QStringLiteral("pg2"));
            QVERIFY2(again.open(postgres()), qPrintable(again.lastError()));
            QCOMPARE(again.schemaVersion(), TimelineStore::latestSchemaVersion());
            return;
        }
        QTemporaryDir dir;
        TimelineStore store(QStringLiteral("wal"));
        QVERIFY2(store.open(dir.filePath(QStringLiteral("sub/t.sqlite"))), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), TimelineStore::latestSchemaVersion());
        QSqlQuery q(TimelineStoreTestAccess::database(store));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(store.isEmpty());
    }

    void migratesFromAnOlderVersionKeepingData()
    {
        if (!postgres().isEmpty())
            QSKIP("older schema versions were only ever released on SQLite files");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            // open() migrates to the latest; to get a version-1 file, migrate a bare connection to 1 only.
            TimelineStore v1(QStringLiteral("v1store"));
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1store"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY2(v1.migrate(1), qPrintable(v1.lastError()));
            QCOMPARE(v1.schemaVersion(), 1);
            // Rows as version 1 stored them (today's writer also keeps rollups, which v1 lacks).
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO services (key, name, users) VALUES ('login', 'Login', 1000), "
                                          "('chat', 'Chat', 500)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO samples (service, time, source, availability) VALUES "
                                          "('login', 1000, 'probe', 0.25), ('login', 2000, 'probe', 0.25)")));
            QVERIFY(!q.exec(QStringLiteral("SELECT COUNT(*) FROM feed_sources"))); // not there yet in v1
        }
        TimelineStore store(QStringLiteral("upgraded"));
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), TimelineStore::latestSchemaVersion());
        QCOMPARE(count(store, QStringLiteral("feed_sources")), 0);
        // Samples from before rollups existed got theirs during the upgrade.
        const QList<RollupBucket> day
            = RollupTable::read(TimelineStoreTestAccess::database(store), QStringLiteral("login"), 86400, 0, 10000);
        QCOMPARE(day.size(), 1);
        QCOMPARE(day.first().count, 2);
        QCOMPARE(store.services().size(), 2);
        QCOMPARE(store.samples().size(), 2);
    }

    // Migrations 10 and 11 rebuild the rollups keyed by (service, level, bucket) alone and pack
    // their averages (#23): every row and every column comes through, and no rowid is left.
    void rollupsMoveIntoKeyOrderKeepingEveryRow()
    {
        if (!postgres().isEmpty())
            QSKIP("migration 10 changes SQLite's storage only");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v9.sqlite"));
        const QString rows = QStringLiteral("SELECT service, level, bucket, n, sum, min, max, first_time, "
                                            "first_value, last_time, last_value FROM sample_rollups "
                                            "ORDER BY service, level, bucket");
        const auto read = [&rows](const QSqlDatabase &db) {
            QStringList out;
            QSqlQuery q(db);
            if (!q.exec(rows))
                return QStringList {q.lastError().text()};
            while (q.next()) {
                QStringList row;
                for (int c = 0; c < 11; ++c)
                    row << q.value(c).toString();
                out << row.join(u'|');
            }
            return out;
        };
        QStringList before;
        {
            TimelineStore v9(QStringLiteral("v9store"));
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v9store"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY2(v9.migrate(9), qPrintable(v9.lastError()));
            // Rows as version 9 stored them: today's writer also keeps the packed overview, which
            // version 9 lacks, so the samples go in as SQL and their rollups are built from them.
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO samples (service, time, source, availability) VALUES "
                                          "('login', 1000, 'probe', 0.25), ('login', 2000, 'probe', 0.25)")));
            QString error;
            QVERIFY2(RollupTable::rebuild(db, &error), qPrintable(error));
            before = read(db);
            QCOMPARE(before.size(), 5); // one bucket at each of the five levels
            QVERIFY(q.exec(QStringLiteral("SELECT rowid FROM sample_rollups"))); // a rowid table still
        }
        TimelineStore store(QStringLiteral("v10"));
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), TimelineStore::latestSchemaVersion());
        QCOMPARE(read(TimelineStoreTestAccess::database(store)), before);
        QSqlQuery q(TimelineStoreTestAccess::database(store));
        QVERIFY(!q.exec(QStringLiteral("SELECT rowid FROM sample_rollups")));
        // Migration 11 packed the overview's averages: one chunk at each of the five levels.
        QCOMPARE(count(store, QStringLiteral("rollup_overview")), 5);
        // And it goes on taking rows as before.
        FeedBatch more;
        more.samples.append({15000, QStringLiteral("login"), QStringLiteral("probe"), 0.5, {}, {}, false});
        QVERIFY2(store.write(more), qPrintable(store.lastError()));
        QCOMPARE(read(TimelineStoreTestAccess::database(store)).size(), before.size() + 1); // a new 10 s bucket
        // The sample changed a bucket at every level: no chunk holds any more, the rows are read.
        QCOMPARE(count(store, QStringLiteral("rollup_overview")), 0);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = postgres().isEmpty() ? dir.filePath(QStringLiteral("new.sqlite")) : scratch();
        {
            TimelineStore store(QStringLiteral("n1"));
            QVERIFY(store.open(path));
            QSqlQuery q(TimelineStoreTestAccess::database(store));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (99, 'future', 0)")));
        }
        TimelineStore store(QStringLiteral("n2"));
        QVERIFY(!store.open(path));
        QVERIFY2(store.lastError().contains(QStringLiteral("newer")), qPrintable(store.lastError()));
    }

    void roundTripsEveryRecordType()
    {
        TimelineStore store(QStringLiteral("rt"));
        QVERIFY(store.open(scratch()));
        const FeedBatch in = sampleBatch();
        WriteStats stats;
        QVERIFY2(store.write(in, &stats), qPrintable(store.lastError()));
        QCOMPARE(stats.inserted, in.recordCount());
        QCOMPARE(stats.rejects, 1);
        QCOMPARE(store.services().size(), 2);
        QCOMPARE(store.services().first(), in.services.first()); // ordered by users desc
        QCOMPARE(store.services().last().name, QStringLiteral("채팅"));
        QCOMPARE(store.dependencies(), in.dependencies);
        QCOMPARE(store.samples(), in.samples);
        QCOMPARE(store.samples(QStringLiteral("login"), 1500, 3000).size(), 1);
        QCOMPARE(store.stateChanges(), in.states);
        QCOMPARE(store.incidents().size(), 1);
        QCOMPARE(store.incidents().first(), in.incidents.first());
        QCOMPARE(store.updates(QStringLiteral("inc-1")), in.updates);
        QCOMPARE(store.annotations().size(), 1);
        QCOMPARE(store.annotations().first().text, QStringLiteral("note"));
        QCOMPARE(store.rejects().size(), 1);
        QCOMPARE(store.rejects().first(), in.rejects.first());
        QCOMPARE(store.rejectCount(), 1);
        const auto range = store.dataRange();
        QVERIFY(range);
        QCOMPARE(range->first, 1000);
        QCOMPARE(range->second, 2000);
    }

    // The snapshot every view reads speaks the interface's language where the feed gave one; the
    // catalogue (what the services editor saves) keeps the feed's own words.
    void snapshotUsesTheFeedsTranslations()
    {
        TimelineStore store(QStringLiteral("tr"));
        QVERIFY(store.open(scratch()));
        FeedBatch in = sampleBatch();
        const QString english = in.incidents.first().title;
        in.translations = {{u"ko"_qs, english, u"판교 화재"_qs}, {u"ko"_qs, u"note"_qs, u"메모"_qs},
            {u"ja"_qs, english, u"板橋の火災"_qs}};
        WriteStats stats;
        QVERIFY2(store.write(in, &stats), qPrintable(store.lastError()));
        QCOMPARE(stats.inserted, in.recordCount()); // translations are not counted as records
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        const TimelineSnapshot ko = store.snapshot();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const TimelineSnapshot en = store.snapshot();
        QLocale::setDefault(before);
        QCOMPARE(ko.incidents.first().title, u"판교 화재"_qs);
        QCOMPARE(ko.annotations.first().text, u"메모"_qs);
        QCOMPARE(en.incidents.first().title, english);
        QCOMPARE(en.annotations.first().text, u"note"_qs);
        QCOMPARE(store.incidents().first().title, english);
        // The same translation again changes nothing; a new wording replaces the old one.
        QVERIFY(store.write(in, &stats));
        in.translations = {{u"ko"_qs, english, u"판교 데이터센터 화재"_qs}};
        QVERIFY(store.write(in, &stats));
        QCOMPARE(count(store, u"text_translations"_qs), 3);
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        QCOMPARE(store.snapshot().incidents.first().title, u"판교 데이터센터 화재"_qs);
        QLocale::setDefault(before);
    }

    void reimportAddsNothing()
    {
        TimelineStore store(QStringLiteral("idem"));
        QVERIFY(store.open(scratch()));
        QVERIFY(DemoDataset::load(store));
        const QStringList tables
            = {QStringLiteral("services"), QStringLiteral("dependencies"), QStringLiteral("samples"),
                QStringLiteral("state_changes"), QStringLiteral("incidents"), QStringLiteral("incident_updates"),
                QStringLiteral("annotations"), QStringLiteral("rejects"), QStringLiteral("text_translations")};
        QList<qint64> before;
        for (const QString &t : tables)
            before.append(count(store, t));
        QVERIFY(before.at(2) > 0);
        QVERIFY(before.last() >= 90); // the demo's Korean texts, one row per distinct English text
        QVERIFY(DemoDataset::load(store));
        for (int i = 0; i < tables.size(); ++i)
            QCOMPARE(count(store, tables[i]), before[i]);
        WriteStats stats;
        QVERIFY(store.write(sampleBatch(), &stats));
        QVERIFY(store.write(sampleBatch(), &stats));
        QCOMPARE(stats.inserted, sampleBatch().recordCount()); // only the first of the two writes added rows
        QCOMPARE(stats.unchanged, sampleBatch().recordCount());
        QCOMPARE(stats.rejects, 1);
    }

    void changedServiceIsUpdatedNotDoubled()
    {
        TimelineStore store(QStringLiteral("upd"));
        QVERIFY(store.open(scratch()));
        FeedBatch b;
        b.services.append({QStringLiteral("mail"), QStringLiteral("Mail"), 10, {}, {}});
        QVERIFY(store.write(b));
        b.services.first().users = 20;
        WriteStats stats;
        QVERIFY(store.write(b, &stats));
        QCOMPARE(stats.inserted, 1);
        QCOMPARE(store.services().size(), 1);
        QCOMPARE(store.services().first().users, std::optional<qint64>(20));
    }

    void failedBatchIsRolledBackWholeAndEarlierBatchesStay()
    {
        TimelineStore store(QStringLiteral("fail"));
        QVERIFY(store.open(scratch()));
        QVERIFY(failInsertsAt(store, 15));
        FeedBatch b;
        for (int t = 0; t < 25; ++t)
            b.samples.append({qint64(t), QStringLiteral("svc"), QStringLiteral("src"), 1.0, {}, {}, false});
        QVERIFY(!store.write(b, nullptr, 10));
        QVERIFY2(store.lastError().contains(QStringLiteral("disk on fire")), qPrintable(store.lastError()));
        // Rows 0..9 were committed as the first batch; 10..14 went with the failing one.
        QCOMPARE(store.sampleCount(), 10);
    }

    void rollupsFollowInsertsOnlyOnce()
    {
        TimelineStore store(QStringLiteral("rollups"));
        QVERIFY(store.open(scratch()));
        FeedBatch b;
        // 0..119 s at 1 Hz: availability drops to 0 between 30 s and 39 s.
        for (int t = 0; t < 120; ++t)
            b.samples.append({qint64(t) * 1000, QStringLiteral("svc"), QStringLiteral("src"),
                (t >= 30 && t < 40) ? 0.0 : 1.0, {}, {}, false});
        QVERIFY(store.write(b, nullptr, 25)); // several transactions
        QVERIFY(store.write(b)); // a re-import adds nothing to the rollups either
        const QList<RollupBucket> minutes
            = RollupTable::read(TimelineStoreTestAccess::database(store), QStringLiteral("svc"), 60, 0, 200000);
        QCOMPARE(minutes.size(), 2);
        QCOMPARE(minutes[0].count, 60);
        QCOMPARE(minutes[0].sum, 50.0);
        QCOMPARE(minutes[0].min, 0.0);
        QCOMPARE(minutes[0].max, 1.0);
        QCOMPARE(minutes[0].firstTime, 0);
        QCOMPARE(minutes[0].lastTime, 59000);
        QCOMPARE(minutes[1].count, 60);
        QCOMPARE(minutes[1].average(), 1.0);
        const QList<RollupBucket> tens
            = RollupTable::read(TimelineStoreTestAccess::database(store), QStringLiteral("svc"), 10, 30000, 39999);
        QCOMPARE(tens.size(), 1);
        QCOMPARE(tens.first().max, 0.0);
        // Rebuilding from the samples gives the same buckets as keeping them current on ingest.
        QString error;
        QVERIFY2(RollupTable::rebuild(TimelineStoreTestAccess::database(store), &error), qPrintable(error));
        const QList<RollupBucket> rebuilt
            = RollupTable::read(TimelineStoreTestAccess::database(store), QStringLiteral("svc"), 60, 0, 200000);
        QCOMPARE(rebuilt.size(), 2);
        QCOMPARE(rebuilt[0].sum, minutes[0].sum);
        QCOMPARE(rebuilt[0].lastValue, minutes[0].lastValue);
    }

    void rolledBackSamplesLeaveNoRollups()
    {
        TimelineStore store(QStringLiteral("rollback-rollups"));
        QVERIFY(store.open(scratch()));
        QVERIFY(failInsertsAt(store, 15000));
        FeedBatch b;
        for (int t = 0; t < 25; ++t)
            b.samples.append({qint64(t) * 1000, QStringLiteral("svc"), QStringLiteral("src"), 1.0, {}, {}, false});
        QVERIFY(!store.write(b, nullptr, 10));
        const QList<RollupBucket> minutes
            = RollupTable::read(TimelineStoreTestAccess::database(store), QStringLiteral("svc"), 60, 0, 100000);
        QCOMPARE(minutes.size(), 1);
        QCOMPARE(minutes.first().count, 10); // only the committed first transaction
    }

    void annotationsCanBeAddedChangedAndRemoved()
    {
        TimelineStore store(QStringLiteral("notes"));
        QVERIFY(store.open(scratch()));
        Annotation a {0, 100, QStringLiteral("login"), {}, QStringLiteral("me"), QStringLiteral("first")};
        QVERIFY2(store.addAnnotation(a), qPrintable(store.lastError()));
        QVERIFY(a.id > 0);
        a.text = QStringLiteral("changed'); DELETE FROM annotations; --");
        QVERIFY(store.updateAnnotation(a));
        QCOMPARE(store.annotations().first().text, a.text);
        QVERIFY(store.removeAnnotation(a.id));
        QVERIFY(store.annotations().isEmpty());
        QVERIFY(!store.removeAnnotation(a.id));
        QVERIFY(store.lastError().contains(QStringLiteral("no note")));
    }

    void metaValuesPersist()
    {
        TimelineStore store(QStringLiteral("meta"));
        QVERIFY(store.open(scratch()));
        QVERIFY(store.meta(QStringLiteral("demo")).isEmpty());
        QVERIFY(store.setMeta(QStringLiteral("demo"), QStringLiteral("1")));
        QVERIFY(store.setMeta(QStringLiteral("demo"), QStringLiteral("2")));
        QCOMPARE(store.meta(QStringLiteral("demo")), QStringLiteral("2"));
    }

    void unopenableLocationGivesAClearError()
    {
        TimelineStore store(QStringLiteral("bad"));
        QVERIFY(!store.open(QStringLiteral("/proc/no/such/dir/t.sqlite")));
        QVERIFY(!store.lastError().isEmpty());
        // Nothing listens on port 1: the message names the location, never a password.
        QVERIFY(!store.open(QStringLiteral("postgresql://noc@127.0.0.1:1/timeline?connect_timeout=2")));
        QVERIFY2(store.lastError().contains(QStringLiteral("postgresql://noc@127.0.0.1:1/timeline")),
            qPrintable(store.lastError()));
    }

    void passwordsAreNeverTakenFromTheLocation()
    {
        TimelineStore store(QStringLiteral("pw"));
        for (const QString &location : {QStringLiteral("postgresql://noc:secret@db.example/timeline"),
                 QStringLiteral("postgres://noc@db.example/timeline?password=secret")}) {
            QVERIFY(!store.open(location));
            QVERIFY2(store.lastError().contains(QStringLiteral("PGPASSWORD")), qPrintable(store.lastError()));
            QVERIFY2(!store.lastError().contains(QStringLiteral("secret")), qPrintable(store.lastError()));
        }
        QVERIFY(!store.open(QStringLiteral("postgresql://db.example")));
        QVERIFY2(store.lastError().contains(QStringLiteral("name the database")), qPrintable(store.lastError()));
        QVERIFY(!store.open(QStringLiteral("postgresql://db.example/t?options=-c%20x")));
        QVERIFY2(
            store.lastError().contains(QStringLiteral("unknown connection option")), qPrintable(store.lastError()));
    }
};

QTEST_GUILESS_MAIN(TstTimelineStore)
#include "tst_timelinestore.moc"
