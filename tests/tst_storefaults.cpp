// SPDX-License-Identifier: GPL-3.0-or-later
// Storage faults (issue #8, point 4): a full disk and a database locked by another writer
// give a clear message, keep everything stored before intact, and the ingest worker tries
// a locked database again by itself. The read-only file and a real full file system are
// tested end to end by tests/faults/storage_faults.sh.
#include "ingest/demodataset.h"
#include "ingest/ingestworker.h"
#include "store/timelinestore.h"
#include "timelinestoretestaccess.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
QString text(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : q.lastError().text();
}
FeedBatch samples(int count, qint64 base = 1700000000000)
{
    FeedBatch b;
    for (int i = 0; i < count; ++i)
        b.samples.append({base + qint64(i) * 1000, QStringLiteral("svc%1").arg(i % 3), QStringLiteral("probe"),
            (i % 10) / 10.0, 120.0, 0.01, false});
    return b;
}
} // namespace

class TstStoreFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fullDatabaseRollsBackTheBatchAndKeepsTheRest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        TimelineStore store(QStringLiteral("full"));
        QVERIFY(store.open(path));
        QVERIFY(DemoDataset::load(store));
        const qint64 before = store.sampleCount();
        const QList<Service> services = store.services();
        // The database may grow by a few pages only: what a full disk looks like to SQLite.
        const qint64 pages = scalar(TimelineStoreTestAccess::database(store), QStringLiteral("PRAGMA page_count"));
        QVERIFY(pages > 0);
        QSqlQuery limit(TimelineStoreTestAccess::database(store));
        QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 60)));

        const FeedBatch batch = samples(60000);
        WriteStats stats;
        QVERIFY(!store.write(batch, &stats, 10000));
        QCOMPARE(store.lastFault(), StoreFault::Full);
        QVERIFY2(store.lastError().contains(QStringLiteral("no space left")), qPrintable(store.lastError()));
        QVERIFY2(store.lastError().contains(QStringLiteral("everything stored before is kept")),
            qPrintable(store.lastError()));
        QCOMPARE(text(TimelineStoreTestAccess::database(store), QStringLiteral("PRAGMA integrity_check")),
            QStringLiteral("ok"));
        // Whole transactions only: what the writer says it committed is exactly what is there.
        const qint64 after = store.sampleCount();
        QCOMPARE(after - before, stats.inserted);
        QCOMPARE(stats.inserted % 10000, 0);
        QCOMPARE(store.services(), services);
        QCOMPARE(scalar(TimelineStoreTestAccess::database(store),
                     QStringLiteral("SELECT SUM(n) FROM sample_rollups WHERE level = 10")),
            after);

        // Space again: the same batch completes, nothing doubled.
        QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        WriteStats again;
        QVERIFY2(store.write(batch, &again, 10000), qPrintable(store.lastError()));
        QCOMPARE(store.sampleCount(), before + batch.samples.size());
        QCOMPARE(again.inserted, batch.samples.size() - stats.inserted);
        QCOMPARE(again.unchanged, stats.inserted);
    }

    void lockedDatabaseIsRetriedByTheIngestWorker()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        {
            TimelineStore store(QStringLiteral("init"));
            QVERIFY(store.open(path));
        }
        QFile feed(dir.filePath(QStringLiteral("feed.ndjson")));
        QVERIFY(feed.open(QIODevice::WriteOnly));
        for (int i = 0; i < 500; ++i)
            feed.write(
                QStringLiteral(R"({"type":"sample","time":%1,"service":"chat","availability":0.5,"source":"probe"})"
                               "\n")
                    .arg(1700000000000 + qint64(i) * 1000)
                    .toUtf8());
        feed.close();

        // Another program holds the write lock, as a second importer or a sqlite3 shell would.
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(lock.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('holder', 'yes')")));

        QThread thread;
        auto *worker = new IngestWorker(path);
        worker->setRetryDelays({200, 200, 200, 200, 200, 200, 200, 200});
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
        QSignalSpy retries(worker, &IngestWorker::retrying);
        QSignalSpy imported(worker, &IngestWorker::fileImported);
        QMetaObject::invokeMethod(worker, "importFiles", Qt::QueuedConnection, Q_ARG(QStringList, {feed.fileName()}),
            Q_ARG(QString, QStringLiteral("auto")));
        // SQLite waits 5 s for the lock (busy timeout), then the worker says why and waits.
        QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 1, 15000);
        const QString message = retries.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("locked by another writer")), qPrintable(message));
        QVERIFY(imported.isEmpty());
        QVERIFY(holder.commit());
        QTRY_VERIFY_WITH_TIMEOUT(imported.size() == 1, 20000);
        const ImportResult result = imported.first().first().value<ImportResult>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.inserted, 500);
        thread.quit();
        thread.wait();

        TimelineStore check(QStringLiteral("check"));
        QVERIFY(check.open(path));
        QCOMPARE(check.sampleCount(), 500);
        QCOMPARE(check.meta(QStringLiteral("holder")), QStringLiteral("yes")); // the other writer's work is intact
        QCOMPARE(text(TimelineStoreTestAccess::database(check), QStringLiteral("PRAGMA integrity_check")),
            QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TstStoreFaults)
#include "tst_storefaults.moc"
