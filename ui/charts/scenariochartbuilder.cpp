// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/scenariochartbuilder.h"

#include "charts/recoverychartbuilder.h"
#include "common/timeaxisticks.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

std::unique_ptr<QChart> ScenarioChartBuilder::build(
    const IncidentAnalysis &recorded, const ScenarioAnalysis &scenario, const Theme &theme, const Options &options)
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
        chart->setTitle(QCoreApplication::translate("ScenarioChart", "People affected, all services: recorded and %1")
                            .arg(scenario.scenario().name));
        chart->setTitleFont(titleFont);
        chart->setTitleBrush(theme.text);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(font);
    chart->legend()->setLabelColor(theme.text);

    const double peak = qMax(recorded.result().peakTotal, scenario.result().peakTotal);
    const double scale = peak >= 1e6 ? 1e6 : peak >= 1e3 ? 1e3 : 1.0;
    const QString unit = scale == 1e6 ? QCoreApplication::translate("ScenarioChart", "Millions of people")
        : scale == 1e3                ? QCoreApplication::translate("ScenarioChart", "Thousands of people")
                                      : QCoreApplication::translate("ScenarioChart", "People affected");

    auto *xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setRange(double(recorded.windowStart()), double(recorded.windowEnd()));
    for (const TimeAxisTick &tick :
        TimeAxisTicks::compute(recorded.windowStart(), recorded.windowEnd(), recorded.timeZone()))
        xAxis->append(tick.label, double(tick.time));
    xAxis->setTitleText(RecoveryChartBuilder::axisTitle(recorded));
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, peak > 0 ? peak / scale * 1.08 : 1.0);
    yAxis->setLabelFormat(scale == 1.0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    yAxis->applyNiceNumbers();
    yAxis->setTitleText(unit);
    RecoveryChartBuilder::styleAxes({xAxis, yAxis}, theme, font);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    const auto add
        = [&](const QString &name, const QList<ImpactPoint> &points, const QColor &colour, Qt::PenStyle style) {
              auto *series = new QLineSeries;
              series->setName(name);
              QPen pen(colour);
              pen.setWidthF(2.0);
              pen.setStyle(style);
              series->setPen(pen);
              series->replace(RecoveryChartBuilder::stepPoints(points, recorded.windowEnd(), scale));
              chart->addSeries(series);
              series->attachAxis(xAxis);
              series->attachAxis(yAxis);
          };
    add(QCoreApplication::translate("ScenarioChart", "Recorded"), recorded.result().total, theme.mutedText,
        Qt::SolidLine);
    if (scenario.isValid())
        add(scenario.scenario().name, scenario.result().total, theme.accent, Qt::SolidLine);
    return chart;
}

ScenarioChartView::ScenarioChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(100);
}

void ScenarioChartView::showScenario(
    const IncidentAnalysis &recorded, const ScenarioAnalysis &scenario, const Theme &theme)
{
    QChart *old = chart();
    setChart(ScenarioChartBuilder::build(recorded, scenario, theme).release()); // the view owns the new chart
    delete old;
}

void ScenarioChartView::clearChart()
{
    QChart *old = chart();
    setChart(new QChart);
    delete old;
}

QStringList ScenarioChartView::seriesNames() const
{
    QStringList names;
    for (const QAbstractSeries *s : chart()->series())
        names.append(s->name());
    return names;
}
