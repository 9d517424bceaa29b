// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/feedbatch.h"
#include "store/rollupreader.h"
#include "store/timelinestore.h"
#include "timelinestoretestaccess.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

// RollupReader's SQLite C-API path and its portable QtSql path (what PostgreSQL uses) must
// give the same rows, so the figures are the same on either store.
class TstRollupReader : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TimelineStore> m_store;
    // With OUTAGEDASH_TEST_PG (tests/pg/with_postgres.sh, the tst_rollupreader_pg test): the
    // same batch in PostgreSQL, read through QtSql, must give the rows SQLite's C API gives.
    std::unique_ptr<TimelineStore> m_postgres;

    static bool same(const RollupBucket &a, const RollupBucket &b)
    {
        return a.service == b.service && a.levelSec == b.levelSec && a.bucket == b.bucket && a.count == b.count
            && a.sum == b.sum && a.min == b.min && a.max == b.max && a.firstTime == b.firstTime
            && a.firstValue == b.firstValue && a.lastTime == b.lastTime && a.lastValue == b.lastValue;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = std::make_unique<TimelineStore>(QStringLiteral("rollupreader"));
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("t.sqlite"))));
        FeedBatch batch;
        for (const char *key : {"pay", "login", "talk"}) {
            const QString service = QString::fromLatin1(key);
            batch.services.append({service, service, 1000, {}, {}});
            for (int k = 0; k < 5000; ++k)
                batch.samples.append({1665815400000 + k * 1000LL + (service.size() * 7), service,
                    QStringLiteral("probe"), (k * 37 % 101) / 100.0, {}, {}, false});
        }
        QVERIFY(m_store->write(batch));
        const QString pg = qEnvironmentVariable("OUTAGEDASH_TEST_PG");
        if (!pg.isEmpty()) {
            m_postgres = std::make_unique<TimelineStore>(QStringLiteral("rollupreader-pg"));
            QVERIFY2(m_postgres->open(pg), qPrintable(m_postgres->lastError()));
            QVERIFY(m_postgres->write(batch));
        }
    }

    // The overview reads a level's buckets straight from the table's own key order: no index
    // beside the table with a row looked up for each bucket, and no sort (#23, migration 10).
    void overviewReadsFollowTheTablesKey()
    {
        QSqlQuery plan(TimelineStoreTestAccess::database(*m_store));
        for (const char *sql : {"SELECT bucket, n, sum FROM sample_rollups WHERE service = ? AND level = ? AND "
                                "bucket >= ? AND bucket <= ? ORDER BY bucket",
                 "SELECT bucket, n, sum FROM sample_rollups WHERE service = ? AND level = ? AND bucket < ? "
                 "ORDER BY bucket DESC LIMIT 1"}) {
            QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + QLatin1String(sql)));
            for (int i = 0; i < QLatin1String(sql).count(u'?'); ++i)
                plan.addBindValue(i == 0 ? QVariant(QStringLiteral("pay")) : QVariant(60));
            QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
            QString detail;
            while (plan.next())
                detail += plan.value(3).toString() + u' ';
            QVERIFY2(detail.contains(QStringLiteral("USING PRIMARY KEY")), qPrintable(detail));
            QVERIFY2(!detail.contains(QStringLiteral("INDEX")), qPrintable(detail));
            QVERIFY2(!detail.contains(QStringLiteral("TEMP B-TREE")), qPrintable(detail));
        }
    }

    void postgresGivesTheSameRows()
    {
        if (!m_postgres)
            QSKIP("OUTAGEDASH_TEST_PG is not set (the tst_rollupreader_pg test sets it)");
        RollupReader sqlite(TimelineStoreTestAccess::database(*m_store));
        RollupReader postgres(TimelineStoreTestAccess::database(*m_postgres));
        QVERIFY(sqlite.usesSqliteApi());
        QVERIFY(!postgres.usesSqliteApi());
        for (int level : {10, 60, 600, 3600, 86400}) {
            const QList<RollupBucket> a = sqlite.allBuckets(level, 0, std::numeric_limits<TimeMs>::max() / 2);
            const QList<RollupBucket> b = postgres.allBuckets(level, 0, std::numeric_limits<TimeMs>::max() / 2);
            QVERIFY2(postgres.lastError().isEmpty(), qPrintable(postgres.lastError()));
            QCOMPARE(a.size(), b.size());
            for (qsizetype i = 0; i < a.size(); ++i)
                QVERIFY2(same(a[i], b[i]), qPrintable(QStringLiteral("level %1, row %2").arg(level).arg(i)));
        }
        const TimeMs from = 1665815400000 + 100000, to = from + 60000;
        const auto a = sqlite.samples(u"talk"_qs, from, to), b = postgres.samples(u"talk"_qs, from, to);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QVERIFY(a[i].time == b[i].time && a[i].availability == b[i].availability);
        QCOMPARE(postgres.sampleBefore(u"talk"_qs, from)->time, sqlite.sampleBefore(u"talk"_qs, from)->time);
    }

    void bothPathsGiveTheSameRows_data()
    {
        QTest::addColumn<int>("level");
        for (int level : {10, 60, 600, 3600, 86400})
            QTest::newRow(qPrintable(QStringLiteral("%1 s").arg(level))) << level;
    }
    void bothPathsGiveTheSameRows()
    {
        QFETCH(int, level);
        RollupReader fast(TimelineStoreTestAccess::database(*m_store));
        RollupReader portable(TimelineStoreTestAccess::database(*m_store), RollupReader::Path::Portable);
        QVERIFY(fast.usesSqliteApi());
        QVERIFY(!portable.usesSqliteApi());
        const TimeMs from = 1665815400000 + 600000, to = from + 1800000;
        const QList<RollupBucket> a = fast.allBuckets(level, from, to);
        const QList<RollupBucket> b = portable.allBuckets(level, from, to);
        QVERIFY(!a.isEmpty());
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QVERIFY2(same(a[i], b[i]), qPrintable(QString::number(i)));
        // allBuckets is every service's buckets, by service, then time.
        QList<RollupBucket> perService;
        for (const QString &service : {u"login"_qs, u"pay"_qs, u"talk"_qs})
            perService += fast.buckets(service, level, from, to);
        QCOMPARE(perService.size(), a.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QVERIFY(same(perService[i], a[i]));
        QVERIFY(fast.lastError().isEmpty());
        QVERIFY(portable.lastError().isEmpty());
    }

    void samplesAndTheOneBefore()
    {
        RollupReader fast(TimelineStoreTestAccess::database(*m_store));
        RollupReader portable(TimelineStoreTestAccess::database(*m_store), RollupReader::Path::Portable);
        const TimeMs from = 1665815400000 + 100000, to = from + 60000;
        const auto a = fast.samples(u"pay"_qs, from, to), b = portable.samples(u"pay"_qs, from, to);
        QCOMPARE(a.size(), 60);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].time, b[i].time);
            QCOMPARE(a[i].availability, b[i].availability);
        }
        const auto before = fast.sampleBefore(u"pay"_qs, from);
        QVERIFY(before);
        QCOMPARE(before->time, a.first().time - 1000);
        QCOMPARE(portable.sampleBefore(u"pay"_qs, from)->availability, before->availability);
        QVERIFY(!fast.sampleBefore(u"pay"_qs, 0));
        QVERIFY(fast.allBuckets(60, 0, 1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstRollupReader)
#include "tst_rollupreader.moc"
