// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartbench.h"

#include "benchresult.h"
#include "charts/recoverychartbuilder.h"
#include "charts/recoverychartview.h"
#include "ingest/syntheticdata.h"
#include "mainwindow.h"
#include "report/reportrenderer.h"
#include "series/impactseriesprovider.h"
#include "session/dashboardsession.h"
#include "store/timelinestore.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QTextStream>
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

// One painted frame of a chart at 1920×1080, raster (what a screen or a grab does).
void paint(QChart *chart, QImage &image)
{
    image.fill(Qt::white);
    QPainter painter(&image);
    chart->scene()->render(&painter, QRectF(0, 0, kWidth, kHeight), QRectF(0, 0, kWidth, kHeight));
}

struct ChartHost {
    QGraphicsScene scene;
    QChart *chart;
    explicit ChartHost(std::unique_ptr<QChart> c)
        : chart(c.release())
    {
        scene.addItem(chart);
        chart->setGeometry(0, 0, kWidth, kHeight);
    }
    QList<QLineSeries *> series() const
    {
        QList<QLineSeries *> out;
        for (QAbstractSeries *s : chart->series())
            out.append(static_cast<QLineSeries *>(s));
        return out;
    }
};

// Counts the paints of a widget: a frame is only timed if it painted.
struct PaintCounter : QObject {
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == QEvent::Paint;
        return false;
    }
};

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

    // 2. Charts: the recovery chart as the dashboard shows it (RecoveryChartView reading its lines
    // through the session's ImpactSeriesProvider), for zooms from the whole range to 1 minute.
    const IncidentAnalysis &analysis = session->analysis();
    RecoveryChartView view;
    view.resize(kWidth, kHeight);
    view.setAnalysis(analysis, Theme::light(), session->seriesProvider());
    view.show();
    QApplication::processEvents();
    PaintCounter paints;
    view.viewport()->installEventFilter(&paints);
    ChartHost host(RecoveryChartBuilder::build(analysis, Theme::light()));
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    // A frame as on screen: the posted events the event loop would deliver next (QtCharts' layout
    // of axes and labels, then the view's update request, which paints it into its backing store
    // on the offscreen platform). Timers stay off, so no reload runs inside a frame. Every frame
    // is checked to have painted the viewport once (PaintCounter).
    // Events posted while posted events are delivered wait for the next round: the live path
    // posts three deep (engine, lines, layout and paint).
    const auto paintView = [&] {
        for (int round = 0; round < 4; ++round)
            QCoreApplication::sendPostedEvents();
    };
    const auto saveView = [&](const QString &path) { view.grab().save(path); };
    const TimeMs whole0 = o.start, whole1 = o.start + samplesPerService * o.stepMs;
    const TimeMs centre = o.start + samplesPerService * o.stepMs / 2;
    paintView();
    // Columns are the plot area's pixels, not the window's: axes and margins take the rest.
    const int plotWidth = qMax(1, qRound(view.chart()->plotArea().width()));
    QTextStream(stderr) << "plot area " << plotWidth << " px wide\n";
    QList<double> frames, partView, partPaint;
    qint64 pointsDrawn = 0;
    QList<double> firstFrames; // the first frame of each zoom: nothing of it read before
    QList<int> levels;
    int badFrames = 0; // timed frames that did not paint the view exactly once
    double worstZoom = 0;
    for (TimeMs span = whole1 - whole0;; span /= 4) {
        span = qMax<TimeMs>(span, 60000);
        const TimeMs from = span == whole1 - whole0 ? whole0 : centre - span / 2;
        QList<double> zoomFrames, zoomCpu;
        for (int r = 0; r < repeats; ++r) {
            // Every frame is a change of view: from a neighbour, so nothing drawn can be reused.
            // From a view a second narrower (within the window's bounds): always a change.
            view.timeWindow()->setView(
                qMax(from, view.timeWindow()->boundsFrom()) + 1000, qMin(from + span, view.timeWindow()->boundsTo()));
            paintView();
            const int paintsBefore = paints.count;
            QElapsedTimer t;
            t.start();
            const double cpu0 = threadCpuMs();
            view.timeWindow()->setView(from, from + span); // ticks, lines read, decimated
            const double viewMs = msSince(t);
            paintView();
            zoomFrames.append(msSince(t));
            badFrames += paints.count - paintsBefore != 1;
            partView.append(viewMs);
            partPaint.append(zoomFrames.constLast() - viewMs);
            for (const QList<QPointF> &l : view.lines())
                pointsDrawn += l.size();
            zoomCpu.append(threadCpuMs() - cpu0);
        }
        levels.append(view.linesLevel());
        // To look at what was timed: OUTAGEDASH_BENCH_FRAMES=DIR keeps each zoom's last frame.
        if (const QString dir = qEnvironmentVariable("OUTAGEDASH_BENCH_FRAMES"); !dir.isEmpty())
            saveView(QStringLiteral("%1/zoom-%2s.png").arg(dir).arg(span / 1000, 8, 10, QLatin1Char('0')));
        frames += zoomFrames;
        firstFrames.append(zoomFrames.constFirst());
        worstZoom = qMax(worstZoom, medianOf(zoomFrames));
        QTextStream(stderr) << "zoom " << span / 1000 << " s (level " << view.linesLevel() << "): median "
                            << medianOf(zoomFrames) << " ms (CPU " << medianOf(zoomCpu) << " ms; view change "
                            << medianOf(partView.mid(partView.size() - repeats)) << " ms, paint "
                            << medianOf(partPaint.mid(partPaint.size() - repeats)) << " ms), first "
                            << zoomFrames.constFirst() << " ms\n";
        if (span == 60000)
            break;
    }
    // The reference: the same chart fed every raw point of one service (capped at 1 M), drawn once.
    QList<double> full;
    {
        const qint64 n = qMin<qint64>(samplesPerService, 1000000);
        QList<QPointF> points;
        points.reserve(n);
        for (const HealthSample &s : SyntheticData::samples(o, 0, 0, n))
            points.append(QPointF(double(s.time), (1 - s.availability)));
        for (int r = 0; r < qMin(repeats, 3); ++r) {
            QElapsedTimer t;
            t.start();
            host.series().first()->replace(points);
            host.chart->axes(Qt::Horizontal).first()->setRange(double(whole0), double(whole0 + n * o.stepMs));
            paint(host.chart, image);
            full.append(msSince(t));
        }
    }
    BenchResult chart {QStringLiteral("2. Charts"),
        QStringLiteral(
            "view change → query → impact → M4 → painted 1920×1080 recovery chart, %1 samples, zooms whole → 1 min")
            .arg(total),
        medianOf(frames), QStringLiteral("ms"),
        QStringLiteral("full-series QtCharts draw of %1 points").arg(qMin<qint64>(samplesPerService, 1000000)),
        medianOf(full), 0, QStringLiteral("≤ 16 ms median"), medianOf(frames) <= 16 && badFrames == 0,
        int(frames.size()), {}};
    chart.ratio = chart.median / chart.referenceMedian;
    QStringList levelNames;
    for (int level : levels)
        levelNames.append(level == 0 ? QStringLiteral("raw") : QStringLiteral("%1 s").arg(level));
    chart.note = QStringLiteral(
        "Charts: the dashboard's RecoveryChartView at 1920×1080, %1 zooms from the whole range to one "
        "minute, each a quarter of the one before, centred; %2 frames per zoom, each a change of view "
        "(from one a second away), columns = the plot area's %3 px. Read from: %7. Of the median "
        "frame: %4 ms changing the view (axis ticks; lines read from rollups or samples, impact engine, "
        "decimation), %5 ms painting the whole chart (axes, legend, lines drawn by ImpactLinesItem, "
        "not a QLineSeries); %6 points drawn per frame on average. Reads: levels of one minute and "
        "coarser are read whole once and kept, the ten-second level and raw samples a window's width "
        "around the view; the first frame of each zoom pays for what it reads (row \"first frame of "
        "a zoom\"). SQLite is read through its C API (RollupReader; any other driver through QtSql, "
        "same rows: tst_rollupreader). Lines are M4 for step lines (M4Decimator::decimateSteps): every "
        "column inks one run whose ends are within one pixel of the full line's (tst_decimation).")
                     .arg(firstFrames.size())
                     .arg(repeats)
                     .arg(plotWidth)
                     .arg(medianOf(partView), 0, 'f', 1)
                     .arg(medianOf(partPaint), 0, 'f', 1)
                     .arg(frames.isEmpty() ? 0 : pointsDrawn / frames.size())
                     .arg(levelNames.join(QStringLiteral(", ")));
    chart.note
        += QStringLiteral(" A frame is timed from the change of view to the end of the paint the event loop "
                          "would deliver next (posted layout, then the view's own paint into its backing store); "
                          "frames that did not paint the view exactly once: %1.")
               .arg(badFrames);
    results.append(chart);
    results.append({QStringLiteral("2. Charts: worst zoom"), QStringLiteral("the slowest zoom level's median frame"),
        worstZoom, QStringLiteral("ms"), QString(), 0, 0, QStringLiteral("(for information)"), true, repeats, {}});
    results.append({QStringLiteral("2. Charts: first frame of a zoom"),
        QStringLiteral("the frame that first reads a zoom's rollups or samples from the store (median; "
                       "slowest as reference)"),
        medianOf(firstFrames), QStringLiteral("ms"), QStringLiteral("slowest"),
        *std::max_element(firstFrames.cbegin(), firstFrames.cend()), 0, QStringLiteral("(for information)"), true,
        int(firstFrames.size()), {}});

    // 3. Live: the dashboard's path for samples a live source stored: DashboardSession::appendLive
    // (impact engine on the batch) → RecoveryChartView::appendLive, 1,000 of them into a view of
    // the last ten minutes that follows the newest, each followed by a painted frame.
    {
        QObject::connect(session.get(), &DashboardSession::liveImpact, &view, &RecoveryChartView::appendLive);
        // Every sample drawn at once, not gathered for 40 ms as on screen: the cost of one append.
        session->setLiveInterval(0);
        // The synthetic incident's window ends an hour after it resolved, days before its data
        // does: first grow the window to the newest stored sample, as a live incident's is.
        view.timeWindow()->extendTo(whole1);
        const TimeMs end = view.timeWindow()->boundsTo();
        view.timeWindow()->setView(end - 600000, end);
        paintView();
        const QList<Service> services = SyntheticData::services(o);
        QList<double> appendFrames;
        for (int k = 0; k < 1000; ++k) {
            HealthSample sample;
            sample.time = end + (k + 1) * o.stepMs;
            sample.service = services.at(k % services.size()).key;
            sample.source = QStringLiteral("bench-live");
            sample.availability = (k % 97) / 97.0;
            const int paintsBefore = paints.count;
            QElapsedTimer t;
            t.start();
            session->appendLive({sample});
            paintView();
            appendFrames.append(msSince(t));
            badFrames += paints.count - paintsBefore != 1;
        }
        if (const QString dir = qEnvironmentVariable("OUTAGEDASH_BENCH_FRAMES"); !dir.isEmpty())
            saveView(dir + QStringLiteral("/live.png"));
        {
            QList<int> order(appendFrames.size());
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(), [&](int x, int y) { return appendFrames[x] > appendFrames[y]; });
            QTextStream err(stderr);
            err << "live: slowest frames";
            for (int k = 0; k < 10; ++k)
                err << " #" << order[k] << " " << appendFrames[order[k]] << " ms";
            err << "\n";
        }
        BenchResult live {QStringLiteral("3. Live"),
            QStringLiteral("a stored sample → people affected → appended to the recovery chart + painted "
                           "frame, 1,000 samples"),
            *std::max_element(appendFrames.cbegin(), appendFrames.cend()), QStringLiteral("ms (max)"),
            QStringLiteral("median frame"), medianOf(appendFrames), 0, QStringLiteral("no frame over 16 ms"),
            *std::max_element(appendFrames.cbegin(), appendFrames.cend()) <= 16 && badFrames == 0, 1000, {}};
        live.note = QStringLiteral(
            "Live: DashboardSession::appendLive runs the impact engine on the new sample alone (from each "
            "service's last value: LiveImpact, whose steps equal a reload's, tst_charts), and the view appends "
            "them to per-service M4 columns (LiveSampleBuffer), sliding the ten-minute view with the newest; "
            "nothing is read from the store. Here every sample is drawn at once (live intervals 0), the cost "
            "of one append; on screen samples gather for 40 ms, so they are drawn 25 times a second at most. The whole "
            "timeline is re-read every 10× what a reload takes (at least 250 ms, at most 10 s), outside "
            "these frames. The dashboard window is closed first, or its chart would follow the same "
            "samples and be painted into every frame too.");
        results.append(live);
    }

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
