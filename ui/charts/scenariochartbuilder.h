// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "impact/incidentanalysis.h"
#include "impact/scenarioanalysis.h"

#include <QChartView>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// Builds the what-if chart: total people affected over time, the recorded curve and the
// scenario's overlaid on the incident's time axis. The area between them is what was saved.
class ScenarioChartBuilder final {
public:
    struct Options {
        qreal fontPointSize = 9;
        bool showTitle = true;
    };
    static std::unique_ptr<QChart> build(
        const IncidentAnalysis &recorded, const ScenarioAnalysis &scenario, const Theme &theme, const Options &options);
    static std::unique_ptr<QChart> build(
        const IncidentAnalysis &recorded, const ScenarioAnalysis &scenario, const Theme &theme)
    {
        return build(recorded, scenario, theme, Options {});
    }
};

// The view the scenario panel shows the chart in; keeps QtCharts inside ui/charts.
class ScenarioChartView final : public QChartView {
public:
    explicit ScenarioChartView(QWidget *parent = nullptr);
    void showScenario(const IncidentAnalysis &recorded, const ScenarioAnalysis &scenario, const Theme &theme);
    void clearChart();
    // The names of the lines shown ("Recorded", the scenario's name): for tests.
    QStringList seriesNames() const;
};
