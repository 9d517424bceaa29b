// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/recoverychartview.h"

#include "charts/impactlinesitem.h"
#include "charts/recoverychartbuilder.h"
#include "charts/recoverychartlegend.h"
#include "common/timeaxisticks.h"
#include "series/impactseriesprovider.h"
#include "series/m4decimator.h"
#include "session/timewindow.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QFontInfo>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>
#include <QSignalBlocker>
#include <QTimer>
#include <QValueAxis>
#include <QtMath>
#include <algorithm>
#include <cmath>
#include <limits>

namespace {
// The analysis' lines are kept for zooming without a store: exact for any incident of
// days at 1 s steps, and a few MB at most for a year of samples.
constexpr int kAnalysisColumns = 1 << 16;

// Nothing is known past 'end' (an open incident's present): lines stop there, level.
void endLinesAt(QList<QList<QPointF>> &lines, double end)
{
    for (QList<QPointF> &line : lines) {
        const auto past
            = std::upper_bound(line.cbegin(), line.cend(), end, [](double x, const QPointF &p) { return x < p.x(); });
        if (past == line.cend())
            continue;
        const qsizetype kept = past - line.cbegin();
        const double y = kept ? line.at(kept - 1).y() : 0;
        line.resize(kept);
        if (kept && line.constLast().x() < end)
            line.append(QPointF(end, y));
    }
}
} // namespace

RecoveryChartView::RecoveryChartView(QWidget *parent)
    : QChartView(parent)
    , m_refineTimer(new QTimer(this))
    , m_relayoutTimer(new QTimer(this))
    , m_window(new TimeWindow(this))
    , m_legend(new RecoveryChartLegend(this))
{
    // A timer, not a posted call: what was read is drawn in a frame of its own, after the
    // posted view changes and paints (which may already draw it), never inside one of them.
    m_refineTimer->setSingleShot(true);
    m_refineTimer->setInterval(0);
    connect(m_refineTimer, &QTimer::timeout, this, &RecoveryChartView::refineLines);
    m_relayoutTimer->setSingleShot(true);
    m_relayoutTimer->setInterval(0);
    connect(m_relayoutTimer, &QTimer::timeout, this, &RecoveryChartView::followPlotArea);
    setRenderHint(QPainter::Antialiasing);
    // The chart is sized to the whole view: a frame would hide its outer pixels, the last
    // x label's end among them.
    setFrameShape(QFrame::NoFrame);
    // drawBackground fills what the chart's background leaves, instead of the whole viewport.
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setRubberBand(QChartView::NoRubberBand); // dragging pans the shared time window instead
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Recovery chart: people affected by service over time"));
    setAccessibleDescription(tr("Scroll to zoom at the pointer, drag to pan; + and − zoom, arrow keys pan, "
                                "0 or Esc shows the whole incident. Keys 1 to 9, or a click on the legend, "
                                "hide and show a service."));
    setMinimumHeight(120);
    viewport()->setMouseTracking(true); // the crosshair follows the pointer without a button
    connect(m_window, &TimeWindow::viewChanged, this, &RecoveryChartView::applyView);
    connect(m_legend, &RecoveryChartLegend::hiddenChanged, this, [this] {
        if (ImpactLinesItem *item = linesItem())
            item->setHidden(m_legend->hiddenMask());
        fitValueAxis();
        scene()->update();
        viewport()->update();
    });
}

void RecoveryChartView::setTextPixels(int pixels)
{
    m_textPixels = pixels;
    applyTextPixels();
}

void RecoveryChartView::applyTextPixels()
{
    if (m_textPixels <= 0 || !chart())
        return;
    QFont text = chart()->legend()->font();
    text.setPixelSize(m_textPixels);
    chart()->legend()->setFont(text);
    for (QAbstractAxis *axis : chart()->axes()) {
        axis->setLabelsFont(text);
        axis->setTitleFont(text);
    }
    QFont title = chart()->titleFont();
    title.setPixelSize(m_textPixels * 5 / 4);
    chart()->setTitleFont(title);
    m_legend->restyle(); // the legend's font reached every entry, struck ones too
}

int RecoveryChartView::smallestTextPixels() const
{
    const auto pixels = [](const QFont &f) { return QFontInfo(f).pixelSize(); };
    int smallest = pixels(font()); // the pins and the shading note are drawn in the view's font
    if (!chart())
        return smallest;
    smallest = qMin(smallest, pixels(chart()->legend()->font()));
    for (const QAbstractAxis *axis : chart()->axes())
        smallest = std::min({smallest, pixels(axis->labelsFont()), pixels(axis->titleFont())});
    if (!chart()->title().isEmpty())
        smallest = qMin(smallest, pixels(chart()->titleFont()));
    return smallest;
}

void RecoveryChartView::setAnalysis(
    const IncidentAnalysis &analysis, const Theme &theme, std::weak_ptr<const ImpactSeriesProvider> provider)
{
    m_theme = theme;
    m_analysis = analysis;
    m_zone = analysis.timeZone();
    m_provider = std::move(provider);
    disconnect(m_refined);
    m_linesPending = false;
    if (const auto p = m_provider.lock())
        m_refined = connect(p.get(), &ImpactSeriesProvider::refined, m_refineTimer, qOverload<>(&QTimer::start));
    m_scale = RecoveryChartBuilder::scaleFor(analysis);
    m_share = RecoveryChartBuilder::shareLines(analysis);
    m_shareOnly = RecoveryChartBuilder::shareOnly(analysis);
    // Kept as the analysis has them (shared, not copied); made into lines only if ever drawn.
    m_analysisSeries.clear();
    for (const ServiceImpact &s : analysis.result().services)
        m_analysisSeries.append(s.series);
    m_analysisEnd = analysis.windowEnd();
    m_analysisLines.clear();
    QChart *old = chart();
    RecoveryChartBuilder::Options options;
    options.lineLayer = true;
    setChart(RecoveryChartBuilder::build(analysis, theme, options).release());
    // QChartView does not delete a chart it no longer shows.
    delete old;
    QStringList keys;
    for (const Service &service : analysis.services())
        keys.append(service.key);
    m_legend->attach(chart(), keys); // what the reader hid stays hidden
    if (ImpactLinesItem *item = linesItem())
        item->setHidden(m_legend->hiddenMask());
    applyTextPixels();
    m_yFit = {0, 0, 0}; // the new chart's axis has the builder's range
    m_linesWidth = 0;
    m_axisTicks.clear(); // the new chart's axis has only the builder's ticks
    // The plot's width is known only after the chart's layout ran: re-tick and re-read the
    // lines (a column per pixel) when it is.
    connect(chart(), &QChart::plotAreaChanged, this, [this] {
        fitLegend();
        fitValueTitle();
        // Live lines that change the y axis' labels change the plot's width: their frame has
        // drawn, so the lines are read again at the new width in a frame of their own (#23:
        // doing it in that frame doubled its cost, and reading the store meanwhile).
        if (!m_live.isEmpty())
            m_relayoutTimer->start();
        else
            followPlotArea();
    });
    // A new incident brings a new window; a theme change keeps the reader's zoom.
    if (m_window && !m_window->hasBounds(analysis.windowStart(), analysis.windowEnd()))
        m_window->setBounds(analysis.windowStart(), analysis.windowEnd());
    applyView();
}

void RecoveryChartView::setTimeWindow(TimeWindow *window)
{
    if (m_window)
        disconnect(m_window, nullptr, this, nullptr);
    m_window = window;
    if (!m_window)
        return;
    connect(m_window, &TimeWindow::viewChanged, this, &RecoveryChartView::applyView);
    applyView();
}

void RecoveryChartView::setCursorTime(TimeMs time)
{
    m_cursor = time;
    scene()->update();
    viewport()->update();
}

void RecoveryChartView::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    std::stable_sort(m_annotations.begin(), m_annotations.end(),
        [](const Annotation &a, const Annotation &b) { return a.time < b.time; });
    scene()->update();
    viewport()->update();
}

int RecoveryChartView::seriesCount() const
{
    return int(chart()->series().size());
}

ImpactLinesItem *RecoveryChartView::linesItem() const
{
    return ImpactLinesItem::of(chart());
}

QList<QList<QPointF>> RecoveryChartView::lines() const
{
    const ImpactLinesItem *item = linesItem();
    return item ? item->lines() : QList<QList<QPointF>>();
}

void RecoveryChartView::appendLive(const QList<QList<QPointF>> &people)
{
    ImpactLinesItem *item = linesItem();
    if (!item || !m_window || people.size() != m_readLines.size())
        return;
    double newest = -std::numeric_limits<double>::infinity(), oldest = std::numeric_limits<double>::infinity();
    for (const QList<QPointF> &steps : people)
        if (!steps.isEmpty()) {
            newest = qMax(newest, steps.constLast().x());
            oldest = qMin(oldest, steps.constFirst().x());
        }
    // Steps the view does not reach wait for the next reload; a view at the window's end follows them.
    const bool following = m_window->viewTo() >= m_window->boundsTo();
    if (!(newest >= double(m_window->viewFrom())) || (!following && oldest > double(m_window->viewTo())))
        return;
    if (m_live.isEmpty()) {
        const int columns = qMax(1, m_linesWidth);
        m_liveSince = oldest;
        for (qsizetype i = 0; i < people.size(); ++i) {
            m_live.append(LiveSampleBuffer(columns));
            m_live.last().setView(double(m_window->viewFrom()), double(m_window->viewTo()));
            // Each live line starts where its read line is at that moment.
            const QList<QPointF> &read = m_readLines.at(i);
            const auto at = std::lower_bound(
                read.cbegin(), read.cend(), m_liveSince, [](const QPointF &p, double x) { return p.x() < x; });
            m_liveLast.append(at != read.cbegin() ? (at - 1)->y() : std::numeric_limits<double>::quiet_NaN());
            if (at != read.cbegin())
                m_live.last().append(m_liveSince, (at - 1)->y());
        }
    }
    // All lines slide together, so that their columns stay each other's and the axis'.
    if (following)
        for (LiveSampleBuffer &buffer : m_live)
            buffer.reach(newest);
    for (qsizetype i = 0; i < people.size(); ++i) {
        LiveSampleBuffer &buffer = m_live[i];
        // A step line: the old value up to the step, then the new one.
        for (const QPointF &p : people.at(i)) {
            // Off the right edge of a view that does not follow: its buffer must not slide.
            if (!following && p.x() > double(m_window->viewTo()))
                break;
            if (!std::isnan(m_liveLast.at(i)))
                buffer.append(p.x(), m_liveLast.at(i));
            m_liveLast[i] = m_share.value(i) ? p.y() : p.y() / m_scale; // a share comes in percent
            buffer.append(p.x(), m_liveLast.at(i));
        }
    }
    m_liveFollowing = following;
    // Batches that arrive together are drawn together: once, when the event loop comes round
    // (how often they arrive is DashboardSession::setLiveInterval's to say).
    if (!m_livePending) {
        m_livePending = true;
        QMetaObject::invokeMethod(this, &RecoveryChartView::showLive, Qt::QueuedConnection);
    }
}

void RecoveryChartView::showLive()
{
    m_livePending = false;
    ImpactLinesItem *item = linesItem();
    if (!item || !m_window || m_live.isEmpty()) // a new view or analysis came first
        return;
    // The buffers slid by whole columns past the right edge: the axis follows them exactly.
    const TimeMs to = qRound64(m_live.constFirst().viewTo());
    if (m_liveFollowing && to > m_window->boundsTo()) {
        // Axis and ticks follow (and the charts sharing the window); the lines are composed below.
        m_sliding = true;
        m_window->extendTo(to);
        m_sliding = false;
    }
    QList<QList<QPointF>> lines;
    for (qsizetype i = 0; i < m_readLines.size(); ++i) {
        const QList<QPointF> &read = m_readLines.at(i);
        const auto end = std::lower_bound(
            read.cbegin(), read.cend(), m_liveSince, [](const QPointF &p, double x) { return p.x() < x; });
        QList<QPointF> line(read.cbegin(), end);
        // The live columns' first, least, greatest and last points, joined as a step line (level,
        // then upright): what the steps are, and what ImpactLinesItem fills as rectangles instead
        // of stroking a diagonal per sample.
        for (const QPointF &p : m_live.at(i).points()) {
            if (!line.isEmpty() && line.constLast().x() != p.x() && line.constLast().y() != p.y())
                line.append(QPointF(p.x(), line.constLast().y()));
            line.append(p);
        }
        lines.append(std::move(line));
    }
    item->setLines(std::move(lines));
    fitValueAxis();
}

void RecoveryChartView::refreshLines()
{
    ImpactLinesItem *item = linesItem();
    if (!item || !m_window || m_window->viewSpan() <= 0 || m_sliding)
        return;
    m_live.clear();
    m_liveLast.clear();
    const TimeMs from = m_window->viewFrom(), to = m_window->viewTo();
    // Before the first layout the plot has no width yet: the view's is close enough.
    const int plotWidth = qRound(chart()->plotArea().width());
    m_linesWidth = plotWidth;
    const int columns = plotWidth > 1 ? plotWidth : qMax(1, width());
    const TimeMs end = linesEnd();
    if (const auto provider = m_provider.lock()) {
        // Never waits for the store: what is in memory now, finer when pending (refineLines).
        ImpactSeriesProvider::Lines read = provider->lines(from, to, columns, m_scale);
        m_linesPending = read.pending;
        if (read.perService.size() == m_analysisSeries.size()) {
            m_linesLevel = read.levelSec;
            if (end < to)
                endLinesAt(read.perService, double(end));
            m_readLines = read.perService;
            item->setLines(std::move(read.perService));
            fitValueAxis();
            return;
        }
    } else
        m_linesPending = false;
    // No store to read (or it stopped answering, or nothing of it is in memory yet): the
    // analysis' own steps, decimated to the view.
    if (m_analysisLines.size() != m_analysisSeries.size()) {
        m_analysisLines.clear();
        for (const ServiceImpact &service : m_analysis.result().services)
            m_analysisLines.append(RecoveryChartBuilder::stepPoints(service, m_analysisEnd, m_scale, kAnalysisColumns));
    }
    QList<QList<QPointF>> lines;
    for (const QList<QPointF> &all : std::as_const(m_analysisLines))
        lines.append(M4Decimator::decimateSteps(all, double(from), double(to), columns));
    if (end < to)
        endLinesAt(lines, double(end));
    m_linesLevel = -1;
    m_readLines = lines;
    item->setLines(std::move(lines));
    fitValueAxis();
}

void RecoveryChartView::followPlotArea()
{
    if (tickTarget() != m_tickTarget)
        applyView();
    else if (qRound(chart()->plotArea().width()) != m_linesWidth) {
        refreshLines();
        scene()->update();
        viewport()->update();
    }
}

void RecoveryChartView::refineLines()
{
    if (!m_linesPending)
        return; // a view change since has drawn what was read
    // The view is the same: live steps drawn since the coarse frame stay, over the finer lines.
    QList<LiveSampleBuffer> live = std::move(m_live);
    QList<double> liveLast = std::move(m_liveLast);
    const double liveSince = m_liveSince;
    refreshLines();
    if (!live.isEmpty() && live.size() == m_readLines.size()) {
        m_live = std::move(live);
        m_liveLast = std::move(liveLast);
        m_liveSince = liveSince;
        showLive();
    }
    scene()->update();
    viewport()->update();
}

TimeMs RecoveryChartView::linesEnd() const
{
    return RecoveryChartBuilder::drawnEnd(m_analysis, m_now);
}

void RecoveryChartView::setNow(TimeMs now)
{
    m_now = now;
    refreshLines();
    viewport()->update();
}

void RecoveryChartView::fitValueAxis()
{
    auto *axis = qobject_cast<QValueAxis *>(chart()->axes(Qt::Vertical).value(0));
    const ImpactLinesItem *item = linesItem();
    if (!axis || !item || !m_window)
        return;
    if (m_shareOnly) {
        // Percent of users, read against the whole: 0-100 % whatever is in view (the builder's).
        m_yFit = {100, 6, 0};
        return;
    }
    const double from = double(m_window->viewFrom()), to = double(m_window->viewTo());
    // Shares in percent are on the right-hand axis: they do not size the people one.
    QList<bool> hidden = m_legend->hiddenMask();
    for (qsizetype i = 0; i < m_share.size(); ++i)
        if (m_share.at(i)) {
            if (hidden.size() <= i)
                hidden.resize(i + 1, false);
            hidden[i] = true;
        }
    double top = ValueAxisFit::topInView(item->lines(), hidden, from, to);
    // The top of a derived figure's range stays on the chart too.
    const QList<QList<ImpactLinesItem::BandStep>> &bands = item->bands();
    for (qsizetype i = 0; i < bands.size(); ++i) {
        if (hidden.value(i, false))
            continue;
        const QList<ImpactLinesItem::BandStep> &band = bands.at(i);
        for (qsizetype k = 0; k + 1 < band.size(); ++k)
            if (band.at(k + 1).x > from && band.at(k).x <= to)
                top = qMax(top, band.at(k).high);
    }
    // Single people need whole ticks; below ten of them the axis still shows 0..10.
    const ValueAxisFit fit = ValueAxisFit::of(top, m_scale == 1.0, m_scale == 1.0 ? 10 : 1);
    if (fit == m_yFit)
        return; // QtCharts lays out every label again on any change
    m_yFit = fit;
    axis->setRange(0, fit.max);
    axis->setTickCount(fit.tickCount);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(fit.decimals));
    // New labels change the axis' width: laid out now, before this frame's paint, not after
    // it (which painted the frame twice).
    if (QGraphicsLayout *layout = chart()->layout())
        layout->activate();
}

void RecoveryChartView::fitLegend()
{
    QLegend *legend = chart()->legend();
    const QFontMetricsF fm(legend->font());
    // As QtCharts sizes an entry: its name, a swatch half a line wide, and margins around both.
    qreal row = 2 * fm.height();
    for (const QAbstractSeries *series : chart()->series())
        row += fm.horizontalAdvance(series->name()) + fm.height() + 16;
    const qreal room = chart()->size().width() - chart()->margins().left() - chart()->margins().right();
    const Qt::Alignment side = row <= room ? Qt::AlignBottom : Qt::AlignRight;
    if (legend->alignment() != side)
        legend->setAlignment(side);
}

void RecoveryChartView::fitValueTitle()
{
    // QtCharts elides a title longer than the plot is tall ("Millions of…"): a short one then.
    const qreal room = chart()->plotArea().height() - 8; // the title item's own margins
    for (QAbstractAxis *axis : chart()->axes(Qt::Vertical)) {
        const bool percent = m_shareOnly || axis->alignment() == Qt::AlignRight;
        const QString full
            = percent ? RecoveryChartBuilder::shareTitle(false) : RecoveryChartBuilder::valueTitle(m_scale, false);
        const QString title = QFontMetricsF(axis->titleFont()).horizontalAdvance(full) <= room ? full
            : percent ? RecoveryChartBuilder::shareTitle(true)
                      : RecoveryChartBuilder::valueTitle(m_scale, true);
        if (axis->titleText() != title)
            axis->setTitleText(title);
    }
}

void RecoveryChartView::applyView()
{
    auto *axis = qobject_cast<QCategoryAxis *>(chart()->axes(Qt::Horizontal).value(0));
    if (!axis || !m_window || m_window->viewSpan() <= 0)
        return;
    const TimeMs from = m_window->viewFrom(), to = m_window->viewTo();
    axis->setRange(double(from), double(to));
    m_tickTarget = tickTarget();
    // QCategoryAxis keys categories by label and drops a repeat; "06:00" comes back every
    // day, so a repeat gets zero-width spaces to stay distinct without looking different.
    QSet<QString> used;
    QList<QPair<QString, double>> ticks;
    const QFontMetricsF fm(axis->labelsFont());
    const QRectF plot = chart()->plotArea();
    const double pxPerMs = plot.width() / double(to - from);
    for (const TimeAxisTick &tick : TimeAxisTicks::compute(from, to, m_zone, m_tickTarget)) {
        QString label = tick.label;
        // A label centred on the right edge would run off the chart and be cut: leave it out.
        if (double(to - tick.time) * pxPerMs
            < fm.horizontalAdvance(label) / 2 - (chart()->size().width() - plot.right()))
            continue;
        // Under 20 hours TimeAxisTicks gives bare times: the first label says which day.
        if (used.isEmpty() && to - from <= 20 * 3600 * 1000LL)
            label = QLocale().toString(QDateTime::fromMSecsSinceEpoch(tick.time, m_zone),
                label.count(u':') == 2 ? QCoreApplication::translate("TimeAxisTicks", "d MMM HH:mm:ss")
                                       : QCoreApplication::translate("TimeAxisTicks", "d MMM HH:mm"));
        while (used.contains(label))
            label += QChar(0x200B);
        used.insert(label);
        ticks.append({label, double(tick.time)});
    }
    // Relabelling makes QtCharts lay every label out again: a view sliding with live data
    // keeps the same ticks for a minute at a time, so only a change relabels. So does any
    // change of the first category's start (QCategoryAxis::setStartValue): it starts at the
    // window's start, left of every view (a tick and grid line at the left edge of the whole
    // incident, none inside any zoom), and is set only when relabelling (#23: setting it to
    // the view's start laid the whole chart out again in every frame).
    const double start
        = qMin(double(m_window->boundsFrom()), ticks.isEmpty() ? double(from) : ticks.first().second - 1);
    if (ticks != m_axisTicks || start != m_axisStart) {
        {
            // QtCharts answers each removal and addition with a layout of the axis' items: one,
            // for the last addition (or the start when there are no ticks), does for all.
            const QSignalBlocker quiet(axis);
            for (const QString &label : axis->categoriesLabels())
                axis->remove(label);
            if (!ticks.isEmpty())
                axis->setStartValue(start);
            for (qsizetype k = 0; k + 1 < ticks.size(); ++k)
                axis->append(ticks.at(k).first, ticks.at(k).second);
        }
        if (ticks.isEmpty())
            axis->setStartValue(start);
        else
            axis->append(ticks.constLast().first, ticks.constLast().second);
        m_axisTicks = ticks;
        m_axisStart = start;
    }
    refreshLines();
    scene()->update();
    viewport()->update();
}

int RecoveryChartView::tickTarget() const
{
    // As many ticks as there is room for labels like "28 Dec 23:59", with some air.
    const auto *axis = chart()->axes(Qt::Horizontal).value(0);
    const QString widest = QLocale().toString(
        QDateTime(QDate(2022, 12, 28), QTime(23, 59)), QCoreApplication::translate("TimeAxisTicks", "d MMM HH:mm"));
    const QFontMetricsF fm(axis ? axis->labelsFont() : font());
    return qBound(2, int(chart()->plotArea().width() / (fm.horizontalAdvance(widest) + 2 * fm.height())), 12);
}

qreal RecoveryChartView::sceneX(TimeMs time) const
{
    const auto *axis = qobject_cast<QValueAxis *>(chart()->axes(Qt::Horizontal).value(0));
    const QRectF plot = chart()->plotArea();
    if (!axis || axis->max() <= axis->min())
        return plot.left();
    return chart()
        ->mapToScene(
            QPointF(plot.left() + (double(time) - axis->min()) / (axis->max() - axis->min()) * plot.width(), 0))
        .x();
}

TimeMs RecoveryChartView::timeAt(const QPoint &viewportPos) const
{
    const auto *axis = qobject_cast<QValueAxis *>(chart()->axes(Qt::Horizontal).value(0));
    if (!axis)
        return 0;
    const QRectF plot = chart()->plotArea();
    const QPointF p = chart()->mapFromScene(mapToScene(viewportPos));
    const double share = qBound(0.0, (p.x() - plot.left()) / qMax<qreal>(1, plot.width()), 1.0);
    return qRound64(axis->min() + share * (axis->max() - axis->min()));
}
