// SPDX-License-Identifier: GPL-3.0-or-later
#include "childrun.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `outagedash import` and `migrate` as a user runs them, on hostile and ordinary input: a message
// quotes at most a few hundred bytes of what it was sent, and memory stays bounded whatever the
// size of one cell; migrate's figures add up; --scale declares what Prometheus values are.

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kHugeCell = 50 * 1024 * 1024;

} // namespace

class TstImportCli final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    ChildRun run(const QStringList &args) { return ChildRun::run(m_dir.path(), args); }

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(data);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A CSV whose header cell is 50 MB once made a 52 MB error message and took 484 MB.
    void hugeHeaderCell()
    {
        QByteArray csv;
        csv.reserve(kHugeCell + 100);
        csv += "type,";
        csv += QByteArray(kHugeCell, 'x');
        csv += ",time\nsample,a,2022-10-15T00:00:00Z\n";
        const QString path = write(u"huge.csv"_s, csv);
        csv.clear();
        csv.squeeze();
        for (const QString &format : {u"csv"_s, u"auto"_s}) {
            const ChildRun r
                = run({u"import"_s, u"--db"_s, m_dir.filePath(u"huge.sqlite"_s), u"--format"_s, format, path});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.size() < 1000, qPrintable(r.err.left(2000)));
            QVERIFY2(r.err.contains(format == u"csv" ? u"line 1"_s : u"cannot identify the feed format"_s),
                qPrintable(r.err));
            qInfo("--format %s: message %lld bytes, peak RSS %ld KiB", qPrintable(format),
                qint64(r.err.toUtf8().size()), r.maxRssKb);
            QVERIFY2(r.maxRssKb < 150 * 1024, qPrintable(QString::number(r.maxRssKb)));
        }
    }

    // The same in a data row: the row is rejected, short, and the next row is still taken.
    void hugeDataCell()
    {
        QByteArray csv = "type,service,time,availability,note\n";
        csv += "sample,a,2022-10-15T00:00:00Z,1," + QByteArray(kHugeCell, 'y') + "\n";
        csv += "sample,a,2022-10-15T00:01:00Z,0.5,\n";
        const QString path = write(u"hugerow.csv"_s, csv);
        csv.clear();
        csv.squeeze();
        const ChildRun r = run({u"import"_s, u"--db"_s, m_dir.filePath(u"hugerow.sqlite"_s), path});
        QCOMPARE(r.code, 3); // done, with a reject
        QVERIFY2(r.err.size() < 1000, qPrintable(r.err.left(2000)));
        QVERIFY2(r.err.contains(u":2: rejected (byte 36, field \"note\"): cell 5 is longer than"_s), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"1 records, 1 new"_s), qPrintable(r.out));
        QVERIFY2(r.maxRssKb < 150 * 1024, qPrintable(QString::number(r.maxRssKb)));
    }

    // A 50 MB string in an NDJSON field is quoted in 200 characters, not 50 MB.
    void hugeQuotedValue()
    {
        const QByteArray line = "{\"type\":\"service\",\"key\":\"" + QByteArray(1024 * 1024, 'K') + "\",\"users\":1}\n";
        const QString path = write(u"bigkey.ndjson"_s, line);
        const ChildRun r = run({u"import"_s, u"--db"_s, m_dir.filePath(u"bigkey.sqlite"_s), path});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.size() < 1000, qPrintable(r.err.left(2000)));
        QVERIFY2(r.err.contains(u"more characters)"_s), qPrintable(r.err));
    }

    // --scale declares what Prometheus values are; without one, a range that is no
    // availability is refused whole, saying how to declare one.
    void scale()
    {
        const QString range = QStringLiteral(OUTAGEDASH_TEST_DATA "/prometheus/mixed_scale.json");
        const QString goroutines
            = QStringLiteral(OUTAGEDASH_PUBLIC_FIXTURES "/prometheus_query_range_go_goroutines_tiproxy.json");
        ChildRun r
            = run({u"import"_s, u"--db"_s, m_dir.filePath(u"scale.sqlite"_s), u"--scale"_s, u"percent"_s, range});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"6 records, 6 new"_s), qPrintable(r.out + r.err));
        r = run({u"import"_s, u"--db"_s, m_dir.filePath(u"ratio.sqlite"_s), range});
        QCOMPARE(r.code, 3);
        QVERIFY2(
            r.err.contains(u"rejected (byte "_s) && r.err.contains(u"probe_success{job=\"web\"}"_s), qPrintable(r.err));
        r = run({u"import"_s, u"--db"_s, m_dir.filePath(u"go.sqlite"_s), goroutines});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"import --scale percent|probe"_s), qPrintable(r.err));
        r = run({u"import"_s, u"--db"_s, m_dir.filePath(u"bad.sqlite"_s), u"--scale"_s, u"kelvin"_s, range});
        QCOMPARE(r.code, 2);
        r = run({u"summary"_s, u"--db"_s, m_dir.filePath(u"bad.sqlite"_s), u"--scale"_s, u"ratio"_s});
        QCOMPARE(r.code, 2);
    }

    // migrate once printed "763 read, 768 new": rejects were written but not counted as read.
    // Read = new + already there, on the first copy and on the second (all already there).
    void migrateCountsAddUp()
    {
        const QString from = m_dir.filePath(u"from.sqlite"_s);
        const QString to = m_dir.filePath(u"to.sqlite"_s);
        QCOMPARE(run({u"demo"_s, u"--db"_s, from}).code, 0);
        const QString bad = write(u"bad.ndjson"_s,
            "{\"type\":\"state\",\"time\":1}\n{\"type\":\"nope\"}\n{\"type\":\"sample\",\"time\":\"x\"}\n"
            "{\"type\":\"service\",\"key\":\"extra\",\"users\":5}\n");
        QCOMPARE(run({u"import"_s, u"--db"_s, from, bad}).code, 3);
        static const QRegularExpression figures(u"(\\d+) rows read, (\\d+) new, (\\d+) already there"_s);
        for (int pass = 0; pass < 2; ++pass) {
            const ChildRun r = run({u"migrate"_s, u"--from"_s, from, u"--to"_s, to});
            QCOMPARE(r.code, 0);
            const auto m = figures.match(r.out);
            QVERIFY2(m.hasMatch(), qPrintable(r.out + r.err));
            const qint64 read = m.captured(1).toLongLong();
            const qint64 fresh = m.captured(2).toLongLong();
            const qint64 there = m.captured(3).toLongLong();
            QCOMPARE(fresh + there, read);
            QCOMPARE(pass == 0 ? there : fresh, 0);
            QVERIFY2(!r.err.contains(u"neither"_s), qPrintable(r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TstImportCli)
#include "tst_importcli.moc"
