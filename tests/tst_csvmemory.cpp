// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

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

struct Run {
    int code = -1;
    QString out, err;
    long maxRssKb = 0; // the child's own peak resident memory
};

} // namespace

class TstCsvMemory final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // fork/exec rather than QProcess, as tst_importcli does: wait4() gives this child's own peak
    // memory (getrusage of RUSAGE_CHILDREN would give the largest of every child so far).
    Run run(const QStringList &args)
    {
        const QString outPath = m_dir.filePath(u"out.txt"_s);
        const QString errPath = m_dir.filePath(u"err.txt"_s);
        QList<QByteArray> argv8 {QByteArray(OUTAGEDASH_BINARY)};
        for (const QString &a : args)
            argv8.append(a.toLocal8Bit());
        std::vector<char *> argv;
        for (QByteArray &a : argv8)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        const QByteArray home = m_dir.path().toLocal8Bit();
        const QByteArray out8 = outPath.toLocal8Bit(), err8 = errPath.toLocal8Bit();
        const pid_t pid = fork();
        if (pid == 0) {
            setenv("HOME", home.constData(), 1);
            setenv("XDG_DATA_HOME", home.constData(), 1);
            setenv("QT_QPA_PLATFORM", "offscreen", 1);
            if (!freopen(out8.constData(), "w", stdout) || !freopen(err8.constData(), "w", stderr))
                _exit(125);
            execv(argv[0], argv.data());
            _exit(127);
        }
        Run r;
        if (pid < 0)
            return r;
        int status = 0;
        rusage usage {};
        if (wait4(pid, &status, 0, &usage) != pid)
            return r;
        r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        r.maxRssKb = usage.ru_maxrss;
        for (auto [path, text] : {std::pair(outPath, &r.out), std::pair(errPath, &r.err)}) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                *text = QString::fromUtf8(f.readAll());
        }
        return r;
    }

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

    Run import(qint64 rows)
    {
        const QString csv = m_dir.filePath(u"rows%1.csv"_s.arg(rows));
        const qint64 records = writeCsv(csv, rows);
        const Run r
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
        const Run small = import(kSmallRows);
        QCOMPARE(small.code, 0);
        const Run large = import(kLargeRows);
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
