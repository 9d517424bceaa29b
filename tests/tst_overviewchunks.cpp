// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/feedbatch.h"
#include "store/overviewchunks.h"
#include "store/rollupreader.h"
#include "store/timelinestore.h"
#include "timelinestoretestaccess.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;

// The overview's averages packed 4096 buckets to a row (#23): read packed, half packed or not
// at all, they are the rows' averages to the bit, and a write never leaves a stale chunk.
class TstOverviewChunks : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TimelineStore> m_store;
    static constexpr TimeMs kStart = 1665815400000; // 2022-10-15 06:30 UTC, a 10 s boundary
    static constexpr TimeMs kEarliest = std::numeric_limits<TimeMs>::min() / 2;
    static constexpr TimeMs kLatest = std::numeric_limits<TimeMs>::max() / 2;

    QSqlDatabase db() const { return TimelineStoreTestAccess::database(*m_store); }
    qint64 chunks() const
    {
        QSqlQuery q(db());
        return q.exec(u"SELECT COUNT(*) FROM rollup_overview"_s) && q.next() ? q.value(0).toLongLong() : -1;
    }
    // One service's averages at one level in [from, to]: packed where kept, or rows only.
    static RollupReader::AverageSlice read(
        const QSqlDatabase &db, RollupReader::Path path, const QString &service, int level, TimeMs from, TimeMs to)
    {
        RollupReader::AverageSlice slice;
        slice.service = service;
        slice.from = from;
        slice.to = to;
        RollupReader reader(db, path);
        if (!reader.averages(slice, level))
            qWarning() << reader.lastError();
        return slice;
    }
    // The packed read (the SQLite C API path) against the rows (the portable QtSql path).
    void compareWithRows(const QString &service, int level, TimeMs from, TimeMs to)
    {
        const auto packed = read(db(), RollupReader::Path::Fastest, service, level, from, to);
        const auto rows = read(db(), RollupReader::Path::Portable, service, level, from, to);
        QVERIFY(!rows.times.empty());
        QCOMPARE(packed.times, rows.times);
        QCOMPARE(packed.values, rows.values); // the same doubles, not nearly
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = std::make_unique<TimelineStore>(u"overviewchunks"_s);
        QVERIFY(m_store->open(m_dir.filePath(u"t.sqlite"_s)));
        // 30 h of samples every 5 s: at 10 s that is ~10.8 k buckets, three chunks (4096 each).
        FeedBatch batch;
        for (const QString &service : {u"pay"_s, u"talk"_s}) {
            batch.services.append({service, service, 1000, {}, {}});
            for (int k = 0; k < 30 * 720; ++k)
                batch.samples.append({kStart + k * 5000LL, service, u"probe"_s, (k * 37 % 101) / 100.0, {}, {}, false});
        }
        QVERIFY(m_store->write(batch));
        qint64 packed = 0;
        QVERIFY2(m_store->packOverview(&packed), qPrintable(m_store->lastError()));
        // Per service: 3 chunks at 10 s, 1 at each coarser level (30 h is within one there).
        QCOMPARE(packed, 2 * (3 + 4));
        QCOMPARE(chunks(), packed);
        QVERIFY(m_store->packOverview(&packed));
        QCOMPARE(packed, 0); // nothing changed since: nothing to do
    }

    void chunkArithmetic()
    {
        QCOMPARE(OverviewChunks::chunkOf(0, 10), 0);
        QCOMPARE(OverviewChunks::chunkOf(4096 * 10000 - 1, 10), 0);
        QCOMPARE(OverviewChunks::chunkOf(4096 * 10000, 10), 1);
        QCOMPARE(OverviewChunks::chunkOf(-1, 10), -1); // before 1970: floor, not truncation
        QCOMPARE(OverviewChunks::chunkStart(-1, 10), -4096 * 10000);
        std::vector<TimeMs> times {-10000, 0, 10000, 20000};
        std::vector<double> values {0.25, 1.0 / 3.0, 0.0, 1.0};
        const QByteArray bytes = OverviewChunks::pack(times, values);
        QCOMPARE(bytes.size(), 4 * 16);
        std::vector<TimeMs> t;
        std::vector<double> v;
        OverviewChunks::unpack(bytes.constData(), bytes.size(), 0, 10000, t, v);
        QCOMPARE(t, (std::vector<TimeMs> {0, 10000}));
        QCOMPARE(v, (std::vector<double> {1.0 / 3.0, 0.0}));
    }

    void packedReadsAreTheRows_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<TimeMs>("from");
        QTest::addColumn<TimeMs>("to");
        const TimeMs chunk10 = OverviewChunks::chunkStart(OverviewChunks::chunkOf(kStart, 10) + 1, 10);
        QTest::newRow("10 s, everything") << 10 << kEarliest << kLatest;
        QTest::newRow("10 s, across a chunk's edge") << 10 << chunk10 - 3600000 << chunk10 + 3600000;
        QTest::newRow("10 s, inside one chunk") << 10 << kStart + 600000 << kStart + 1200000;
        QTest::newRow("1 min, from a bucket on") << 60 << kStart + 60000 << kLatest;
        QTest::newRow("1 h, up to a bucket") << 3600 << kEarliest << kStart + 7200000;
        QTest::newRow("1 day") << 86400 << kEarliest << kLatest;
    }
    void packedReadsAreTheRows()
    {
        QFETCH(int, level);
        QFETCH(TimeMs, from);
        QFETCH(TimeMs, to);
        compareWithRows(u"pay"_s, level, from, to);
    }

    // A write into the middle of the data forgets the one chunk per level that holds it, in
    // its own transaction; the reads then take the rows there and stay exact, and the next
    // pack brings it back.
    void aWriteForgetsItsChunkAndThePackBringsItBack()
    {
        const qint64 before = chunks();
        FeedBatch late;
        late.samples.append({kStart + 15 * 3600000LL + 2500, u"pay"_s, u"probe"_s, 0.0, {}, {}, false});
        QVERIFY(m_store->write(late));
        QCOMPARE(chunks(), before - 5); // one chunk at each of the five levels
        compareWithRows(u"pay"_s, 10, kEarliest, kLatest);
        compareWithRows(u"pay"_s, 3600, kEarliest, kLatest);
        const auto stale = read(db(), RollupReader::Path::Fastest, u"pay"_s, 10, kEarliest, kLatest);
        qint64 packed = 0;
        QVERIFY(m_store->packOverview(&packed));
        QCOMPARE(packed, 5);
        QCOMPARE(chunks(), before);
        const auto again = read(db(), RollupReader::Path::Fastest, u"pay"_s, 10, kEarliest, kLatest);
        QCOMPARE(again.times, stale.times);
        QCOMPARE(again.values, stale.values);
        compareWithRows(u"pay"_s, 10, kEarliest, kLatest);
    }

    // The snapshot of a store too large to load reads the overview: packed or not, the same.
    void theSnapshotIsTheSamePackedOrNot()
    {
        TimelineSnapshot::setRawSampleLimitForTests(1000);
        const TimelineSnapshot packed = m_store->snapshot();
        QSqlQuery q(db());
        QVERIFY(q.exec(u"DELETE FROM rollup_overview"_s));
        const TimelineSnapshot rows = m_store->snapshot();
        TimelineSnapshot::setRawSampleLimitForTests(0);
        QVERIFY(packed.samplesLevelSec > 0);
        QCOMPARE(packed.samplesLevelSec, rows.samplesLevelSec);
        QVERIFY(packed.samples.size() > 100);
        QCOMPARE(packed.samples, rows.samples);
        QVERIFY(m_store->packOverview());
    }
};

QTEST_GUILESS_MAIN(TstOverviewChunks)
#include "tst_overviewchunks.moc"
