// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/feedbatch.h"
#include "domain/timelinesnapshot.h"
#include "impact/incidentanalysis.h"
#include "store/rollupreader.h"
#include "store/timelinestore.h"
#include "timelinestoretestaccess.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <limits>

// TimelineStore::snapshot() on a store too large to load (past TimelineSnapshot's raw limit,
// lowered here so the store stays small): the overview it reads as columns and merges by time
// must be the list the rollup rows gave before (every bucket's average, sorted by time), and
// every figure of the analysis on it the same, to the bit (#23).
class TstStoreSnapshot : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TimelineStore> m_store;
    static constexpr TimeMs kStart = 1665815400000; // 2022-10-15 06:30 UTC

    // What snapshot() read before the columns: every rollup row of the level, as RollupBuckets,
    // made samples and sorted by time (services in key order where times are equal).
    static QList<HealthSample> reference(const TimelineStore &store, int levelSec)
    {
        RollupReader reader(TimelineStoreTestAccess::database(store));
        QList<HealthSample> out;
        for (const RollupBucket &b :
            reader.allBuckets(levelSec, std::numeric_limits<TimeMs>::min() / 2, std::numeric_limits<TimeMs>::max() / 2))
            out.append({b.bucket, b.service, QStringLiteral("rollup"), b.average(), {}, {}, false});
        std::stable_sort(out.begin(), out.end(), [](const HealthSample &a, const HealthSample &b) {
            return a.time != b.time ? a.time < b.time : a.service < b.service;
        });
        return out;
    }

    static void compareImpact(const ServiceImpact &a, const ServiceImpact &b)
    {
        QCOMPARE(a.service, b.service);
        QCOMPARE(a.peopleHours, b.peopleHours);
        QCOMPARE(a.peopleHoursOwn, b.peopleHoursOwn);
        QCOMPARE(a.peopleHoursInherited, b.peopleHoursInherited);
        QCOMPARE(a.peakAffected, b.peakAffected);
        QCOMPARE(a.peakAt, b.peakAt);
        QCOMPARE(a.sharePeak, b.sharePeak);
        QCOMPARE(a.outageMs, b.outageMs);
        QCOMPARE(a.serviceHours, b.serviceHours);
        QVERIFY(a.milestones == b.milestones);
        QVERIFY(a.series == b.series);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = std::make_unique<TimelineStore>(QStringLiteral("storesnapshot"));
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("t.sqlite"))));
        FeedBatch batch;
        batch.services = {{u"auth"_qs, u"Auth"_qs, 500000, {}, {}}, {u"pay"_qs, u"Pay"_qs, 200000, {}, {}},
            {u"talk"_qs, u"Talk"_qs, 1000000, {}, {}}};
        batch.dependencies = {{u"talk"_qs, u"auth"_qs, 0.6, {}}, {u"pay"_qs, u"auth"_qs, 1.0, {}}};
        // Two hours a second apart, an outage in the middle; 'pay' with gaps and starting late,
        // so its column is shorter than its span and the services' buckets interleave.
        for (const Service &s : std::as_const(batch.services)) {
            for (int k = 0; k < 7200; ++k) {
                if (s.key == u"pay" && (k < 900 || (k / 600) % 3 == 1))
                    continue;
                const bool down = k >= 2400 && k < 4800;
                const double a = down ? 0.2 + 0.5 * (k - 2400) / 2400.0 : 0.97 + (k * 37 % 7) / 300.0;
                batch.samples.append({kStart + k * 1000LL + (s.key == u"talk" ? 500 : 0), s.key,
                    QStringLiteral("probe"), qMin(a, 1.0), {}, {}, false});
            }
        }
        Incident incident;
        incident.id = u"inc"_qs;
        incident.title = u"Auth down"_qs;
        incident.began = kStart + 2400 * 1000LL;
        incident.resolved = kStart + 4800 * 1000LL;
        incident.timeZone = u"UTC"_qs;
        batch.incidents = {incident};
        QVERIFY(m_store->write(batch));
    }

    void cleanup() { TimelineSnapshot::setRawSampleLimitForTests(0); }

    void overviewEqualsTheRollupRows_data()
    {
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<int>("level");
        // Budget = limit / 3 services over a span of about 7,200 s.
        QTest::newRow("10 s") << qint64(3000) << 10;
        QTest::newRow("1 min") << qint64(600) << 60;
        QTest::newRow("10 min") << qint64(60) << 600;
    }
    void overviewEqualsTheRollupRows()
    {
        QFETCH(qint64, limit);
        QFETCH(int, level);
        TimelineSnapshot::setRawSampleLimitForTests(limit);
        const TimelineSnapshot s = m_store->snapshot();
        QCOMPARE(s.samplesLevelSec, level);
        const QList<HealthSample> expected = reference(*m_store, level);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(s.samples.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(s.samples.at(i) == expected.at(i), qPrintable(QStringLiteral("sample %1").arg(i)));
        // The latest record of every service is its last average.
        for (const Service &service : std::as_const(s.services))
            QCOMPARE(s.serviceSource.value(service.key), u"rollup"_qs);

        // The analysis on it, against the analysis on the reference list.
        TimelineSnapshot old = s;
        old.samples = expected;
        const IncidentAnalysis a(s, s.incident(u"inc"_qs), CountingMethod {});
        const IncidentAnalysis b(old, old.incident(u"inc"_qs), CountingMethod {});
        QVERIFY(a.result().ok());
        QCOMPARE(a.result().services.size(), 3);
        QCOMPARE(a.result().services.size(), b.result().services.size());
        for (qsizetype i = 0; i < a.result().services.size(); ++i)
            compareImpact(a.result().services.at(i), b.result().services.at(i));
        QCOMPARE(a.result().peopleHoursTotal, b.result().peopleHoursTotal);
        QCOMPARE(a.result().peakTotal, b.result().peakTotal);
        QVERIFY(a.result().peopleHoursTotal > 0);
        QVERIFY(a.distinct().total == b.distinct().total);
    }

    // A store that cannot be opened twice (SQLite in memory) reads its slices on its own
    // connection, one after another: the same overview.
    void oneConnectionGivesTheSameOverview()
    {
        TimelineSnapshot::setRawSampleLimitForTests(600);
        TimelineStore memory(QStringLiteral("storesnapshot-memory"));
        QVERIFY(memory.open(QStringLiteral(":memory:")));
        FeedBatch batch;
        batch.services = m_store->services();
        batch.samples = m_store->samples();
        QVERIFY(memory.write(batch));
        const TimelineSnapshot s = memory.snapshot();
        QCOMPARE(s.samplesLevelSec, 60);
        QVERIFY(!s.samples.isEmpty());
        QVERIFY(s.samples == reference(memory, 60));
    }

    void smallStoreReadsTheRows()
    {
        const TimelineSnapshot s = m_store->snapshot();
        QCOMPARE(s.samplesLevelSec, 0);
        QCOMPARE(s.samples.size(), m_store->samples().size());
        QCOMPARE(s.serviceSource.value(u"talk"_qs), u"probe"_qs);
    }

    // An incident of some services only takes theirs and their dependencies' samples; one of
    // every service shares the snapshot's list as it is.
    void analysisTakesItsServicesSamples()
    {
        TimelineSnapshot::setRawSampleLimitForTests(600);
        TimelineSnapshot s = m_store->snapshot();
        Incident only;
        only.id = u"auth-only"_qs;
        only.began = kStart + 2400 * 1000LL;
        only.resolved = kStart + 4800 * 1000LL;
        only.services = {u"auth"_qs};
        const IncidentAnalysis some(s, &only, CountingMethod {});
        QVERIFY(!some.input().samples.isEmpty());
        QList<HealthSample> expected;
        for (const HealthSample &x : std::as_const(s.samples))
            if (x.service == u"auth")
                expected.append(x);
        QVERIFY(some.input().samples == expected);
        const IncidentAnalysis all(s, s.incident(u"inc"_qs), CountingMethod {});
        QVERIFY(all.input().samples == s.samples);
    }
};

QTEST_GUILESS_MAIN(TstStoreSnapshot)
#include "tst_storesnapshot.moc"
