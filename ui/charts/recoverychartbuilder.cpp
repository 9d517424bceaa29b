// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/recoverychartbuilder.h"

#include "charts/impactlinesitem.h"
#include "common/timeaxisticks.h"
#include "series/m4decimator.h"

#include <cmath>
#include <limits>

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QLineSeries>
#include <QValueAxis>

namespace {
template <typename Value>
QList<QPointF> stepLine(const QList<ImpactPoint> &series, TimeMs end, int columns, Value value)
{
    QList<QPointF> points;
    points.reserve(series.size() * 2 + 1);
    for (const ImpactPoint &p : series) {
        const double y = value(p);
        if (!points.isEmpty())
            points.append(QPointF(double(p.time), points.constLast().y()));
        points.append(QPointF(double(p.time), y));
    }
    if (!points.isEmpty() && points.constLast().x() < double(end))
        points.append(QPointF(double(end), points.constLast().y()));
    // Past a few thousand points a line only gets slower to draw and bigger in a PDF, not
    // more exact: M4 for step lines at 2,000 columns keeps every visible extreme (wider than
    // any page or screen) in two points for most columns, which the first paint feels.
    if (columns > 0 && points.size() > 4 * columns && points.size() > 1)
        return M4Decimator::decimateSteps(
            points, points.constFirst().x(), std::nextafter(points.constLast().x(), 1e300), columns);
    return points;
}
} // namespace

QList<QPointF> RecoveryChartBuilder::stepPoints(const QList<ImpactPoint> &series, TimeMs end, double scale, int columns)
{
    return stepLine(series, end, columns, [scale](const ImpactPoint &p) { return p.affected() / scale; });
}

QList<QPointF> RecoveryChartBuilder::stepPoints(const ServiceImpact &service, TimeMs end, double scale, int columns)
{
    return stepLine(
        service.series, end, columns, [&service, scale](const ImpactPoint &p) { return service.plotted(p, scale); });
}

QList<bool> RecoveryChartBuilder::shareLines(const IncidentAnalysis &analysis)
{
    QList<bool> share;
    for (const ServiceImpact &s : analysis.result().services)
        share.append(!s.users.has_value());
    return share;
}

bool RecoveryChartBuilder::shareOnly(const IncidentAnalysis &analysis)
{
    const QList<bool> share = shareLines(analysis);
    return !share.isEmpty() && !share.contains(false);
}

QString RecoveryChartBuilder::shareTitle(bool compact)
{
    return compact ? QCoreApplication::translate("RecoveryChart", "% of users")
                   : QCoreApplication::translate("RecoveryChart", "Share of users affected (%)");
}

TimeMs RecoveryChartBuilder::drawnEnd(const IncidentAnalysis &analysis, TimeMs now)
{
    const auto &incident = analysis.incident();
    if (incident && incident->resolved)
        return std::numeric_limits<TimeMs>::max();
    return now ? now : QDateTime::currentMSecsSinceEpoch();
}

double RecoveryChartBuilder::scaleFor(const IncidentAnalysis &analysis)
{
    double peak = 0;
    for (const ServiceImpact &s : analysis.result().services)
        peak = qMax(peak, s.peakAffected);
    // Millions read better than 47,637,000 on an axis; fall back to thousands / ones.
    return peak >= 1e6 ? 1e6 : peak >= 1e3 ? 1e3 : 1.0;
}

QString RecoveryChartBuilder::axisTitle(const IncidentAnalysis &analysis)
{
    const QTimeZone zone = analysis.timeZone();
    return QCoreApplication::translate("RecoveryChart", "Time (%1)")
        .arg(TimeAxisTicks::zoneAbbreviation(zone, analysis.windowStart()));
}

QString RecoveryChartBuilder::valueTitle(double scale, bool compact)
{
    if (compact)
        return scale == 1e6 ? QCoreApplication::translate("RecoveryChart", "M people")
            : scale == 1e3  ? QCoreApplication::translate("RecoveryChart", "k people")
                            : QCoreApplication::translate("RecoveryChart", "People");
    return scale == 1e6 ? QCoreApplication::translate("RecoveryChart", "Millions of people")
        : scale == 1e3  ? QCoreApplication::translate("RecoveryChart", "Thousands of people")
                        : QCoreApplication::translate("RecoveryChart", "People affected");
}

void RecoveryChartBuilder::styleAxes(std::initializer_list<QAbstractAxis *> axes, const Theme &theme, const QFont &font)
{
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
        axis->setLabelsBrush(theme.text);
        axis->setTitleBrush(theme.mutedText);
        axis->setGridLineColor(theme.grid);
        axis->setLinePenColor(theme.grid);
    }
}

std::unique_ptr<QChart> RecoveryChartBuilder::build(
    const IncidentAnalysis &analysis, const Theme &theme, const Options &options)
{
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(options.animate ? QChart::SeriesAnimations : QChart::NoAnimation);
    chart->setBackgroundBrush(theme.panel);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont font = chart->font();
    font.setPointSizeF(options.fontPointSize);
    QFont titleFont = font;
    titleFont.setPointSizeF(options.fontPointSize * 1.25);
    titleFont.setBold(true);
    const QList<bool> share = shareLines(analysis);
    const bool onlyShare = shareOnly(analysis);
    if (options.showTitle) {
        chart->setTitle(onlyShare ? QCoreApplication::translate("RecoveryChart", "Share of users affected by service")
                                  : QCoreApplication::translate("RecoveryChart", "People affected by service"));
        chart->setTitleFont(titleFont);
        chart->setTitleBrush(theme.text);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(font);
    chart->legend()->setLabelColor(theme.text);

    const ImpactResult &result = analysis.result();
    double peak = 0;
    for (const ServiceImpact &s : result.services)
        peak = std::max({peak, s.peakAffected, s.peakAffectedHigh}); // a range's top stays on the chart
    const double scale = scaleFor(analysis);
    const QString unit = valueTitle(scale, false);

    auto *xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setRange(double(analysis.windowStart()), double(analysis.windowEnd()));
    for (const TimeAxisTick &tick :
        TimeAxisTicks::compute(analysis.windowStart(), analysis.windowEnd(), analysis.timeZone()))
        xAxis->append(tick.label, double(tick.time));
    xAxis->setTitleText(axisTitle(analysis));
    // A share is read against the whole: its axis always runs 0-100 %.
    const auto percentAxis = [] {
        auto *axis = new QValueAxis;
        axis->setRange(0, 100);
        axis->setTickCount(6);
        axis->setLabelFormat(QStringLiteral("%.0f"));
        axis->setTitleText(shareTitle(false));
        return axis;
    };
    QValueAxis *yAxis = nullptr;
    if (onlyShare) {
        yAxis = percentAxis();
    } else {
        yAxis = new QValueAxis;
        // Whole people: under ten, "%.0f" would label several ticks alike (0, 0, 1, 1, 1).
        yAxis->setRange(0, qMax(peak / scale * 1.08, scale == 1.0 ? 10.0 : 0.0));
        yAxis->setLabelFormat(scale == 1.0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
        yAxis->applyNiceNumbers();
        yAxis->setTitleText(unit);
    }
    // The primary axis first: the screen's view takes the first vertical axis as the people one.
    QValueAxis *shareAxis = !onlyShare && share.contains(true) ? percentAxis() : nullptr;
    RecoveryChartBuilder::styleAxes({xAxis, yAxis}, theme, font);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    if (shareAxis) {
        RecoveryChartBuilder::styleAxes({shareAxis}, theme, font);
        shareAxis->setGridLineVisible(false); // the people axis' grid is the one drawn
        chart->addAxis(shareAxis, Qt::AlignRight);
    }

    auto *layer = options.lineLayer ? new ImpactLinesItem(chart.get()) : nullptr;
    // Where derived figures have a range, a band: on screen the line layer shades it, on paper
    // an item of its own under the series.
    auto *bands = layer ? layer : new ImpactLinesItem(chart.get());
    if (!layer)
        bands->setZValue(3.5); // above the grid (2) and axes (3), under the series (4)
    bands->setBands(ImpactLinesItem::bandsOf(analysis, scale), theme.mutedText);
    QList<QPen> pens;
    QList<bool> secondary;
    for (int i = 0; i < result.services.size(); ++i) {
        const ServiceImpact &s = result.services.at(i);
        auto *series = new QLineSeries;
        const bool right = shareAxis && share.at(i);
        secondary.append(right);
        series->setName(right ? QCoreApplication::translate("RecoveryChart", "%1 (%)", "a service drawn in percent")
                                    .arg(analysis.services().at(i).name)
                              : analysis.services().at(i).name);
        QPen pen(theme.seriesColour(i));
        pen.setWidthF(2.0);
        series->setPen(pen);
        pens.append(pen);
        // One replace() per refresh: QLineSeries rebuilds its hit-test path on every change.
        if (!layer)
            series->replace(stepPoints(s, analysis.windowEnd(), scale));
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(right ? shareAxis : yAxis);
    }
    bands->setPens(pens);
    if (layer)
        layer->setSecondary(secondary);
    return chart;
}
