// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/comparechartbuilder.h"

#include "charts/comparetimescale.h"
#include "charts/recoverychartbuilder.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace {
constexpr double MsPerHour = 3'600'000.0;

QString tr(const char *text)
{
    return QCoreApplication::translate("CompareChart", text);
}

// A step polyline in hours on a logarithmic axis: log10 of minutes since the start, from one
// minute (what came before is drawn there, as the value in force at one minute).
QList<QPointF> toLogMinutes(const QList<QPointF> &hours)
{
    QList<QPointF> out;
    double before = hours.isEmpty() ? 0.0 : hours.constFirst().y();
    for (const QPointF &p : hours) {
        const double minutes = p.x() * 60.0;
        if (minutes <= 1.0) {
            before = p.y();
            continue;
        }
        if (out.isEmpty())
            out.append(QPointF(0.0, before));
        out.append(QPointF(std::log10(minutes), p.y()));
    }
    return out;
}
} // namespace

QList<QPointF> CompareChartBuilder::alignedPoints(const IncidentAnalysis &analysis, double scale)
{
    if (!analysis.isValid())
        return {};
    QList<QPointF> points = RecoveryChartBuilder::stepPoints(analysis.result().total, analysis.windowEnd(), scale);
    const double origin = double(analysis.origin());
    for (QPointF &p : points)
        p.setX((p.x() - origin) / MsPerHour);
    return points;
}

QList<QPointF> CompareChartBuilder::alignedSharePoints(const IncidentAnalysis &analysis)
{
    if (!analysis.isValid())
        return {};
    const QList<ServiceImpact> &services = analysis.result().services;
    // Every moment any service changes, then the mean of all services' failing share there.
    QList<TimeMs> times;
    for (const ServiceImpact &s : services)
        for (const ImpactPoint &p : s.series)
            times.append(p.time);
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    QList<QPointF> points;
    const double origin = double(analysis.origin());
    for (const TimeMs t : std::as_const(times)) {
        double sum = 0.0;
        for (const ServiceImpact &s : services)
            sum += 1.0 - s.at(t).effectiveAvailability;
        const double y = 100.0 * sum / double(qMax<qsizetype>(services.size(), 1));
        const double x = (double(t) - origin) / MsPerHour;
        if (!points.isEmpty())
            points.append(QPointF(x, points.constLast().y()));
        points.append(QPointF(x, y));
    }
    if (!points.isEmpty())
        points.append(QPointF((double(analysis.windowEnd()) - origin) / MsPerHour, points.constLast().y()));
    return points;
}

QString CompareChartBuilder::seriesName(const IncidentAnalysis &analysis)
{
    return analysis.incident() ? analysis.incident()->title : tr("All data (no incident)");
}

QString CompareChartBuilder::chartTitle(const IncidentAnalysis &a, const IncidentAnalysis &b)
{
    const QString what = measureFor(a, b) == Measure::People
        ? tr("Total people affected, from each incident's start")
        : tr("Share of services failing, from each incident's start");
    return CompareTimeScale::useLogarithmic(a, b) ? tr("%1 (logarithmic time)").arg(what) : what;
}

CompareChartBuilder::Measure CompareChartBuilder::measureFor(const IncidentAnalysis &a, const IncidentAnalysis &b)
{
    for (const IncidentAnalysis *analysis : {&a, &b})
        if (analysis->isValid() && analysis->result().servicesWithoutUsers > 0)
            return Measure::Share;
    return Measure::People;
}

QString CompareChartBuilder::scaleNote(const IncidentAnalysis &a, const IncidentAnalysis &b)
{
    QString note;
    if (CompareTimeScale::useLogarithmic(a, b))
        note = tr("Logarithmic time axis: the spans differ %1-fold.")
                   .arg(QLocale().toString(
                       qRound(CompareTimeScale::spanRatio(CompareTimeScale::spanMs(a), CompareTimeScale::spanMs(b)))));
    else
        note = tr("Linear time axis: the spans differ less than tenfold.");
    if (measureFor(a, b) == Measure::Share)
        note
            += u' ' + tr("Users of one incident are not known: both are drawn as the share of their services failing.");
    return note;
}

std::unique_ptr<QChart> CompareChartBuilder::build(
    const IncidentAnalysis &a, const IncidentAnalysis &b, const Theme &theme, const Options &options)
{
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(theme.panel);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont font = chart->font();
    font.setPointSizeF(options.fontPointSize);
    const Measure measure = measureFor(a, b);
    const bool logarithmic = CompareTimeScale::useLogarithmic(a, b);
    if (options.showTitle) {
        QFont titleFont = font;
        titleFont.setPointSizeF(options.fontPointSize * 1.25);
        titleFont.setBold(true);
        chart->setTitle(chartTitle(a, b));
        chart->setTitleFont(titleFont);
        chart->setTitleBrush(theme.text);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(font);
    chart->legend()->setLabelColor(theme.text);

    const IncidentAnalysis *analyses[] = {&a, &b};
    double peak = 0.0;
    double first = 0.0, last = 1.0; // hours; the start (0) is always in view
    for (const IncidentAnalysis *analysis : analyses) {
        if (!analysis->isValid())
            continue;
        peak = qMax(peak, analysis->result().peakTotal);
        first = qMin(first, double(analysis->windowStart() - analysis->origin()) / MsPerHour);
        last = qMax(last, double(analysis->windowEnd() - analysis->origin()) / MsPerHour);
    }
    // As on the recovery chart: millions read better than 47,637,000 on an axis.
    const double scale = measure == Measure::Share ? 1.0
        : peak >= 1e9                              ? 1e9
        : peak >= 1e6                              ? 1e6
        : peak >= 1e3                              ? 1e3
                                                   : 1.0;
    const QString unit = measure == Measure::Share ? tr("Services failing, %")
        : scale == 1e9                             ? tr("Billions of people")
        : scale == 1e6                             ? tr("Millions of people")
        : scale == 1e3                             ? tr("Thousands of people")
                                                   : tr("People affected");

    QValueAxis *xLinear = nullptr;
    QCategoryAxis *xLog = nullptr;
    if (logarithmic) {
        // log10 of the minutes since the start, labelled as durations at 1 min, 10 min, 1 h…
        xLog = new QCategoryAxis;
        const double lastMinutes = last * 60.0;
        xLog->setRange(0.0, std::log10(lastMinutes));
        xLog->setStartValue(0.0);
        for (const double tick : CompareTimeScale::logTicks(lastMinutes))
            xLog->append(CompareTimeScale::durationLabel(tick), std::log10(tick));
        xLog->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        xLog->setTitleText(tr("Time since the incident began (logarithmic)"));
    } else {
        xLinear = new QValueAxis;
        xLinear->setRange(first, last);
        xLinear->setLabelFormat(QStringLiteral("%.0f"));
        // Ticks anchored on the start, in steps a reader counts in (days for long outages);
        // nice numbers would stretch a window of −1 → 128 h out to −50 → 150 h.
        const double span = last - first;
        xLinear->setTickType(QValueAxis::TicksDynamic);
        xLinear->setTickAnchor(0.0);
        xLinear->setTickInterval(span <= 12 ? 1
                : span <= 24                ? 3
                : span <= 48                ? 6
                : span <= 96                ? 12
                : span <= 200               ? 24
                                            : 48);
        xLinear->setMinorTickCount(span > 96 ? 3 : 0);
        xLinear->setTitleText(tr("Hours since the incident began"));
    }
    QAbstractAxis *xAxis = logarithmic ? static_cast<QAbstractAxis *>(xLog) : xLinear;
    auto *yAxis = new QValueAxis;
    if (measure == Measure::Share) {
        yAxis->setRange(0, 100);
        yAxis->setLabelFormat(QStringLiteral("%.0f"));
        yAxis->setTickCount(6);
    } else {
        yAxis->setRange(0, peak > 0 ? peak / scale * 1.08 : 1.0);
        yAxis->setLabelFormat(scale == 1.0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
        yAxis->applyNiceNumbers();
    }
    yAxis->setTitleText(unit);
    RecoveryChartBuilder::styleAxes({xAxis, yAxis}, theme, font);
    yAxis->setMinorGridLineColor(theme.window);
    if (xLinear)
        xLinear->setMinorGridLineColor(theme.window);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    for (int i = 0; i < 2; ++i) {
        auto *series = new QLineSeries;
        series->setName(seriesName(*analyses[i]));
        QPen pen(theme.seriesColour(i));
        pen.setWidthF(2.5);
        // The second line dashed: the two stay apart where they overlap, and in grey print.
        if (i == 1)
            pen.setStyle(Qt::DashLine);
        series->setPen(pen);
        QList<QPointF> points
            = measure == Measure::Share ? alignedSharePoints(*analyses[i]) : alignedPoints(*analyses[i], scale);
        series->replace(logarithmic ? toLogMinutes(points) : points);
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    return chart;
}

std::unique_ptr<QChart> CompareChartBuilder::build(
    const IncidentAnalysis &a, const IncidentAnalysis &b, const Theme &theme)
{
    return build(a, b, theme, Options {});
}
