// SPDX-License-Identifier: GPL-3.0-or-later
// Charts people can read (#22, point 5): the crosshair's reading, the legend's switches, a y
// axis fitted to what is in view, labels that are not cut, live lines that stop at now, and
// the moment "Dependencies at the peak" shows. Set OUTAGEDASH_SCREENSHOT_DIR to keep a
// picture of the chart with its crosshair (charts-tooltip.png).
#include "charts/chartexporter.h"
#include "charts/dependencyview.h"
#include "charts/impactlinesitem.h"
#include "charts/recoverychartlegend.h"
#include "charts/recoverychartview.h"
#include "charts/statetimelinechart.h"
#include "charts/valueaxisfit.h"
#include "common/theme.h"
#include "common/timeaxisticks.h"
#include "impact/incidentanalysis.h"
#include "ingest/demodataset.h"
#include "session/timewindow.h"
#include "store/timelinestore.h"

#include <QChart>
#include <QFile>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

namespace {
constexpr TimeMs kMinute = 60 * 1000;
constexpr TimeMs kHour = 60 * kMinute;

TimeMs kst(int day, int hour, int minute)
{
    return QDateTime(QDate(2022, 10, day), QTime(hour, minute), QTimeZone("Asia/Seoul")).toMSecsSinceEpoch();
}

QValueAxis *valueAxis(const RecoveryChartView &view)
{
    return qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Vertical).value(0));
}

// Where a time is on the view's viewport, at the plot's middle height.
QPoint pointAt(const RecoveryChartView &view, TimeMs t)
{
    const QRectF plot = view.chart()->plotArea();
    const TimeWindow *w = view.timeWindow();
    const double x = plot.left() + double(t - w->viewFrom()) / double(w->viewSpan()) * plot.width();
    return view.mapFromScene(view.chart()->mapToScene(QPointF(x, plot.center().y())));
}

void moveTo(RecoveryChartView &view, const QPoint &pos)
{
    QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(view.viewport()->mapToGlobal(pos)), Qt::NoButton,
        Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &move);
}

// Every text the chart shows (axis labels and titles, legend entries), with its place.
QList<QGraphicsTextItem *> visibleTexts(const RecoveryChartView &view)
{
    QList<QGraphicsTextItem *> texts;
    for (QGraphicsItem *item : view.scene()->items())
        if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
            text && text->isVisible() && !text->toPlainText().isEmpty())
            texts.append(text);
    return texts;
}

HealthSample sample(TimeMs t, double availability)
{
    HealthSample s;
    s.time = t;
    s.service = QStringLiteral("web");
    s.availability = availability;
    return s;
}

// The highest a shown service's line or derived range is drawn within [from, to], in the axis' unit.
double topDrawn(const RecoveryChartView &view, TimeMs from, TimeMs to)
{
    const ImpactLinesItem *item = ImpactLinesItem::of(view.chart());
    double top = ValueAxisFit::topInView(item->lines(), item->hidden(), double(from), double(to));
    for (qsizetype i = 0; i < item->bands().size(); ++i) {
        QList<QPointF> highs;
        for (const ImpactLinesItem::BandStep &b : item->bands().at(i))
            highs.append(QPointF(b.x, b.high));
        if (!highs.isEmpty())
            highs.removeLast(); // the band's end, at the window's end: not a value of its own
        top = qMax(top, ValueAxisFit::topInView({highs}, {item->hidden().value(i)}, double(from), double(to)));
    }
    return top;
}
} // namespace

class TstChartReading : public QObject {
    Q_OBJECT
    TimelineSnapshot m_snapshot;
    IncidentAnalysis m_analysis;

private slots:
    void initTestCase();

    void valueAxisFitIsRoundWithHeadroom();
    void readoutFollowsThePointer();
    void legendClickHidesAndShowsAService();
    void valueAxisFitsTheZoom();
    void labelsAreNotClipped();
    void liveLinesStopAtNow();
    void dependenciesAtThePeakShowDependencies();
};

void TstChartReading::initTestCase()
{
    TimelineStore store(QStringLiteral("t"));
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QVERIFY(DemoDataset::load(store));
    m_snapshot = store.snapshot();
    m_analysis = IncidentAnalysis(m_snapshot, m_snapshot.pickIncident());
    QVERIFY2(m_analysis.isValid(), qPrintable(m_analysis.error()));
}

void TstChartReading::valueAxisFitIsRoundWithHeadroom()
{
    // KakaoTalk's 47,637,000 in millions: 50 in steps of 10, not 60.
    QCOMPARE(ValueAxisFit::of(47.637, false), (ValueAxisFit {50, 6, 0}));
    QCOMPARE(ValueAxisFit::of(0.8, false), (ValueAxisFit {1, 6, 1}));
    QCOMPARE(ValueAxisFit::of(0.21, false), (ValueAxisFit {0.25, 6, 2}));
    // Whole people: steps of one at least.
    QCOMPARE(ValueAxisFit::of(3, true), (ValueAxisFit {4, 5, 0}));
    QCOMPARE(ValueAxisFit::of(0, true, 10), (ValueAxisFit {10, 6, 0}));
    for (double top : {0.013, 1.0, 7.3, 19.99, 20.0, 123.4, 9999.0}) {
        const ValueAxisFit fit = ValueAxisFit::of(top, false);
        QVERIFY2(fit.max >= top * 1.02 && fit.max <= top * 1.6, qPrintable(QString::number(top)));
        QVERIFY(fit.tickCount >= 3 && fit.tickCount <= 7);
    }
    // Hidden lines and points outside the range do not count; the value a line enters with does.
    const QList<QList<QPointF>> lines {{{0, 5}, {10, 2}, {20, 9}}, {{0, 50}, {30, 60}}};
    QCOMPARE(ValueAxisFit::topInView(lines, {false, true}, 12, 18), 2.0);
    QCOMPARE(ValueAxisFit::topInView(lines, {false, false}, 12, 18), 50.0);
    QCOMPARE(ValueAxisFit::topInView(lines, {false, true}, 5, 25), 9.0);
}

void TstChartReading::readoutFollowsThePointer()
{
    RecoveryChartView view;
    view.resize(1100, 520);
    view.setAnalysis(m_analysis, Theme::light());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.readoutText(), QString());

    // Between 17:00 and 20:00 on 16 Oct no figure changes: a pixel either way reads the same.
    const ServiceImpact *talk = m_analysis.result().find(QStringLiteral("messaging"));
    QVERIFY(talk);
    for (const ServiceImpact &s : m_analysis.result().services)
        QCOMPARE(s.at(kst(16, 17, 0)).time, s.at(kst(16, 20, 0)).time);
    moveTo(view, pointAt(view, kst(16, 18, 30)));
    const QString text = view.readoutText();
    QVERIFY2(text.startsWith(u"16 Oct 2022 18:") && text.section(u'\n', 0, 0).endsWith(u" KST"), qPrintable(text));
    // Every service, with its people in the locale's digits; derived figures say so.
    QCOMPARE(text.count(u'\n'), m_analysis.services().size());
    for (const Service &s : m_analysis.services())
        QVERIFY2(text.contains(s.name + u": "), qPrintable(s.name));
    const QString people = QLocale().toString(qRound64(talk->at(kst(16, 18, 30)).affected()));
    QVERIFY2(people.contains(u','), qPrintable(people)); // 14,291,100-like, not 14291100
    QVERIFY2(text.contains(u"KakaoTalk: " + people), qPrintable(text));
    QVERIFY(talk->derived);
    QVERIFY2(text.section(u'\n', 1).contains(QStringLiteral("derived")), qPrintable(text));
    // What readoutAt says for that stretch (nothing changes in it, see above).
    QCOMPARE(text.section(u'\n', 1), view.readoutAt(kst(16, 18, 30)).section(u'\n', 1));

    // The box is painted beside the line, inside the view, and moves with the pointer.
    const QImage shot = view.grab().toImage();
    const QRect box = view.readoutRect();
    QVERIFY(!box.isEmpty());
    QVERIFY2(view.viewport()->rect().contains(box),
        qPrintable(QStringLiteral("%1 %2 %3 %4").arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height())));
    if (const QString dir = qEnvironmentVariable("OUTAGEDASH_SCREENSHOT_DIR"); !dir.isEmpty())
        shot.save(dir + u"/charts-tooltip.png");
    moveTo(view, pointAt(view, kst(19, 12, 0)));
    QVERIFY(view.readoutText().startsWith(u"19 Oct 2022 1"));
    view.grab();
    QVERIFY(view.readoutRect().left() > box.left());

    // Gone when the pointer leaves the view, or goes below the plot.
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(view.viewport(), &leave);
    QCOMPARE(view.readoutText(), QString());
    view.grab();
    QVERIFY(view.readoutRect().isEmpty());
    moveTo(view, QPoint(500, view.viewport()->height() - 2));
    QCOMPARE(view.readoutText(), QString());
}

void TstChartReading::legendClickHidesAndShowsAService()
{
    RecoveryChartView view;
    view.resize(1100, 520);
    view.setAnalysis(m_analysis, Theme::light());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const double before = valueAxis(view)->max();
    QCOMPARE(before, 50.0); // 47,637,000 people at the top, in millions

    // A click on KakaoTalk's entry in the legend.
    QGraphicsTextItem *entry = nullptr;
    for (QGraphicsTextItem *t : visibleTexts(view))
        if (t->toPlainText() == u"KakaoTalk" && view.chart()->legend()->isAncestorOf(t))
            entry = t;
    QVERIFY(entry);
    const QPoint at = view.mapFromScene(entry->sceneBoundingRect().center());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    const int talk = int(m_analysis.services().indexOf(*m_snapshot.service(QStringLiteral("messaging"))));
    QVERIFY(view.legend()->isHidden(talk));
    QVERIFY(ImpactLinesItem::of(view.chart())->hidden().value(talk));
    QVERIFY(!view.chart()->axes(Qt::Horizontal).isEmpty());
    QLegendMarker *marker = view.chart()->legend()->markers(view.chart()->series().at(talk)).value(0);
    QVERIFY(marker && marker->font().strikeOut());
    QVERIFY(marker->labelBrush().color().alpha() < 255);
    QVERIFY(!view.readoutAt(kst(16, 18, 30)).contains(u"KakaoTalk"));
    // The login line is as high: the axis only falls once both are hidden (number key 1–9).
    const int login = int(m_analysis.services().indexOf(*m_snapshot.service(QStringLiteral("login"))));
    QCOMPARE(valueAxis(view)->max(), before);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key(Qt::Key_1 + login));
    QVERIFY(view.legend()->isHidden(login));
    const double after = valueAxis(view)->max();
    QVERIFY2(after < before && after >= topDrawn(view, m_analysis.windowStart(), m_analysis.windowEnd()),
        qPrintable(QString::number(after)));

    // A reload (a new chart for the same services) keeps them hidden.
    view.setAnalysis(m_analysis, Theme::dark());
    QVERIFY(view.legend()->isHidden(talk) && view.legend()->isHidden(login));
    QVERIFY(ImpactLinesItem::of(view.chart())->hidden().value(talk));
    QCOMPARE(valueAxis(view)->max(), after);
    marker = view.chart()->legend()->markers(view.chart()->series().at(talk)).value(0);
    QVERIFY(marker && marker->font().strikeOut());

    // Shown again: the axis goes back up.
    QTest::keyClick(&view, Qt::Key(Qt::Key_1 + login));
    view.legend()->toggle(talk);
    QVERIFY(!view.legend()->isHidden(talk) && !view.legend()->isHidden(login));
    QCOMPARE(valueAxis(view)->max(), before);
    QVERIFY(!view.chart()->legend()->markers(view.chart()->series().at(talk)).value(0)->font().strikeOut());
}

void TstChartReading::valueAxisFitsTheZoom()
{
    TimeWindow window;
    RecoveryChartView view;
    view.resize(1100, 520);
    view.setTimeWindow(&window);
    view.setAnalysis(m_analysis, Theme::light());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(valueAxis(view)->max(), 50.0);

    // Late in the incident only a few million are still affected: the axis follows them.
    for (const auto &[from, to] : {std::pair(kst(18, 0, 0), kst(19, 0, 0)), std::pair(kst(17, 0, 0), kst(20, 0, 0)),
             std::pair(kst(16, 12, 0), kst(16, 13, 0))}) {
        window.setView(from, to);
        const double top = topDrawn(view, from, to);
        const QValueAxis *axis = valueAxis(view);
        QVERIFY(top > 0);
        QVERIFY2(axis->max() >= top * 1.02 && axis->max() <= top * 1.6,
            qPrintable(QStringLiteral("%1 for %2").arg(axis->max()).arg(top)));
        // Round ticks: the step is 1, 2, 2.5 or 5 times a power of ten.
        const double step = axis->max() / (axis->tickCount() - 1);
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
        QVERIFY2(std::abs(mantissa - 1) < 1e-6 || std::abs(mantissa - 2) < 1e-6 || std::abs(mantissa - 2.5) < 1e-6
                || std::abs(mantissa - 5) < 1e-6,
            qPrintable(QString::number(step)));
        QVERIFY(axis->max() < 50.0);
    }
    window.reset();
    QCOMPARE(valueAxis(view)->max(), 50.0);
}

void TstChartReading::labelsAreNotClipped()
{
    for (const QSize size : {QSize(1100, 520), QSize(760, 300), QSize(620, 220)}) {
        RecoveryChartView view;
        view.resize(size);
        view.setAnalysis(m_analysis, Theme::light());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Layouts the first layout asked for (a title or legend that had to change) run too.
        for (int round = 0; round < 3; ++round)
            QCoreApplication::processEvents();
        // The chart fills the viewport exactly: nothing of it lies under a frame.
        QCOMPARE(view.viewport()->rect(), view.rect());
        const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
        const QString where = QStringLiteral("%1×%2: ").arg(size.width()).arg(size.height());
        const QList<QGraphicsTextItem *> texts = visibleTexts(view);
        QVERIFY(texts.size() > 8);
        for (QGraphicsTextItem *t : texts) {
            const QString text = t->toPlainText();
            const QRectF box = t->sceneBoundingRect();
            QVERIFY2(visible.contains(box),
                qPrintable(where + text
                    + QStringLiteral(" at %1..%2 of %3").arg(box.left()).arg(box.right()).arg(visible.right())));
            // Not elided by QtCharts, and the whole text fits the item's own width.
            QVERIFY2(!text.endsWith(u"...") && !text.endsWith(u'…'), qPrintable(where + text));
            QVERIFY2(QFontMetricsF(t->font()).horizontalAdvance(text) <= t->boundingRect().width() + 0.5,
                qPrintable(where + text));
        }
        // The y title is whole: the long one where it fits the plot's height, else the short.
        const QValueAxis *axis = valueAxis(view);
        const qreal titleWidth = QFontMetricsF(axis->titleFont()).horizontalAdvance(axis->titleText());
        QVERIFY2(titleWidth <= view.chart()->plotArea().height(), qPrintable(where + axis->titleText()));
        bool titleShown = false;
        QStringList all;
        for (QGraphicsTextItem *t : texts) {
            titleShown = titleShown || t->toPlainText() == axis->titleText();
            all.append(t->toPlainText());
        }
        QVERIFY2(titleShown,
            qPrintable(where + axis->titleText() + u" in " + all.join(u'|') + u" plot height "
                + QString::number(view.chart()->plotArea().height())));
        if (size.height() >= 500)
            QCOMPARE(axis->titleText(), QStringLiteral("Millions of people"));
        // The last x label is whole and inside the view.
        qreal rightmost = 0;
        for (QGraphicsTextItem *t : texts)
            if (t->sceneBoundingRect().top() > view.chart()->mapToScene(view.chart()->plotArea().bottomLeft()).y())
                rightmost = qMax(rightmost, t->sceneBoundingRect().right());
        QVERIFY2(rightmost > 0 && rightmost <= visible.right(), qPrintable(where + QString::number(rightmost)));
    }
}

void TstChartReading::liveLinesStopAtNow()
{
    // An open incident with samples until 11:00; the window runs an hour past the last one.
    const TimeMs start = kst(20, 9, 0), last = kst(20, 11, 0), now = kst(20, 11, 10);
    TimelineSnapshot snapshot;
    Service web;
    web.key = QStringLiteral("web");
    web.name = QStringLiteral("Web");
    web.users = 1000;
    snapshot.services = {web};
    for (TimeMs t = start; t <= last; t += 10 * kMinute)
        snapshot.samples.append(sample(t, t < kst(20, 10, 0) ? 1.0 : 0.4));
    Incident incident;
    incident.id = QStringLiteral("live");
    incident.began = kst(20, 10, 0);
    incident.timeZone = QStringLiteral("Asia/Seoul");
    snapshot.incidents = {incident};
    const IncidentAnalysis analysis(snapshot, &snapshot.incidents.first());
    QVERIFY(analysis.isValid());
    QCOMPARE(analysis.windowEnd(), last + kHour);

    RecoveryChartView view;
    view.resize(900, 400);
    view.setNow(now);
    view.setAnalysis(analysis, Theme::light());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.linesEnd(), now);
    const QList<QList<QPointF>> lines = view.lines();
    QCOMPARE(lines.size(), 1);
    QVERIFY(!lines.first().isEmpty());
    for (const QPointF &p : lines.first())
        QVERIFY2(p.x() <= double(now),
            qPrintable(Timestamps::format(TimeMs(p.x()), QTimeZone::utc(), QStringLiteral("HH:mm"))));
    QCOMPARE(lines.first().constLast().x(), double(now)); // up to now, level
    QCOMPARE(lines.first().constLast().y(), 600.0);
    QVERIFY(view.readoutAt(now + 20 * kMinute).contains(QStringLiteral("not known yet")));
    QVERIFY(view.readoutAt(now - 20 * kMinute).contains(QStringLiteral("Web: 600")));

    // Once resolved, the lines run to the window's end.
    snapshot.incidents.first().resolved = last;
    const IncidentAnalysis resolved(snapshot, &snapshot.incidents.first());
    view.setAnalysis(resolved, Theme::light());
    QCOMPARE(view.lines().first().constLast().x(), double(resolved.windowEnd()));

    // The state timeline of a live incident leaves the lane empty after now (the clock's).
    const TimeMs clock = QDateTime::currentMSecsSinceEpoch();
    TimelineSnapshot open = snapshot;
    open.incidents.first() = incident;
    open.incidents.first().began = clock - 2 * kHour;
    open.samples = {sample(clock - 3 * kHour, 1.0), sample(clock - 2 * kHour, 0.0)};
    const IncidentAnalysis openAnalysis(open, &open.incidents.first());
    QCOMPARE(openAnalysis.windowEnd(), clock - kHour); // an hour past the last sample...
    open.samples.append(sample(clock - 10 * kMinute, 0.0));
    const IncidentAnalysis late(open, &open.incidents.first()); // ...which is 50 min from now
    StateTimelineChart chart;
    chart.resize(900, 300);
    chart.setData(late, open, Theme::light());
    const QImage image = chart.grab().toImage();
    const QRectF lane = chart.laneRect(QStringLiteral("web"));
    const int y = qRound(lane.center().y());
    const auto colourAt = [&](TimeMs t) { return image.pixelColor(qRound(chart.xForTime(t)), y); };
    QVERIFY(colourAt(clock - 30 * kMinute) != Theme::light().panel);
    QCOMPARE(colourAt(late.windowEnd() - 10 * kMinute), Theme::light().panel);
}

void TstChartReading::dependenciesAtThePeakShowDependencies()
{
    // At the overall peak (15 Oct 15:30) every Kakao service was down on its own, and a person is
    // counted under their own service first: through dependencies read 0 in every box.
    const ImpactResult &r = m_analysis.result();
    QVERIFY(r.peakTotalAt);
    for (const ServiceImpact &s : r.services)
        QCOMPARE(s.at(*r.peakTotalAt).affectedInherited, 0.0);
    // The picture is taken when the most people were affected through dependencies instead.
    const TimeMs at = DependencyView::peakAt(m_analysis);
    QVERIFY(at != *r.peakTotalAt);
    const ServiceImpact *pay = r.find(QStringLiteral("payment"));
    QVERIFY(pay);
    QVERIFY2(pay->at(at).affectedInherited > 0, qPrintable(QString::number(pay->at(at).affectedInherited)));
    double most = 0;
    for (const ImpactPoint &p : r.total)
        most = qMax(most, p.affectedInherited);
    double there = 0;
    for (const ServiceImpact &s : r.services)
        there += s.at(at).affectedInherited;
    QCOMPARE(qRound64(there), qRound64(most));

    // The exported "Dependencies at the peak" is drawn then, and says when.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deps.svg"));
    QString error;
    QVERIFY2(ChartExporter::save(ChartExporter::Chart::Dependencies, path, m_analysis, m_snapshot, Theme::light(),
                 QSize(1200, 800), &error),
        qPrintable(error));
    QFile svg(path);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString drawn = QString::fromUtf8(svg.readAll());
    const QString when
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(at, m_analysis.timeZone()), QStringLiteral("d MMM HH:mm"));
    QVERIFY2(drawn.contains(when), qPrintable(when));
    QVERIFY(drawn.contains(QStringLiteral("through dependencies")));
    QVERIFY(drawn.contains(QLocale().toString(qRound64(pay->at(at).affectedInherited)) + u" through dependencies"));
}

QTEST_MAIN(TstChartReading)
#include "tst_chartreading.moc"
