// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/dependencyview.h"
#include "charts/recoverychartview.h"
#include "charts/statetimelinechart.h"
#include "common/theme.h"
#include "common/timeaxisticks.h"
#include "domain/feedbatch.h"
#include "domain/timelinesnapshot.h"
#include "impact/incidentanalysis.h"
#include "ingest/demodataset.h"
#include "ingest/syntheticdata.h"
#include "session/dashboardsession.h"
#include "session/timewindow.h"
#include "store/timelinestore.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

namespace {
constexpr TimeMs kMinute = 60 * 1000;
constexpr TimeMs kHour = 60 * kMinute;
constexpr TimeMs kDay = 24 * kHour;
constexpr TimeMs kFrom = 1665800000000; // any window: 10 days from here
constexpr TimeMs kTo = kFrom + 10 * kDay;

TimeMs kst(int day, int hour, int minute)
{
    return QDateTime(QDate(2022, 10, day), QTime(hour, minute), QTimeZone("Asia/Seoul")).toMSecsSinceEpoch();
}

// The most common colour in a box: a fill pattern, antialiasing or a dotted line nearby
// leave the state's colour the majority.
QColor dominantColour(const QImage &image, const QRect &box)
{
    QHash<QRgb, int> counts;
    const QRect area = box.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            ++counts[image.pixel(x, y) & 0xffffff];
    QRgb best = 0;
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    return QColor(best);
}

// Where the anchor sits in the view, 0 at the left edge and 1 at the right.
double shareOf(const TimeWindow &w, TimeMs anchor)
{
    return double(anchor - w.viewFrom()) / double(w.viewSpan());
}

void wheel(QWidget *widget, const QPoint &pos, int angle)
{
    QWheelEvent event(QPointF(pos), QPointF(widget->mapToGlobal(pos)), QPoint(), QPoint(0, angle), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(widget, &event);
}
} // namespace

class TstCharts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void windowStartsAtItsBounds();
    void zoomKeepsTheAnchor();
    void linesWrittenIntoTheImageEqualThePaintersFills();
    void panningKeepsTheAxisLabelsAndFillsTheMargins();
    void zoomStopsAtOneMinute();
    void zoomOutStopsAtTheBounds();
    void zoomAtAnEdgeStaysInside();
    void panStopsAtTheBounds();
    void setViewClampsAndResetShowsAll();
    void keysZoomPanAndReset();
    void extendToSlidesAViewAtTheEnd();
    void axisTicksFromAMinuteToAYear();

    void timelineShowsStatesInColour();
    void timelineWheelZoomsTheSharedWindow();
    void timelineKeysAndDoubleClick();

    void dependencyNodesAreInsideAndApart();
    void dependencyFillFollowsTheCursor();

    void renderDrawsVectorsIntoAPdf();
    void recoveryChartFollowsTheWindow();
    void recoveryChartReadsEachZoomFromTheStore();
    void recoveryChartFromTheStoreDrawsTheAnalysis();
    void liveSamplesReachTheChartAsAReloadWouldDrawThem();

private:
    TimelineSnapshot m_snapshot;
    IncidentAnalysis m_analysis;
};

void TstCharts::initTestCase()
{
    TimelineStore store(QStringLiteral("t"));
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QVERIFY(DemoDataset::load(store));
    m_snapshot = store.snapshot();
    m_analysis = IncidentAnalysis(m_snapshot, m_snapshot.pickIncident());
    QVERIFY2(m_analysis.isValid(), qPrintable(m_analysis.error()));
}

void TstCharts::windowStartsAtItsBounds()
{
    TimeWindow w;
    QSignalSpy spy(&w, &TimeWindow::viewChanged);
    w.setBounds(kFrom, kTo);
    QCOMPARE(w.viewFrom(), kFrom);
    QCOMPARE(w.viewTo(), kTo);
    QVERIFY(!w.isZoomed());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<TimeMs>(), kFrom);
    QCOMPARE(spy.at(0).at(1).value<TimeMs>(), kTo);
    w.reset(); // nothing changed: no signal
    QCOMPARE(spy.size(), 1);
}

void TstCharts::zoomKeepsTheAnchor()
{
    TimeWindow w;
    w.setBounds(kFrom, kTo);
    const TimeMs anchor = kFrom + 3 * kDay;
    const double before = shareOf(w, anchor);
    QSignalSpy spy(&w, &TimeWindow::viewChanged);
    w.zoomAt(anchor, 0.5);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(w.viewSpan(), 5 * kDay);
    QVERIFY(qAbs(shareOf(w, anchor) - before) < 1e-6);
    QVERIFY(w.isZoomed());
    w.zoomAt(anchor, 0.1);
    QCOMPARE(w.viewSpan(), 12 * kHour);
    QVERIFY(qAbs(shareOf(w, anchor) - before) < 1e-6);
    QCOMPARE(spy.at(1).at(0).value<TimeMs>(), w.viewFrom());
}

void TstCharts::linesWrittenIntoTheImageEqualThePaintersFills()
{
    // On screen the lines are written straight into the backing store's image; on any other
    // device the painter fills the same rectangles. Both ink the same pixels of every colour.
    RecoveryChartView view;
    view.resize(1200, 600);
    view.setAnalysis(m_analysis, Theme::light());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    const QRect plot = view.chart()->plotArea().toAlignedRect();
    const auto render = [&](QImage::Format format) {
        QImage image(view.viewport()->size(), format);
        image.fill(Qt::white);
        QPainter painter(&image);
        view.scene()->render(&painter, QRectF(image.rect()), QRectF(image.rect()));
        painter.end();
        return image.convertToFormat(QImage::Format_ARGB32);
    };
    const QImage direct = render(QImage::Format_ARGB32_Premultiplied);
    const QImage painted = render(QImage::Format_RGBA8888_Premultiplied); // not written straight into
    int inked = 0;
    for (qsizetype i = 0; i < m_analysis.services().size(); ++i) {
        const QRgb colour = Theme::light().seriesColour(int(i)).rgba();
        for (int y = plot.top(); y <= plot.bottom(); ++y)
            for (int x = plot.left(); x <= plot.right(); ++x) {
                const bool a = direct.pixel(x, y) == colour, b = painted.pixel(x, y) == colour;
                QVERIFY2(a == b, qPrintable(QStringLiteral("service %1 at %2,%3").arg(i).arg(x).arg(y)));
                inked += a;
            }
    }
    QVERIFY2(inked > plot.width(), qPrintable(QString::number(inked)));
}

void TstCharts::panningKeepsTheAxisLabelsAndFillsTheMargins()
{
    RecoveryChartView view;
    view.resize(1200, 600);
    view.setAnalysis(m_analysis, Theme::light());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TimeWindow &window = *view.timeWindow();
    const TimeMs from = window.boundsFrom() + (window.boundsTo() - window.boundsFrom()) / 4;
    window.setView(from, from + 6 * 3600 * 1000LL);
    QCoreApplication::processEvents();
    auto *axis = qobject_cast<QCategoryAxis *>(view.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    const QStringList labels = axis->categoriesLabels();
    QVERIFY(labels.size() >= 2);
    // A pan of a second keeps every tick: the axis is not relabelled, nor its first category
    // moved (either lays the whole chart out again), and no tick or grid line stands inside.
    QSignalSpy changed(axis, &QCategoryAxis::categoriesChanged);
    for (int k = 1; k <= 3; ++k)
        window.setView(from + k * 1000, from + 6 * 3600 * 1000LL + k * 1000);
    QCOMPARE(axis->categoriesLabels(), labels);
    QCOMPARE(changed.size(), 0);
    QVERIFY(axis->startValue() <= double(window.boundsFrom()));
    // The viewport does not fill itself: what the chart's background leaves is filled with
    // its colour, never left as it was.
    const QImage image = view.grab().toImage();
    const QColor base = view.viewport()->palette().color(view.viewport()->backgroundRole());
    for (const QPoint &p : {QPoint(0, 0), QPoint(image.width() - 1, 0), QPoint(0, image.height() - 1),
             QPoint(image.width() - 1, image.height() - 1)})
        QCOMPARE(image.pixelColor(p), base);
}

void TstCharts::zoomStopsAtOneMinute()
{
    TimeWindow w;
    w.setBounds(kFrom, kTo);
    const TimeMs anchor = kFrom + 4 * kDay + 7 * kHour;
    for (int i = 0; i < 40; ++i)
        w.zoomAt(anchor, 0.3);
    QCOMPARE(w.viewSpan(), TimeWindow::kMinimumSpan);
    QVERIFY(w.viewFrom() <= anchor && anchor <= w.viewTo());
    QSignalSpy spy(&w, &TimeWindow::viewChanged);
    w.zoomAt(anchor, 0.3); // already as narrow as it goes
    QCOMPARE(spy.size(), 0);
}

void TstCharts::extendToSlidesAViewAtTheEnd()
{
    TimeWindow w;
    w.setBounds(kFrom, kTo);
    w.setView(kTo - kHour, kTo);
    QSignalSpy spy(&w, &TimeWindow::viewChanged);
    w.extendTo(kTo + 10 * 60000);
    QCOMPARE(spy.size(), 1); // one change, never the whole window in between
    QCOMPARE(w.boundsTo(), kTo + 10 * 60000);
    QCOMPARE(w.viewTo(), kTo + 10 * 60000);
    QCOMPARE(w.viewSpan(), kHour);
    // A reader looking at the past stays there.
    w.setView(kFrom, kFrom + kHour);
    w.extendTo(kTo + kHour);
    QCOMPARE(w.viewFrom(), kFrom);
    QCOMPARE(w.boundsTo(), kTo + kHour);
    w.extendTo(kTo); // never shrinks
    QCOMPARE(w.boundsTo(), kTo + kHour);
}

void TstCharts::axisTicksFromAMinuteToAYear()
{
    const QTimeZone seoul("Asia/Seoul");
    // One minute: ticks every 10 s, with seconds in the label.
    const TimeMs minute = kst(16, 9, 0) + 7000;
    const QList<TimeAxisTick> seconds = TimeAxisTicks::compute(minute, minute + 60000, seoul, 8);
    QVERIFY2(seconds.size() >= 5, qPrintable(QString::number(seconds.size())));
    for (const TimeAxisTick &t : seconds) {
        QVERIFY(t.time >= minute && t.time <= minute + 60000);
        QCOMPARE(t.time % 10000, 0);
        QCOMPARE(t.label.count(u':'), 2);
    }
    // A year: months, each on the first at local midnight, never more than asked for.
    const TimeMs year0 = QDateTime(QDate(2022, 1, 1), QTime(0, 0), seoul).toMSecsSinceEpoch();
    const QList<TimeAxisTick> months = TimeAxisTicks::compute(year0, year0 + 365 * kDay, seoul, 12);
    QVERIFY(months.size() >= 6 && months.size() <= 13);
    for (const TimeAxisTick &t : months) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(t.time, seoul);
        QCOMPARE(local.date().day(), 1);
        QCOMPARE(local.time(), QTime(0, 0));
    }
    // The demo's five days at eight ticks: every local midnight.
    const QList<TimeAxisTick> days = TimeAxisTicks::compute(kst(15, 15, 0), kst(20, 23, 0), seoul, 8);
    QCOMPARE(days.size(), 5);
    for (const TimeAxisTick &t : days)
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(t.time, seoul).time(), QTime(0, 0));
}

void TstCharts::zoomOutStopsAtTheBounds()
{
    TimeWindow w;
    w.setBounds(kFrom, kTo);
    w.zoomAt(kFrom + kDay, 0.2);
    w.zoomAt(kFrom + kDay, 50);
    QCOMPARE(w.viewFrom(), kFrom);
    QCOMPARE(w.viewTo(), kTo);
}

void TstCharts::zoomAtAnEdgeStaysInside()
{
    TimeWindow w;
    w.setBounds(kFrom, kTo);
    w.setView(kFrom, kFrom + 5 * kDay);
    w.zoomAt(kFrom + kDay, 1.5); // widening near the left edge pushes the view right, not out
    QCOMPARE(w.viewFrom(), kFrom);
    QCOMPARE(w.viewSpan(), qRound64(5 * kDay * 1.5));
    w.zoomAt(kTo + kDay, 0.5); // an anchor outside the view counts as its edge
    QVERIFY(w.viewFrom() >= kFrom && w.viewTo() <= kTo);
}

void TstCharts::panStopsAtTheBounds()
{
    TimeWindow w;
    w.setBounds(kFrom, kTo);
    w.zoomAt(kFrom + 5 * kDay, 0.2);
    const TimeMs span = w.viewSpan();
    const TimeMs from = w.viewFrom();
    w.pan(kHour);
    QCOMPARE(w.viewFrom(), from + kHour);
    QSignalSpy spy(&w, &TimeWindow::viewChanged);
    w.pan(100 * kDay);
    QCOMPARE(w.viewTo(), kTo);
    QCOMPARE(w.viewSpan(), span);
    QCOMPARE(spy.size(), 1);
    w.pan(kDay); // already at the edge
    QCOMPARE(spy.size(), 1);
    w.pan(-100 * kDay);
    QCOMPARE(w.viewFrom(), kFrom);
    QCOMPARE(w.viewSpan(), span);
}

void TstCharts::setViewClampsAndResetShowsAll()
{
    TimeWindow w;
    w.setBounds(kFrom, kTo);
    QSignalSpy spy(&w, &TimeWindow::viewChanged);
    w.setView(kFrom - kDay, kFrom + kDay); // slid inside, span kept
    QCOMPARE(w.viewFrom(), kFrom);
    QCOMPARE(w.viewTo(), kFrom + 2 * kDay);
    w.setView(kFrom + kHour, kFrom + kHour + 1000); // widened to a minute
    QCOMPARE(w.viewSpan(), TimeWindow::kMinimumSpan);
    w.reset();
    QCOMPARE(w.viewFrom(), kFrom);
    QCOMPARE(w.viewTo(), kTo);
    QCOMPARE(spy.size(), 3);
    QCOMPARE(spy.constLast().at(0).value<TimeMs>(), kFrom);
    QCOMPARE(spy.constLast().at(1).value<TimeMs>(), kTo);
    w.setView(kFrom + kDay, kFrom + 2 * kDay);
    w.setBounds(kFrom, kFrom + kDay); // new bounds reset the view
    QCOMPARE(w.viewFrom(), kFrom);
    QCOMPARE(w.viewTo(), kFrom + kDay);
}

void TstCharts::keysZoomPanAndReset()
{
    TimeWindow w;
    w.setBounds(kFrom, kTo);
    QVERIFY(w.applyKey(Qt::Key_Plus));
    QCOMPARE(w.viewSpan(), 5 * kDay);
    QCOMPARE(w.viewFrom() + w.viewSpan() / 2, kFrom + 5 * kDay); // about the centre
    QVERIFY(w.applyKey(Qt::Key_Right));
    QCOMPARE(w.viewFrom(), kFrom + 2 * kDay + 12 * kHour + 12 * kHour);
    QVERIFY(w.applyKey(Qt::Key_Left));
    QVERIFY(w.applyKey(Qt::Key_Minus));
    QCOMPARE(w.viewSpan(), 10 * kDay);
    QVERIFY(w.applyKey(Qt::Key_Plus));
    QVERIFY(w.applyKey(Qt::Key_0));
    QVERIFY(!w.isZoomed());
    QVERIFY(!w.applyKey(Qt::Key_A));
}

void TstCharts::timelineShowsStatesInColour()
{
    const Theme theme = Theme::light();
    StateTimelineChart chart;
    chart.resize(1200, 500);
    chart.setData(m_analysis, m_snapshot, theme);
    const QImage image = chart.grab().toImage();
    QCOMPARE(image.width(), 1200);
    const QRectF lane = chart.laneRect(QStringLiteral("messaging"));
    QVERIFY(!lane.isEmpty());
    QVERIFY(QRectF(chart.rect()).contains(lane));
    // Sample low in the lane: the state's symbol is in the middle, milestones at the top.
    const int y = qRound(lane.bottom() - lane.height() / 4);
    const auto sample = [&](TimeMs t) {
        const int x = qRound(chart.xForTime(t));
        return dominantColour(image, QRect(x - 1, y - 4, 3, 9));
    };
    QCOMPARE(sample(kst(15, 20, 0)), theme.stateColour(ServiceState::MajorOutage));
    QCOMPARE(sample(kst(20, 23, 30)), theme.stateColour(ServiceState::Operational));
    QCOMPARE(sample(kst(16, 3, 0)), theme.stateColour(ServiceState::PartialOutage));
    // Dark theme: the same states, the same colours.
    chart.setData(m_analysis, m_snapshot, Theme::dark());
    const QImage dark = chart.grab().toImage();
    const int x = qRound(chart.xForTime(kst(15, 20, 0)));
    QCOMPARE(dominantColour(dark, QRect(x - 1, y - 4, 3, 9)), Theme::dark().stateColour(ServiceState::MajorOutage));

    // Hovering a band names the service, the state and its times in the incident's zone.
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QPoint at(x, y);
    QHelpEvent help(QEvent::ToolTip, at, chart.mapToGlobal(at));
    QCoreApplication::sendEvent(&chart, &help);
    QVERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("KakaoTalk")), qPrintable(QToolTip::text()));
    QVERIFY2(QToolTip::text().contains(QStringLiteral("Major outage")), qPrintable(QToolTip::text()));
    QVERIFY2(QToolTip::text().contains(QStringLiteral("15 Oct 15:30 KST")), qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void TstCharts::timelineWheelZoomsTheSharedWindow()
{
    TimeWindow window;
    StateTimelineChart chart;
    chart.resize(1200, 500);
    chart.setTimeWindow(&window);
    chart.setData(m_analysis, m_snapshot, Theme::light());
    QCOMPARE(window.viewFrom(), m_analysis.windowStart());
    QCOMPARE(window.viewTo(), m_analysis.windowEnd());

    const TimeMs t = kst(17, 12, 0);
    const qreal x = chart.xForTime(t);
    const QRectF lane = chart.laneRect(QStringLiteral("payment"));
    QSignalSpy spy(&window, &TimeWindow::viewChanged);
    wheel(&chart, QPointF(x, lane.center().y()).toPoint(), 120);
    QCOMPARE(spy.size(), 1);
    QVERIFY(window.viewSpan() < m_analysis.windowEnd() - m_analysis.windowStart());
    QVERIFY(qAbs(chart.xForTime(t) - x) <= 1.0); // the time under the pointer stays there
    const TimeMs zoomed = window.viewSpan();
    wheel(&chart, QPointF(x, lane.center().y()).toPoint(), -120);
    QVERIFY(window.viewSpan() > zoomed);

    // Left-drag pans: dragging to the right shows earlier times.
    window.zoomAt(t, 0.25);
    const TimeMs before = window.viewFrom();
    QTest::mousePress(&chart, Qt::LeftButton, {}, QPoint(600, 200));
    QTest::mouseMove(&chart, QPoint(700, 200));
    QTest::mouseRelease(&chart, Qt::LeftButton, {}, QPoint(700, 200));
    QVERIFY(window.viewFrom() < before);
}

void TstCharts::timelineKeysAndDoubleClick()
{
    StateTimelineChart chart;
    chart.resize(1200, 500);
    chart.setData(m_analysis, m_snapshot, Theme::light());
    TimeWindow *window = chart.timeWindow();
    QVERIFY(window);
    QVERIFY(chart.focusPolicy() & Qt::TabFocus);
    QVERIFY(!chart.accessibleName().isEmpty());
    const TimeMs span = window->viewSpan();
    QTest::keyClick(&chart, Qt::Key_Plus);
    QVERIFY(window->viewSpan() < span);
    QTest::keyClick(&chart, Qt::Key_Right);
    QTest::keyClick(&chart, Qt::Key_Escape);
    QVERIFY(!window->isZoomed());

    QSignalSpy clicked(&chart, &StateTimelineChart::timeClicked);
    const TimeMs t = kst(16, 9, 0);
    const QRectF lane = chart.laneRect(QStringLiteral("login"));
    QTest::mouseDClick(&chart, Qt::LeftButton, {}, QPointF(chart.xForTime(t), lane.center().y()).toPoint());
    QCOMPARE(clicked.size(), 1);
    QVERIFY(qAbs(clicked.at(0).at(0).value<TimeMs>() - t) < 30 * kMinute); // within a pixel or two
}

void TstCharts::dependencyNodesAreInsideAndApart()
{
    DependencyView view;
    view.resize(1000, 700);
    view.setData(m_analysis, m_snapshot, Theme::light());
    view.setCursorTime(kst(15, 20, 0));
    QVERIFY(!view.nodeRect(QStringLiteral("login")).isEmpty());
    QVERIFY(view.nodeRect(QStringLiteral("no-such-service")).isNull());
    QList<QRectF> boxes;
    for (const Service &s : m_analysis.services()) {
        const QRectF box = view.nodeRect(s.key);
        QVERIFY2(QRectF(view.rect()).contains(box), qPrintable(s.key));
        for (const QRectF &other : std::as_const(boxes))
            QVERIFY2(!box.intersects(other), qPrintable(s.key));
        boxes.append(box);
    }
    // Layered by depth: the login everything needs is above the services that need it.
    QVERIFY(view.nodeRect(QStringLiteral("login")).bottom() < view.nodeRect(QStringLiteral("messaging")).top());
    QVERIFY(view.nodeRect(QStringLiteral("messaging")).bottom() < view.nodeRect(QStringLiteral("payment")).top());
}

void TstCharts::dependencyFillFollowsTheCursor()
{
    const Theme theme = Theme::light();
    DependencyView view;
    view.resize(1000, 700);
    view.setData(m_analysis, m_snapshot, theme);
    view.setCursorTime(kst(15, 20, 0));
    const QRect box = view.nodeRect(QStringLiteral("login")).toRect().adjusted(3, 3, -3, -3);
    QCOMPARE(dominantColour(view.grab().toImage(), box), theme.stateColour(ServiceState::MajorOutage));
    view.setCursorTime(kst(20, 23, 30));
    QCOMPARE(dominantColour(view.grab().toImage(), box), theme.stateColour(ServiceState::Operational));
}

void TstCharts::renderDrawsVectorsIntoAPdf()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("charts.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        QPainter painter(&writer);
        QVERIFY(painter.isActive());
        const QRectF page(0, 0, writer.width(), writer.height());
        StateTimelineChart::render(painter, page, m_analysis, m_snapshot, Theme::light(), m_analysis.windowStart(),
            m_analysis.windowEnd(), kst(15, 20, 0));
        writer.newPage();
        DependencyView::render(painter, page, m_analysis, m_snapshot, Theme::light(), kst(15, 20, 0));
    }
    QVERIFY(QFileInfo(path).size() > 1024);
    // Text drawn as text, not pixels, when poppler is there to read it back.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return;
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("KakaoTalk")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Kakao account (login)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("through dependencies")), qPrintable(text));
}

void TstCharts::recoveryChartFollowsTheWindow()
{
    TimeWindow window;
    RecoveryChartView view;
    view.resize(1000, 500);
    view.setTimeWindow(&window);
    view.setAnalysis(m_analysis, Theme::light());
    view.setAnnotations(m_snapshot.annotations);
    QCOMPARE(view.seriesCount(), m_analysis.services().size());
    auto *axis = qobject_cast<QCategoryAxis *>(view.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->min(), double(m_analysis.windowStart()));
    QCOMPARE(axis->max(), double(m_analysis.windowEnd()));

    const TimeMs from = kst(16, 0, 0), to = kst(18, 0, 0);
    window.setView(from, to);
    QCOMPARE(axis->min(), double(from));
    QCOMPARE(axis->max(), double(to));
    // Re-labelled for the new range: every tick inside it, none lost to a repeated "HH:mm".
    QVERIFY(axis->count() >= 3);
    for (const QString &label : axis->categoriesLabels()) {
        const double at = axis->endValue(label);
        QVERIFY2(at >= double(from) && at <= double(to), qPrintable(label));
    }

    // The same window drives the state timeline: zooming there moves this axis too.
    StateTimelineChart chart;
    chart.resize(1200, 500);
    chart.setTimeWindow(&window);
    chart.setData(m_analysis, m_snapshot, Theme::light());
    QCOMPARE(window.viewFrom(), from); // same incident: the zoom is kept
    QTest::keyClick(&chart, Qt::Key_0);
    QCOMPARE(axis->min(), double(m_analysis.windowStart()));
    QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY(window.isZoomed());
    QCOMPARE(axis->max() - axis->min(), double(window.viewSpan()));
    QTest::keyClick(&view, Qt::Key_Escape);
    QVERIFY(!window.isZoomed());
    wheel(view.viewport(), QPoint(500, 200), 240);
    QVERIFY(window.isZoomed());
}

void TstCharts::recoveryChartReadsEachZoomFromTheStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("zoom.sqlite"));
    SyntheticData::Options o;
    o.services = 2;
    o.samplesPerService = 40000; // 11 hours at 1 s
    {
        TimelineStore store(QStringLiteral("zoom-fill"));
        QVERIFY(store.open(path));
        QVERIFY(SyntheticData::writeStore(o, store));
    }
    DashboardSession session;
    QVERIFY2(session.open(path), qPrintable(session.lastError()));
    TimeWindow window;
    RecoveryChartView view;
    view.resize(1200, 600);
    view.setTimeWindow(&window);
    view.setAnalysis(session.analysis(), Theme::light(), session.seriesProvider());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int columns = qRound(view.chart()->plotArea().width());
    QVERIFY(columns > 800);
    // Levels not in memory are read off the GUI thread, then drawn (tst_asynczoom).
    QTRY_VERIFY(!view.linesPending());

    // The whole incident: rollups, at most a few points per pixel column.
    QVERIFY2(view.linesLevel() > 0, qPrintable(QString::number(view.linesLevel())));
    QCOMPARE(view.lines().size(), 2);
    for (const QList<QPointF> &line : view.lines()) {
        QVERIFY(line.size() > 100);
        QVERIFY(line.size() <= 4 * columns + 2);
    }

    // One minute in the recovery: raw samples, every second's step shows (the whole
    // incident's lines, merely stretched, would show a few values at most).
    const TimeMs from = o.start + 30000 * o.stepMs;
    window.setView(from, from + 60000);
    QTRY_VERIFY(!view.linesPending());
    QCOMPARE(view.linesLevel(), 0);
    for (const QList<QPointF> &line : view.lines()) {
        QSet<double> levels;
        int inside = 0;
        for (const QPointF &p : line) {
            levels.insert(p.y());
            inside += p.x() >= double(from) && p.x() <= double(from + 60000);
        }
        QVERIFY2(levels.size() >= 30, qPrintable(QString::number(levels.size())));
        QVERIFY(inside >= line.size() - 2); // one point on either side leads the line in and out
    }
    // Drawn: the plot (not only the legend) has ink of the first service's colour.
    const QImage image = view.grab().toImage();
    const QColor ink = Theme::light().seriesColour(0);
    const QRect plot = view.mapFromScene(view.chart()->mapRectToScene(view.chart()->plotArea())).boundingRect();
    bool inked = false;
    for (int y = plot.top(); y <= plot.bottom() && !inked; ++y)
        for (int x = plot.left(); x <= plot.right() && !inked; ++x)
            inked = image.pixelColor(x, y) == ink;
    QVERIFY(inked);

    // A reload drops what the provider read: the view draws the analysis it has (never a
    // provider reading a store that went on) until it is given the new one.
    session.reload();
    window.setView(from - 60000, from);
    QCOMPARE(view.linesLevel(), -1);
    QCOMPARE(view.lines().size(), 2);
    QVERIFY(!view.lines().constFirst().isEmpty());
    view.setAnalysis(session.analysis(), Theme::light(), session.seriesProvider());
    QTRY_COMPARE(view.linesLevel(), 0);
}

namespace {
// Per pixel column of the plot, the rows inked in 'colour' (top, bottom; -1 when none).
QList<QPair<int, int>> inkedRows(RecoveryChartView &view, const QColor &colour)
{
    const QImage image = view.grab().toImage();
    const QRect plot = view.mapFromScene(view.chart()->mapRectToScene(view.chart()->plotArea())).boundingRect();
    QList<QPair<int, int>> rows;
    for (int x = plot.left() + 1; x < plot.right(); ++x) {
        QPair<int, int> r(-1, -1);
        for (int y = plot.top(); y <= plot.bottom() + 2; ++y)
            if (image.pixelColor(x, y) == colour) {
                r.first = r.first < 0 ? y : r.first;
                r.second = y;
            }
        rows.append(r);
    }
    return rows;
}
} // namespace

void TstCharts::recoveryChartFromTheStoreDrawsTheAnalysis()
{
    // What the screen reads from the store at a zoom must tell the story the analysis (and the
    // report, drawn from it) tells: the demo drawn both ways inks the same rows, column by column.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    {
        TimelineStore store(QStringLiteral("demo-fill"));
        QVERIFY(store.open(path));
        QVERIFY(DemoDataset::load(store));
    }
    DashboardSession session;
    QVERIFY2(session.open(path), qPrintable(session.lastError()));
    RecoveryChartView fromStore, fromAnalysis;
    for (RecoveryChartView *view : {&fromStore, &fromAnalysis}) {
        view->resize(1400, 700);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
    }
    fromStore.setAnalysis(session.analysis(), Theme::light(), session.seriesProvider());
    fromAnalysis.setAnalysis(session.analysis(), Theme::light());
    QTRY_VERIFY(!fromStore.linesPending());
    QVERIFY(fromStore.linesLevel() >= 0);
    QCOMPARE(fromAnalysis.linesLevel(), -1);
    for (const auto &[from, to] : {std::pair(session.analysis().windowStart(), session.analysis().windowEnd()),
             std::pair(kst(15, 15, 0), kst(16, 3, 0)), std::pair(kst(16, 9, 0), kst(16, 10, 0))}) {
        fromStore.timeWindow()->setView(from, to);
        fromAnalysis.timeWindow()->setView(from, to);
        QTRY_VERIFY(!fromStore.linesPending());
        int inked = 0, columns = 0;
        for (int i = 0; i < session.analysis().services().size(); ++i) {
            const QColor colour = Theme::light().seriesColour(i);
            const auto a = inkedRows(fromStore, colour), b = inkedRows(fromAnalysis, colour);
            QCOMPARE(a.size(), b.size());
            columns = int(a.size());
            inked += int(std::count_if(a.cbegin(), a.cend(), [](const QPair<int, int> &r) { return r.first >= 0; }));
            int differ = 0;
            for (int x = 0; x < a.size(); ++x)
                if ((a[x].first < 0) != (b[x].first < 0) || qAbs(a[x].first - b[x].first) > 1
                    || qAbs(a[x].second - b[x].second) > 1) {
                    if (differ < 5)
                        qWarning() << "service" << i << "column" << x << a[x] << b[x];
                    ++differ;
                }
            QVERIFY2(differ == 0, qPrintable(QStringLiteral("%1 columns differ").arg(differ)));
        }
        QVERIFY2(inked > columns, qPrintable(QStringLiteral("%1 of %2").arg(inked).arg(columns)));
    }
}

void TstCharts::liveSamplesReachTheChartAsAReloadWouldDrawThem()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    SyntheticData::Options o;
    o.services = 2;
    o.samplesPerService = 2000; // 33 min; the incident's window ends 1 h after it resolved, at 27 min
    {
        TimelineStore store(QStringLiteral("live-fill"));
        QVERIFY(store.open(path));
        QVERIFY(SyntheticData::writeStore(o, store));
    }
    DashboardSession session;
    QVERIFY2(session.open(path), qPrintable(session.lastError()));
    QSignalSpy live(&session, &DashboardSession::liveImpact);
    RecoveryChartView view;
    view.resize(1200, 600);
    view.setAnalysis(session.analysis(), Theme::light(), session.seriesProvider());
    connect(&session, &DashboardSession::liveImpact, &view, &RecoveryChartView::appendLive);
    session.setLiveInterval(0);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(!view.linesPending());
    const TimeMs end = session.analysis().windowEnd();

    // What a live source stores, then hands on: 2 × 600 samples, inside the window.
    TimelineStore writer(QStringLiteral("live-writer"));
    QVERIFY(writer.open(path));
    SyntheticData::Options longer = o; // the same services, going on past the stored end
    longer.samplesPerService = 10000;
    const auto stream = [&](qint64 from, qint64 count) {
        FeedBatch batch;
        for (int s = 0; s < o.services; ++s)
            batch.samples += SyntheticData::samples(longer, s, from, count);
        QVERIFY(writer.write(batch));
        session.appendLive(batch.samples);
        // The session's engine, then the view's lines, each when the event loop comes round.
        for (int round = 0; round < 3; ++round)
            QCoreApplication::sendPostedEvents();
    };
    stream(o.samplesPerService, 600);
    QCOMPARE(live.size(), 1);
    const auto steps = live.constFirst().constFirst().value<QList<QList<QPointF>>>();
    QCOMPARE(steps.size(), 2);
    QVERIFY(!steps.constFirst().isEmpty());
    // Drawn at once, up to the newest step, without reading the store again.
    const TimeMs newest = o.start + (o.samplesPerService + 599) * o.stepMs;
    for (const QList<QPointF> &line : view.lines())
        QVERIFY(std::any_of(
            line.cbegin(), line.cend(), [&](const QPointF &p) { return qAbs(p.x() - double(newest)) < 1; }));
    QCOMPARE(view.timeWindow()->boundsTo(), end);

    // The same steps a reload computes from the store.
    session.reload();
    for (int i = 0; i < steps.size(); ++i) {
        const ServiceImpact &s = session.analysis().result().services.at(i);
        for (const QPointF &p : steps.at(i))
            QVERIFY2(qAbs(s.at(TimeMs(p.x())).affected() - p.y()) <= 1e-6 * qMax(1.0, p.y()),
                qPrintable(QStringLiteral("service %1 at %2: %3 live, %4 reloaded")
                               .arg(i)
                               .arg(p.x())
                               .arg(p.y())
                               .arg(s.at(TimeMs(p.x())).affected())));
    }

    // Past the window's end: the view, showing that end, grows the window and slides along.
    stream(o.samplesPerService + 600, 3000);
    const TimeMs last = o.start + (o.samplesPerService + 3599) * o.stepMs;
    QVERIFY(last > end);
    QVERIFY(view.timeWindow()->boundsTo() >= last);
    QCOMPARE(view.timeWindow()->viewTo(), view.timeWindow()->boundsTo());
    for (const QList<QPointF> &line : view.lines())
        QVERIFY(
            std::any_of(line.cbegin(), line.cend(), [&](const QPointF &p) { return qAbs(p.x() - double(last)) < 1; }));
    // The axis went along, labelled for where it is now.
    auto *axis = qobject_cast<QCategoryAxis *>(view.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->max(), double(view.timeWindow()->viewTo()));
    QVERIFY2(axis->count() >= 3, qPrintable(axis->categoriesLabels().join(u',')));
    // A reload waits ten times what the last one took, never less than a quarter second.
    QVERIFY(session.reloadDelay() >= 250 && session.reloadDelay() <= 10000);
}

QTEST_MAIN(TstCharts)
#include "tst_charts.moc"
