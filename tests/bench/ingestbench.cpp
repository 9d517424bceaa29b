// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingestbench.h"
#include "../timelinestoretestaccess.h"

#include "benchresult.h"
#include "ingest/feedimporter.h"
#include "ingest/ingestworker.h"
#include "ingest/syntheticdata.h"
#include "store/timelinestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlDriver>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <sqlite3.h>

namespace {
// Whole-process memory and the GUI's lateness vary from run to run like any timing.
constexpr int kMemoryRuns = 3;

QString runsText(const QList<double> &values, int decimals = 1)
{
    QStringList parts;
    for (double v : values)
        parts << QString::number(v, 'f', decimals);
    return parts.join(QStringLiteral(", "));
}

// The reference: the same rows, the same schema (primary key kept live), one prepared
// statement through SQLite's C API, 10,000 rows per transaction, WAL + synchronous=NORMAL.
double rawInsertRowsPerSecond(const QString &path, const SyntheticData::Options &o)
{
    QFile::remove(path);
    TimelineStore store(QStringLiteral("bench-raw"));
    store.open(path); // creates the real schema
    sqlite3 *db = *static_cast<sqlite3 *const *>(TimelineStoreTestAccess::database(store).driver()->handle().data());
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db,
        "INSERT INTO samples (service, time, source, availability, latency_ms, error_rate, derived) "
        "VALUES (?, ?, ?, ?, NULL, NULL, 0)",
        -1, &stmt, nullptr);
    // Rows are made before the clock starts: the reference times the database alone.
    QList<HealthSample> rows;
    for (int i = 0; i < o.services; ++i)
        rows += SyntheticData::samples(o, i, 0, o.samplesPerService);
    QList<QByteArray> keys;
    for (const Service &s : SyntheticData::services(o))
        keys.append(s.key.toUtf8());
    QList<int> keyOf;
    keyOf.reserve(rows.size());
    for (const HealthSample &s : std::as_const(rows))
        keyOf.append(s.service.right(3).toInt());
    QElapsedTimer timer;
    timer.start();
    qint64 inTx = 0;
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const HealthSample &s = rows.at(r);
        const QByteArray &key = keys.at(keyOf.at(r));
        sqlite3_bind_text(stmt, 1, key.constData(), int(key.size()), SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 2, s.time);
        sqlite3_bind_text(stmt, 3, "synthetic", 9, SQLITE_STATIC);
        sqlite3_bind_double(stmt, 4, s.availability);
        sqlite3_step(stmt);
        sqlite3_reset(stmt);
        if (++inTx == 10000) {
            sqlite3_exec(db, "COMMIT; BEGIN", nullptr, nullptr, nullptr);
            inTx = 0;
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_finalize(stmt);
    return double(rows.size()) / seconds;
}

double importRowsPerSecond(const QString &path, const QString &feed, qint64 rows, FeedFormat::Kind kind)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    TimelineStore store(QStringLiteral("bench-import"));
    store.open(path);
    QElapsedTimer timer;
    timer.start();
    const ImportResult r = FeedImporter::importFile(store, feed, kind);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!r.ok())
        qFatal("import failed: %s", qPrintable(r.error));
    return double(rows) / seconds;
}

// The same records as SyntheticData::writeNdjson, in the same order, as one CSV table.
bool writeCsv(const SyntheticData::Options &o, QIODevice &out)
{
    QByteArray buffer = "type,key,name,users,time,service,source,availability\n";
    for (const Service &s : SyntheticData::services(o))
        buffer += "service," + s.key.toUtf8() + ",\"" + s.name.toUtf8().replace('"', "\"\"") + "\","
            + QByteArray::number(s.usersOrZero()) + ",,,,\n";
    const qint64 chunk = 50000;
    for (qint64 from = 0; from < o.samplesPerService; from += chunk) {
        for (int i = 0; i < o.services; ++i) {
            for (const HealthSample &s : SyntheticData::samples(o, i, from, chunk))
                buffer += "sample,,,," + QByteArray::number(s.time) + ',' + s.service.toUtf8() + ",synthetic,"
                    + QByteArray::number(s.availability, 'g', 6) + '\n';
            if (out.write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return true;
}

// Peak resident memory of a whole `import` in a fresh process (this program again, see
// IngestBench::peakImportChild), in MiB: the bench's own heap would otherwise count.
double peakImportMiB(const QString &feed, const QString &db, const QString &format)
{
    QFile::remove(db);
    QFile::remove(db + QStringLiteral("-wal"));
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--peak-import"), feed, db, format});
    if (!child.waitForFinished(600'000) || child.exitCode() != 0)
        qFatal("peak-import child failed: %s", child.readAllStandardError().constData());
    return child.readAllStandardOutput().trimmed().toDouble() / 1024.0;
}

// Event-loop latency on this thread while the ingest worker imports on its own thread.
QList<double> loopLatenciesDuringImport(const QString &path, const QString &feed)
{
    QFile::remove(path);
    QThread thread;
    auto *worker = new IngestWorker(path);
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    QList<double> lateness;
    QEventLoop loop;
    QElapsedTimer clock;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(5);
    qint64 expected = 0;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.append(qMax<qint64>(0, now - expected) / 1e6);
        expected = now + 5'000'000;
    });
    QObject::connect(worker, &IngestWorker::importFinished, &loop, &QEventLoop::quit);
    clock.start();
    expected = 5'000'000;
    tick.start();
    QMetaObject::invokeMethod(worker, [worker, feed] { worker->importFiles({feed}, QStringLiteral("ndjson")); });
    loop.exec();
    tick.stop();
    thread.quit();
    thread.wait();
    return lateness;
}
} // namespace

int IngestBench::peakImportChild(const QString &feed, const QString &db, const QString &format)
{
    TimelineStore store(QStringLiteral("bench-peak"));
    if (!store.open(db))
        return 1;
    const ImportResult r = FeedImporter::importFile(store, feed, FeedFormat::fromName(format));
    if (!r.ok())
        return 1;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            QTextStream(stdout) << line.mid(6).trimmed().split(' ').value(0) << '\n';
    return 0;
}

QList<BenchResult> IngestBench::run(const QString &workDir, qint64 samplesPerService, int services, int repeats)
{
    SyntheticData::Options o;
    o.services = services;
    o.samplesPerService = samplesPerService;
    const QString feed = workDir + QStringLiteral("/ingest.ndjson");
    const QString csv = workDir + QStringLiteral("/ingest.csv");
    {
        QFile f(feed);
        f.open(QIODevice::WriteOnly);
        SyntheticData::writeNdjson(o, f);
        QFile c(csv);
        c.open(QIODevice::WriteOnly);
        writeCsv(o, c);
    }
    const qint64 rows = samplesPerService * services;
    // Every repeat times the three side by side, so that a busy spell of the machine falls on all.
    QList<double> raw, ours, csvRates, csvToNdjson;
    for (int i = 0; i < repeats; ++i) {
        raw.append(rawInsertRowsPerSecond(workDir + QStringLiteral("/raw.sqlite"), o));
        ours.append(importRowsPerSecond(workDir + QStringLiteral("/import.sqlite"), feed, rows, FeedFormat::Ndjson));
        csvRates.append(importRowsPerSecond(workDir + QStringLiteral("/import.sqlite"), csv, rows, FeedFormat::Csv));
        csvToNdjson.append(ours.last() / csvRates.last()); // CSV's time over NDJSON's
    }
    const auto worst = [](const QList<double> &rates) { return *std::min_element(rates.begin(), rates.end()); };
    BenchResult ingest;
    ingest.target = QStringLiteral("1. Ingest");
    ingest.measure = QStringLiteral("NDJSON file → store (parse, samples, rollups), %1 rows").arg(rows);
    ingest.median = medianOf(ours);
    ingest.worst = worst(ours);
    ingest.unit = QStringLiteral("rows/s");
    ingest.reference = QStringLiteral("raw prepared INSERT (SQLite C API), same rows and schema");
    ingest.referenceMedian = medianOf(raw);
    ingest.ratio = ingest.median / ingest.referenceMedian;
    ingest.goal = QStringLiteral("≥ 50 % of the reference");
    ingest.met = ingest.ratio >= 0.5;
    ingest.runs = repeats;

    BenchResult csvIngest;
    csvIngest.target = QStringLiteral("1. Ingest: CSV");
    csvIngest.measure = QStringLiteral("CSV file → store, the same %1 rows").arg(rows);
    csvIngest.median = medianOf(csvRates);
    csvIngest.worst = worst(csvRates);
    csvIngest.unit = QStringLiteral("rows/s");
    csvIngest.reference = QStringLiteral("NDJSON import of the same rows, rows/s");
    csvIngest.referenceMedian = ingest.median;
    csvIngest.ratio = medianOf(csvToNdjson);
    csvIngest.goal = QStringLiteral("CSV time ≤ 1.3 × NDJSON's (ratio = CSV time / NDJSON time)");
    csvIngest.met = csvIngest.ratio <= 1.3;
    csvIngest.runs = repeats;
    csvIngest.note = QStringLiteral("CSV ingest: the same records as the NDJSON file (a header `type,key,name,users,"
                                    "time,service,source,availability`), imported in the same repeats; the ratio is "
                                    "the median of the repeats' CSV time / NDJSON time, worst %1.")
                         .arg(*std::max_element(csvToNdjson.begin(), csvToNdjson.end()), 0, 'f', 3);

    // Peak memory of a whole import at a quarter of the rows and at all of them: flat in the
    // file's size when the import streams.
    SyntheticData::Options quarter = o;
    quarter.samplesPerService = qMax<qint64>(1, samplesPerService / 4);
    const QString smallCsv = workDir + QStringLiteral("/quarter.csv");
    {
        QFile c(smallCsv);
        c.open(QIODevice::WriteOnly);
        writeCsv(quarter, c);
    }
    const QString db = workDir + QStringLiteral("/peak.sqlite");
    // Three fresh processes a size, taken in turns: median and worst, as every row.
    QList<double> smallRuns, largeRuns, ndjsonRuns;
    for (int r = 0; r < kMemoryRuns; ++r) {
        smallRuns << peakImportMiB(smallCsv, db, QStringLiteral("csv"));
        largeRuns << peakImportMiB(csv, db, QStringLiteral("csv"));
        ndjsonRuns << peakImportMiB(feed, db, QStringLiteral("ndjson"));
    }
    const double csvSmall = medianOf(smallRuns);
    const double csvLarge = medianOf(largeRuns);
    const double csvLargeWorst = *std::max_element(largeRuns.begin(), largeRuns.end());
    QFile::remove(smallCsv);
    BenchResult memory;
    memory.target = QStringLiteral("1. Ingest: CSV memory");
    memory.measure = QStringLiteral("peak resident memory of a whole `import` process, %1 CSV rows").arg(rows);
    memory.median = csvLarge;
    memory.unit = QStringLiteral("MB");
    memory.reference = QStringLiteral("the same at %1 rows").arg(quarter.samplesPerService * services);
    memory.referenceMedian = csvSmall;
    memory.ratio = csvLarge / csvSmall;
    memory.goal = QStringLiteral("flat: ≤ 24 MB more for 4× the rows, the worst run against the smaller file's best");
    memory.met = csvLargeWorst - *std::min_element(smallRuns.begin(), smallRuns.end()) <= 24;
    memory.runs = int(largeRuns.size());
    memory.worst = csvLargeWorst;
    memory.note = QStringLiteral("Ingest memory: VmHWM of a fresh process (this program with --peak-import) that "
                                 "opens a new store and imports the file, %1 runs a size in turns: CSV %2 rows %3 MB, "
                                 "%4 rows %5 MB; NDJSON, %2 rows: %6 MB.")
                      .arg(kMemoryRuns)
                      .arg(rows)
                      .arg(runsText(largeRuns))
                      .arg(quarter.samplesPerService * services)
                      .arg(runsText(smallRuns), runsText(ndjsonRuns));

    // The p99 of each of three imports into a new store: median and worst of those.
    QList<double> p99s, medians;
    qsizetype ticks = 0;
    for (int r = 0; r < kMemoryRuns; ++r) {
        const QString latencyDb = workDir + QStringLiteral("/latency-%1.sqlite").arg(r);
        const QList<double> lateness = loopLatenciesDuringImport(latencyDb, feed);
        QFile::remove(latencyDb);
        ticks += lateness.size();
        p99s << percentile(lateness, 0.99);
        medians << medianOf(lateness);
    }
    BenchResult latency;
    latency.target = QStringLiteral("1. Ingest: GUI responsive");
    latency.measure = QStringLiteral("event-loop lateness of a 5 ms timer during that import, p99 of each of %1 "
                                     "imports (%2 ticks in all)")
                          .arg(kMemoryRuns)
                          .arg(ticks);
    latency.median = medianOf(p99s);
    latency.worst = *std::max_element(p99s.begin(), p99s.end());
    latency.unit = QStringLiteral("ms (p99)");
    latency.reference = QStringLiteral("median lateness");
    latency.referenceMedian = medianOf(medians);
    latency.goal = QStringLiteral("p99 ≤ 50 ms in every run");
    latency.met = latency.worst <= 50;
    latency.runs = int(p99s.size());
    latency.note = QStringLiteral("GUI responsive: p99 lateness per import %1 ms.").arg(runsText(p99s, 2));
    return {ingest, csvIngest, memory, latency};
}
