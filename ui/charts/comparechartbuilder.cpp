// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/comparechartbuilder.h"

#include "charts/recoverychartbuilder.h"

#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QValueAxis>

namespace {
constexpr double MsPerHour = 3'600'000.0;
}

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

QString CompareChartBuilder::seriesName(const IncidentAnalysis &analysis)
{
    return analysis.incident() ? analysis.incident()->title
                               : QCoreApplication::translate("CompareChart", "All data (no incident)");
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
    if (options.showTitle) {
        QFont titleFont = font;
        titleFont.setPointSizeF(options.fontPointSize * 1.25);
        titleFont.setBold(true);
        chart->setTitle(
            QCoreApplication::translate("CompareChart", "Total people affected, from each incident's start"));
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
    const double scale = peak >= 1e6 ? 1e6 : peak >= 1e3 ? 1e3 : 1.0;
    const QString unit = scale == 1e6 ? QCoreApplication::translate("CompareChart", "Millions of people")
        : scale == 1e3                ? QCoreApplication::translate("CompareChart", "Thousands of people")
                                      : QCoreApplication::translate("CompareChart", "People affected");

    auto *xAxis = new QValueAxis;
    xAxis->setRange(first, last);
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    // Ticks anchored on the start, in steps a reader counts in (days for long outages);
    // nice numbers would stretch a window of −1 → 128 h out to −50 → 150 h.
    const double span = last - first;
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(0.0);
    xAxis->setTickInterval(span <= 12 ? 1 : span <= 24 ? 3 : span <= 48 ? 6 : span <= 96 ? 12 : 24);
    xAxis->setMinorTickCount(span > 96 ? 3 : 0);
    xAxis->setTitleText(QCoreApplication::translate("CompareChart", "Hours since the incident began"));
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, peak > 0 ? peak / scale * 1.08 : 1.0);
    yAxis->setLabelFormat(scale == 1.0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    yAxis->applyNiceNumbers();
    yAxis->setTitleText(unit);
    RecoveryChartBuilder::styleAxes({xAxis, yAxis}, theme, font);
    for (QValueAxis *axis : {xAxis, yAxis})
        axis->setMinorGridLineColor(theme.window);
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
        series->replace(alignedPoints(*analyses[i], scale));
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
