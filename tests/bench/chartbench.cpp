// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartbench.h"

#include "benchresult.h"
#include "chartframes.h"
#include "ingest/syntheticdata.h"
#include "mainwindow.h"
#include "report/reportrenderer.h"
#include "session/dashboardsession.h"
#include "store/timelinestore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace {
constexpr int kWidth = 1920;
constexpr int kHeight = 1080;

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}
} // namespace

QList<BenchResult> ChartBench::run(
    const QString &workDir, qint64 samplesPerService, int services, int repeats, const QString &keptStore)
{
    QList<BenchResult> results;
    SyntheticData::Options o;
    o.services = services;
    o.samplesPerService = samplesPerService;
    const QString path = keptStore.isEmpty() ? workDir + QStringLiteral("/large.sqlite") : keptStore;
    const qint64 total = samplesPerService * services;
    // The data is deterministic, so a kept store with the same number of rows is the same store.
    bool filled = false;
    if (!keptStore.isEmpty() && QFileInfo::exists(keptStore)) {
        TimelineStore store(QStringLiteral("bench-check"));
        filled = store.open(path) && store.sampleCountEstimate() == total;
    }
    if (!filled) {
        TimelineStore store(QStringLiteral("bench-fill"));
        store.open(path);
        QElapsedTimer fill;
        fill.start();
        SyntheticData::writeStore(o, store);
        QTextStream(stderr) << "filled " << total << " samples in " << msSince(fill) / 1000 << " s\n";
    }

    // 4. Start-up: store → snapshot → analysis → first painted dashboard.
    QElapsedTimer startup;
    startup.start();
    auto session = std::make_unique<DashboardSession>();
    session->open(path);
    auto window = std::make_unique<MainWindow>(session.get());
    window->resize(kWidth, kHeight);
    window->show();
    QApplication::processEvents();
    const QImage first = window->grab().toImage();
    const double startupMs = msSince(startup);
    QTextStream(stderr) << "start-up " << startupMs << " ms\n";
    const qint64 rss = rssKb();
    BenchResult startupResult {QStringLiteral("4. Start-up"),
        QStringLiteral("open %1-sample store to first painted dashboard (in process)").arg(total), startupMs,
        QStringLiteral("ms"), QString(), 0, 0, QStringLiteral("≤ 1000 ms"), startupMs <= 1000 && !first.isNull(), 1,
        {}};
    startupResult.note = QStringLiteral(
        "Start-up: DashboardSession::open (the snapshot: one-minute rollup averages of the whole store, read "
        "a service at a time through its key; the incident's analysis), MainWindow, show, and a grab of the "
        "first frame, in one process right after the store was written (its pages are in the OS cache). The "
        "Compare tab analyses its two incidents when it is first opened, not before the first paint.");
    results.append(startupResult);
    results.append({QStringLiteral("4. Start-up: memory"), QStringLiteral("resident memory with that store open"),
        rss / 1024.0, QStringLiteral("MB"), QString(), 0, 0, QStringLiteral("≤ 300 MB"), rss / 1024.0 <= 300, 1, {}});
    // The frames below are one recovery chart's, as on a screen: the dashboard's own would
    // follow the same live samples and paint a second chart into every frame.
    window.reset();

    // 2. Charts and 3. Live: the recovery chart's frames, several runs (chartframes.cpp).
    const IncidentAnalysis &analysis = session->analysis();
    results += ChartFrames::run(*session, path, o, repeats, repeats > 3 ? 3 : 1);

    // 5. Report: the PDF of the incident spanning every sample.
    {
        QList<double> times;
        qint64 bytes = 0;
        for (int r = 0; r < qMin(repeats, 3); ++r) {
            const QString pdf = workDir + QStringLiteral("/large.pdf");
            QElapsedTimer t;
            t.start();
            QString error;
            ReportRenderer(session->snapshot(), analysis, {}).writePdf(pdf, &error);
            times.append(msSince(t));
            bytes = QFileInfo(pdf).size();
        }
        results.append({QStringLiteral("5. Reports"), QStringLiteral("PDF of the %1-sample incident").arg(total),
            medianOf(times), QStringLiteral("ms"), QStringLiteral("file size (MB)"), bytes / 1048576.0, 0,
            QStringLiteral("≤ 2000 ms and < 2 MB"), medianOf(times) <= 2000 && bytes < 2 * 1048576, int(times.size()),
            {}});
    }
    session.reset();
    return results;
}
