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
#include <QSqlDriver>
#include <QThread>
#include <QTimer>
#include <sqlite3.h>

namespace {
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

double importRowsPerSecond(const QString &path, const QString &feed, qint64 rows)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    TimelineStore store(QStringLiteral("bench-import"));
    store.open(path);
    QElapsedTimer timer;
    timer.start();
    const ImportResult r = FeedImporter::importFile(store, feed, FeedFormat::Ndjson);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!r.ok())
        qFatal("import failed: %s", qPrintable(r.error));
    return double(rows) / seconds;
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

QList<BenchResult> IngestBench::run(const QString &workDir, qint64 samplesPerService, int services, int repeats)
{
    SyntheticData::Options o;
    o.services = services;
    o.samplesPerService = samplesPerService;
    const QString feed = workDir + QStringLiteral("/ingest.ndjson");
    {
        QFile f(feed);
        f.open(QIODevice::WriteOnly);
        SyntheticData::writeNdjson(o, f);
    }
    const qint64 rows = samplesPerService * services;
    QList<double> raw, ours;
    for (int i = 0; i < repeats; ++i) {
        raw.append(rawInsertRowsPerSecond(workDir + QStringLiteral("/raw.sqlite"), o));
        ours.append(importRowsPerSecond(workDir + QStringLiteral("/import.sqlite"), feed, rows));
    }
    BenchResult ingest;
    ingest.target = QStringLiteral("1. Ingest");
    ingest.measure = QStringLiteral("NDJSON file → store (parse, samples, rollups), %1 rows").arg(rows);
    ingest.median = medianOf(ours);
    ingest.unit = QStringLiteral("rows/s");
    ingest.reference = QStringLiteral("raw prepared INSERT (SQLite C API), same rows and schema");
    ingest.referenceMedian = medianOf(raw);
    ingest.ratio = ingest.median / ingest.referenceMedian;
    ingest.goal = QStringLiteral("≥ 50 % of the reference");
    ingest.met = ingest.ratio >= 0.5;
    ingest.runs = repeats;

    const QList<double> lateness = loopLatenciesDuringImport(workDir + QStringLiteral("/latency.sqlite"), feed);
    BenchResult latency;
    latency.target = QStringLiteral("1. Ingest: GUI responsive");
    latency.measure
        = QStringLiteral("event-loop lateness of a 5 ms timer during that import (%1 ticks)").arg(lateness.size());
    latency.median = percentile(lateness, 0.99);
    latency.unit = QStringLiteral("ms (p99)");
    latency.reference = QStringLiteral("median lateness");
    latency.referenceMedian = medianOf(lateness);
    latency.goal = QStringLiteral("p99 ≤ 50 ms");
    latency.met = latency.median <= 50;
    latency.runs = 1;
    return {ingest, latency};
}
