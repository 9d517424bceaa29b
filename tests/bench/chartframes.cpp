// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartframes.h"

#include "benchresult.h"
#include "charts/recoverychartbuilder.h"
#include "charts/recoverychartview.h"
#include "series/impactseriesprovider.h"
#include "session/dashboardsession.h"
#include "session/timewindow.h"
#include "store/timelinestore.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsScene>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QTextStream>
#include <QThread>
#include <QValueAxis>
#include <ctime>
#include <numeric>

namespace {
constexpr int kWidth = 1920;
constexpr int kHeight = 1080;

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

// This thread's CPU time: on a machine shared with builds, it tells a change's effect
// apart from waiting for a core (printed beside the wall-clock figures, never instead).
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().split(' ').value(0)) : QStringLiteral("?");
}

double worstOf(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

// Counts the paints of a widget: a frame is only timed if it painted.
struct PaintCounter : QObject {
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == QEvent::Paint;
        return false;
    }
};

// The same chart drawn the QtCharts way: a QLineSeries per service, fed with replace().
struct QtChartsHost {
    QGraphicsScene scene;
    QChart *chart;
    QImage image {kWidth, kHeight, QImage::Format_ARGB32_Premultiplied};
    explicit QtChartsHost(const IncidentAnalysis &analysis)
        : chart(RecoveryChartBuilder::build(analysis, Theme::light()).release())
    {
        scene.addItem(chart);
        chart->setGeometry(0, 0, kWidth, kHeight);
    }
    // replace() of every line, the axes set to the view, one raster paint: ms.
    double draw(const QList<QList<QPointF>> &lines, double from, double to, double top)
    {
        QElapsedTimer t;
        t.start();
        const QList<QAbstractSeries *> series = chart->series();
        for (qsizetype i = 0; i < series.size(); ++i)
            static_cast<QLineSeries *>(series.at(i))->replace(lines.value(i));
        chart->axes(Qt::Horizontal).constFirst()->setRange(from, to);
        chart->axes(Qt::Vertical).constFirst()->setRange(0, top);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter, QRectF(0, 0, kWidth, kHeight), QRectF(0, 0, kWidth, kHeight));
        return msSince(t);
    }
};
} // namespace

QList<BenchResult> ChartFrames::run(
    DashboardSession &session, const QString &storePath, const SyntheticData::Options &data, int repeats, int runs)
{
    QList<BenchResult> results;
    const IncidentAnalysis &analysis = session.analysis();
    const qint64 total = data.samplesPerService * data.services;
    RecoveryChartView view;
    view.resize(kWidth, kHeight);
    view.setAnalysis(analysis, Theme::light(), session.seriesProvider());
    view.show();
    QApplication::processEvents();
    PaintCounter paints;
    view.viewport()->installEventFilter(&paints);
    // A frame as on screen: the posted events the event loop would deliver next (QtCharts' layout
    // of axes and labels, then the view's update request, which paints it into its backing store
    // on the offscreen platform). Timers and the reader thread's answers wait: an answer that
    // arrives is drawn in a frame of its own (RecoveryChartView::refineLines), timed below.
    // Events posted while posted events are delivered wait for the next round: the live path
    // posts three deep (engine, lines, layout and paint).
    const auto paintView = [&] {
        for (int round = 0; round < 4; ++round)
            QCoreApplication::sendPostedEvents();
    };
    // Until what the view waits for is read and drawn, as the event loop runs.
    const auto settle = [&] {
        QElapsedTimer t;
        t.start();
        while (view.linesPending() && t.elapsed() < 20000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            if (view.linesPending())
                QThread::usleep(100);
        }
        paintView();
    };
    const TimeMs whole0 = data.start, whole1 = data.start + data.samplesPerService * data.stepMs;
    const TimeMs centre = data.start + data.samplesPerService * data.stepMs / 2;
    TimelineStore store(QStringLiteral("bench-frames"));
    store.open(storePath);
    QtChartsHost host(analysis);

    QList<double> frames, partView, partPaint, firstFrames, refinedFrames, sameQtCharts, ourDrawing;
    QList<QString> loads;
    qint64 pointsDrawn = 0;
    int badFrames = 0, pendingFirsts = 0, zoomsPerRun = 0, plotWidth = 0;
    QList<int> levels;
    for (int run = 0; run < runs; ++run) {
        loads.append(loadAverage());
        // A provider that has read nothing: every zoom to a level not yet read misses. Reading
        // ahead while idle is off here, so that each such first frame is a miss.
        auto provider
            = std::make_shared<ImpactSeriesProvider>(store.rollupSource(), analysis, store.rollupSourceOpener());
        provider->setPrefetch(false);
        view.setAnalysis(analysis, Theme::light(), provider);
        view.timeWindow()->setView(whole0, whole1);
        paintView();
        settle();
        plotWidth = qMax(1, qRound(view.chart()->plotArea().width()));
        levels.clear();
        zoomsPerRun = 0;
        for (TimeMs span = whole1 - whole0;; span /= 4) {
            span = qMax<TimeMs>(span, 60000);
            const TimeMs from = span == whole1 - whole0 ? whole0 : centre - span / 2;
            QList<double> zoomFrames, zoomCpu;
            bool refinedHere = false;
            // The zoom itself: from the last view to this one, the frame that asks for the read.
            if (span != whole1 - whole0) {
                const int paintsBefore = paints.count;
                QElapsedTimer t;
                t.start();
                view.timeWindow()->setView(from, from + span);
                const double viewMs = msSince(t);
                paintView();
                const double first = msSince(t);
                badFrames += paints.count - paintsBefore != 1;
                firstFrames.append(first);
                zoomFrames.append(first);
                partView.append(viewMs);
                partPaint.append(first - viewMs);
                ++zoomsPerRun;
                if (view.linesPending()) {
                    ++pendingFirsts;
                    settle();
                    refinedFrames.append(msSince(t));
                    refinedHere = true;
                }
            }
            for (int r = zoomFrames.size(); r < repeats; ++r) {
                // Every frame is a change of view: from a neighbour (a second narrower, within the
                // window's bounds), so nothing drawn can be reused.
                view.timeWindow()->setView(qMax(from, view.timeWindow()->boundsFrom()) + 1000,
                    qMin(from + span, view.timeWindow()->boundsTo()));
                paintView();
                settle();
                const int paintsBefore = paints.count;
                QElapsedTimer t;
                t.start();
                const double cpu0 = threadCpuMs();
                view.timeWindow()->setView(from, from + span); // ticks, lines, decimated
                const double viewMs = msSince(t);
                paintView();
                zoomFrames.append(msSince(t));
                badFrames += paints.count - paintsBefore != 1;
                partView.append(viewMs);
                partPaint.append(zoomFrames.constLast() - viewMs);
                zoomCpu.append(threadCpuMs() - cpu0);
            }
            for (const QList<QPointF> &l : view.lines())
                pointsDrawn += l.size() * qsizetype(zoomFrames.size());
            levels.append(view.linesLevel());
            frames += zoomFrames;
            // QtCharts drawing the very points this frame drew (already decimated).
            const auto *y = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Vertical).value(0));
            sameQtCharts.append(host.draw(view.lines(), double(from), double(from + span), y ? y->max() : 1));
            ourDrawing.append(medianOf(partPaint.mid(partPaint.size() - zoomFrames.size())));
            if (const QString dir = qEnvironmentVariable("OUTAGEDASH_BENCH_FRAMES"); !dir.isEmpty() && run == 0)
                view.grab().save(QStringLiteral("%1/zoom-%2s.png").arg(dir).arg(span / 1000, 8, 10, QLatin1Char('0')));
            QTextStream(stderr) << "run " << run + 1 << " zoom " << span / 1000 << " s (level " << view.linesLevel()
                                << "): median " << medianOf(zoomFrames) << " ms (CPU " << medianOf(zoomCpu)
                                << " ms), first " << zoomFrames.constFirst() << " ms"
                                << (refinedHere ? QStringLiteral(", refined %1 ms").arg(refinedFrames.last())
                                                : QString())
                                << "; QtCharts, same points " << sameQtCharts.constLast() << " ms\n";
            if (span == 60000)
                break;
        }
    }
    // The naive reference: the same chart fed every raw point of one service (capped at 1 M).
    QList<double> full;
    {
        const qint64 n = qMin<qint64>(data.samplesPerService, 1000000);
        QList<QPointF> points;
        points.reserve(n);
        for (const HealthSample &s : SyntheticData::samples(data, 0, 0, n))
            points.append(QPointF(double(s.time), (1 - s.availability)));
        for (int r = 0; r < qMax(3, runs); ++r)
            full.append(host.draw({points}, double(whole0), double(whole0 + n * data.stepMs), 1));
    }
    QStringList levelNames;
    for (int level : levels)
        levelNames.append(level == 0 ? QStringLiteral("raw") : QStringLiteral("%1 s").arg(level));
    BenchResult chart {QStringLiteral("2. Charts"),
        QStringLiteral("view change → lines from memory (rollups or samples) → impact → M4 → painted 1920×1080 "
                       "recovery chart, %1 samples, zooms whole → 1 min, every frame")
            .arg(total),
        medianOf(frames), QStringLiteral("ms"),
        QStringLiteral("the same frames with QtCharts drawing the same decimated points (replace + paint, "
                       "median per zoom) instead of ImpactLinesItem: our painting part %1 ms against")
            .arg(medianOf(ourDrawing), 0, 'f', 1),
        medianOf(sameQtCharts), 0, QStringLiteral("≤ 16 ms, every frame"), worstOf(frames) <= 16 && badFrames == 0,
        int(frames.size()), {}, worstOf(frames)};
    chart.ratio = medianOf(ourDrawing) / chart.referenceMedian;
    chart.note = QStringLiteral(
        "Charts: the dashboard's RecoveryChartView at 1920×1080, %1 runs (1-min load average at each run's start: "
        "%2), each on a new ImpactSeriesProvider that has read nothing, reading ahead off; %3 zooms from the whole "
        "range to one minute, each a quarter of the one before, centred; %4 frames per zoom, columns = the plot "
        "area's %5 px. Read from: %6. Of the median frame: %7 ms changing the view (axis ticks; lines from "
        "memory, impact engine, decimation), %8 ms painting the whole chart; %9 points drawn per frame on "
        "average. A zoom's first frame is timed from the view change that asks for the read: the level is read "
        "on the provider's reader thread (its own connection) while that frame draws the finest coarser level in "
        "memory; the refined frame is timed from the same view change to the paint of the finer lines. Then "
        "frames from a neighbour view (a second away). A frame is timed to the end of the paint the event "
        "loop would deliver next (posted layout, then the view's own paint into its backing store); frames that "
        "did not paint the view exactly once: %10.")
                     .arg(runs)
                     .arg(loads.join(QStringLiteral(", ")))
                     .arg(zoomsPerRun + 1)
                     .arg(repeats)
                     .arg(plotWidth)
                     .arg(levelNames.join(QStringLiteral(", ")))
                     .arg(medianOf(partView), 0, 'f', 1)
                     .arg(medianOf(partPaint), 0, 'f', 1)
                     .arg(frames.isEmpty() ? 0 : pointsDrawn / frames.size())
                     .arg(badFrames);
    chart.note += QStringLiteral(
        " References, same runs: QtCharts drawing the same decimated points = one QLineSeries a service fed with "
        "replace() of the points the frame drew, axes set, one raster paint of the chart (the ratio is our "
        "painting part, posted layout and paint, to that); the naive reference = one QLineSeries fed every raw point "
        "of one "
        "service (1 M), what a program without decimation draws.");
    results.append(chart);
    BenchResult naive {QStringLiteral("2. Charts: naive reference"),
        QStringLiteral("a full-series QtCharts draw of %1 points (replace + paint), what the frame is not")
            .arg(qMin<qint64>(data.samplesPerService, 1000000)),
        medianOf(full), QStringLiteral("ms"), QStringLiteral("our median frame"), medianOf(frames), 0,
        QStringLiteral("(for information)"), true, int(full.size()), {}, worstOf(full)};
    naive.ratio = naive.referenceMedian / naive.median;
    results.append(naive);
    results.append({QStringLiteral("2. Charts: first frame of a zoom"),
        QStringLiteral("the frame of the view change to a zoom (%1 a run): it asks for the new level's read and "
                       "draws the coarser level in memory meanwhile")
            .arg(zoomsPerRun),
        medianOf(firstFrames), QStringLiteral("ms"),
        QStringLiteral("drawn coarse (their level not in memory): %1 of %2").arg(pendingFirsts).arg(firstFrames.size()),
        0, 0, QStringLiteral("≤ 16 ms, every one"), worstOf(firstFrames) <= 16, int(firstFrames.size()), {},
        worstOf(firstFrames)});
    results.append({QStringLiteral("2. Charts: refined frame"),
        QStringLiteral("from that view change to the painted frame of the finer level, read off the GUI thread "
                       "(the frames between go on)"),
        medianOf(refinedFrames), QStringLiteral("ms"), QString(), 0, 0, QStringLiteral("(for information)"), true,
        int(refinedFrames.size()), {}, worstOf(refinedFrames)});

    // 3. Live: the dashboard's path for samples a live source stored: DashboardSession::appendLive
    // (impact engine on the batch) → RecoveryChartView::appendLive, 1,000 of them a run into a view of
    // the last ten minutes that follows the newest, each followed by a painted frame.
    QObject::connect(&session, &DashboardSession::liveImpact, &view, &RecoveryChartView::appendLive);
    session.setLiveInterval(0); // every sample drawn at once, not gathered for 40 ms: one append's cost
    view.setAnalysis(analysis, Theme::light(), session.seriesProvider());
    // The synthetic incident's window ends an hour after it resolved, days before its data
    // does: first grow the window to the newest stored sample, as a live incident's is.
    view.timeWindow()->extendTo(whole1);
    const QList<Service> services = SyntheticData::services(data);
    QList<double> worstPerRun, allLive;
    QList<QString> liveLoads, worstCpuPerRun;
    qint64 next = 0;
    for (int run = 0; run < runs; ++run) {
        liveLoads.append(loadAverage());
        const TimeMs end = view.timeWindow()->boundsTo();
        view.timeWindow()->setView(end - 600000, end);
        paintView();
        settle();
        QList<double> appendFrames;
        QList<std::array<double, 6>> parts;
        for (int k = 0; k < 1000; ++k, ++next) {
            HealthSample sample;
            sample.time = whole1 + (next + 1) * data.stepMs;
            sample.service = services.at(k % services.size()).key;
            sample.source = QStringLiteral("bench-live");
            sample.availability = (k % 97) / 97.0;
            const int paintsBefore = paints.count;
            QElapsedTimer t;
            t.start();
            std::array<double, 6> part {};
            const double cpu0 = threadCpuMs();
            session.appendLive({sample});
            part[0] = msSince(t);
            for (int round = 0; round < 4; ++round) {
                QCoreApplication::sendPostedEvents();
                part[round + 1] = msSince(t);
            }
            appendFrames.append(msSince(t));
            part[5] = threadCpuMs() - cpu0;
            parts.append(part);
            badFrames += paints.count - paintsBefore != 1;
        }
        QList<int> order(appendFrames.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int x, int y) { return appendFrames[x] > appendFrames[y]; });
        QTextStream err(stderr);
        err << "live run " << run + 1 << ": median " << medianOf(appendFrames) << " ms; slowest (append, then each "
            << "round of posted events, cumulative):";
        for (int k = 0; k < 5; ++k) {
            const auto &p = parts[order[k]];
            err << " #" << order[k] << " " << appendFrames[order[k]] << " (" << p[0] << "/" << p[1] << "/" << p[2]
                << "/" << p[3] << "/" << p[4] << "; CPU " << p[5] << ")";
        }
        std::sort(order.begin(), order.end(), [&](int x, int y) { return parts[x][5] > parts[y][5]; });
        err << "; most CPU:";
        for (int k = 0; k < 5; ++k)
            err << " #" << order[k] << " " << parts[order[k]][5] << " ms CPU, " << appendFrames[order[k]] << " ms";
        err << "\n";
        worstPerRun.append(worstOf(appendFrames));
        double cpuWorst = 0;
        for (const auto &p : parts)
            cpuWorst = qMax(cpuWorst, p[5]);
        worstCpuPerRun.append(QString::number(cpuWorst, 'f', 2));
        allLive += appendFrames;
    }
    if (const QString dir = qEnvironmentVariable("OUTAGEDASH_BENCH_FRAMES"); !dir.isEmpty())
        view.grab().save(dir + QStringLiteral("/live.png"));
    QStringList worstText;
    for (double w : worstPerRun)
        worstText.append(QString::number(w, 'f', 2));
    BenchResult live {QStringLiteral("3. Live"),
        QStringLiteral("a stored sample → people affected → appended to the recovery chart + painted frame: the "
                       "worst of 1,000 frames, per run"),
        medianOf(worstPerRun), QStringLiteral("ms (worst frame)"), QStringLiteral("median frame, all runs"),
        medianOf(allLive), 0, QStringLiteral("≤ 10 ms in every run"), worstOf(worstPerRun) <= 10 && badFrames == 0,
        int(worstPerRun.size()), {}, worstOf(worstPerRun)};
    live.note = QStringLiteral(
        "Live: %1 runs of 1,000 samples (1-min load average at each run's start: %2; worst frame per run: %3 ms; "
        "the most CPU time this thread spent on one frame, per run: %4 ms, so a worst frame well above it waited "
        "for a core). "
        "DashboardSession::appendLive runs the impact engine on the new sample alone (from each service's last "
        "value: LiveImpact, whose steps equal a reload's, tst_charts), and the view appends them to per-service "
        "M4 columns (LiveSampleBuffer), sliding the ten-minute view with the newest; nothing is read from the "
        "store. Every sample is drawn at once (live interval 0), the cost of one append; on screen samples gather "
        "for 40 ms, so they are drawn 25 times a second at most. The whole timeline is re-read every 10× what a "
        "reload takes (at least 250 ms, at most 10 s), outside these frames. The dashboard window is closed first, "
        "or its chart would follow the same samples and be painted into every frame too.")
                    .arg(runs)
                    .arg(liveLoads.join(QStringLiteral(", ")))
                    .arg(worstText.join(QStringLiteral(", ")))
                    .arg(worstCpuPerRun.join(QStringLiteral(", ")));
    results.append(live);
    return results;
}
