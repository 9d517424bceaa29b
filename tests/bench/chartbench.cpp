// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartbench.h"

#include "benchresult.h"
#include "chartframes.h"
#include "ingest/syntheticdata.h"
#include "report/reportrenderer.h"
#include "session/dashboardsession.h"
#include "store/timelinestore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

namespace {
double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
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

    // The session the chart frames and the report are drawn from. Start-up is timed as a whole
    // process from exec, warm and cold, in startupbench.cpp: timed here, in a process that had
    // just written the store, it was one flattering run.
    auto session = std::make_unique<DashboardSession>();
    session->open(path);

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
        const double worst = *std::max_element(times.begin(), times.end());
        results.append({QStringLiteral("5. Reports"), QStringLiteral("PDF of the %1-sample incident").arg(total),
            medianOf(times), QStringLiteral("ms"), QStringLiteral("file size (MB)"), bytes / 1048576.0, 0,
            QStringLiteral("≤ 2000 ms and < 2 MB, every run"), worst <= 2000 && bytes < 2 * 1048576, int(times.size()),
            {}, worst});
    }
    session.reset();
    return results;
}
