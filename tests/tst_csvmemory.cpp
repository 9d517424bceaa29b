// SPDX-License-Identifier: GPL-3.0-or-later
#include "childrun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// `outagedash import` of a CSV file streams as NDJSON does: read in chunks cut where a row ends,
// each chunk's records written and let go, the file's pages given back once stored. So its peak
// memory does not grow with the file: four times the rows may cost only a few MiB more. (Before,
// every record of the file was held at once: 528 MiB more here; now about 14 MiB.) Not
// timed: the ingest benchmark (tests/bench/ingestbench.cpp) times CSV against NDJSON.

using namespace Qt::StringLiterals;

namespace {

// Past a few chunks the peak stops rising (the allocator has settled, two chunks are in flight);
// below 400 k rows a file is too short to reach it, and the comparison would measure that.
constexpr qint64 kSmallRows = 400'000;
constexpr qint64 kLargeRows = 1'600'000;
// What SQLite's caches, the allocator and two chunks in flight may differ by between two runs.
constexpr long kFlatBoundKb = 24 * 1024;

} // namespace

class TstCsvMemory final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    ChildRun run(const QStringList &args) { return ChildRun::run(m_dir.path(), args); }

    // Samples of four services, one a second, with a state change every 10,000 rows whose
    // quoted message holds a comma and a line break: both ways through the parser, and rows
    // that a chunk boundary must not cut. Returns the number of records.
    qint64 writeCsv(const QString &path, qint64 rows)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return -1;
        QByteArray buffer = "\xEF\xBB\xBFtype,time,service,source,availability,state,message\n";
        qint64 records = 0;
        for (qint64 i = 0; i < rows; ++i) {
            const QByteArray time = QByteArray::number(1665815400000 + i / 4 * 1000);
            const QByteArray service = "svc-00" + QByteArray::number(i % 4);
            if (i % 10'000 == 5'000)
                buffer += "state," + time + ',' + service + ",memtest,,degraded,\"slow, then\nfaster\"\n";
            else
                buffer += "sample," + time + ',' + service + ",memtest," + QByteArray::number(0.5 + (i % 97) / 200.0)
                    + ",,\n";
            ++records;
            if (buffer.size() > 1 << 20) {
                f.write(buffer);
                buffer.clear();
            }
        }
        f.write(buffer);
        return records;
    }

    ChildRun import(qint64 rows)
    {
        const QString csv = m_dir.filePath(u"rows%1.csv"_s.arg(rows));
        const qint64 records = writeCsv(csv, rows);
        const ChildRun r
            = run({u"import"_s, u"--db"_s, m_dir.filePath(u"rows%1.sqlite"_s.arg(rows)), u"--format"_s, u"csv"_s, csv});
        QFile::remove(csv);
        if (r.code != 0 || !r.out.contains(u"%1 records, %1 new"_s.arg(records)))
            qWarning("import of %lld rows: exit %d\n%s%s", rows, r.code, qPrintable(r.out), qPrintable(r.err));
        return r;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void peakMemoryIsFlatInTheFileSize()
    {
        const ChildRun small = import(kSmallRows);
        QCOMPARE(small.code, 0);
        const ChildRun large = import(kLargeRows);
        QCOMPARE(large.code, 0);
        QVERIFY2(large.out.contains(u"%1 records, %1 new"_s.arg(kLargeRows)), qPrintable(large.out));
        qInfo("peak RSS: %lld rows %ld KiB, %lld rows %ld KiB (%+ld KiB)", kSmallRows, small.maxRssKb, kLargeRows,
            large.maxRssKb, large.maxRssKb - small.maxRssKb);
        QVERIFY2(large.maxRssKb - small.maxRssKb <= kFlatBoundKb,
            qPrintable(u"%1 KiB more for four times the rows"_s.arg(large.maxRssKb - small.maxRssKb)));
    }
};

QTEST_GUILESS_MAIN(TstCsvMemory)
#include "tst_csvmemory.moc"
