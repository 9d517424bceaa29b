// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "domain/timelinesnapshot.h"
#include "impact/incidentanalysis.h"
#include "impact/scenarioanalysis.h"

#include <QWidget>

class QComboBox;
class QLabel;
class ElidedLabel;
class QTableView;
class ScenarioChartView;
class ScenarioTableModel;
class DashboardSession;

// The what-if comparison: pick a scenario of the incident, read per service and in total
// the people-hours recorded, with the scenario, and saved, and see both totals overlaid.
// MainWindow adds it as a tab and calls setData() whenever the analysis changes.
class ScenarioPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ScenarioPanel(QWidget *parent = nullptr);

    // 'session' is where the incident's scenarios are read and saved (may be null: read-only,
    // nothing to show). The panel keeps copies of snapshot and analysis.
    void setData(const TimelineSnapshot &snapshot, const IncidentAnalysis &analysis, DashboardSession *session);
    void setTheme(const Theme &theme);

    QList<Scenario> scenarios() const { return m_scenarios; }
    QString currentScenarioName() const;
    bool selectScenario(const QString &name); // false when the incident has none of that name
    const ScenarioAnalysis &scenarioAnalysis() const;
    ScenarioTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    ScenarioChartView *chartView() const { return m_chart; }
    QString sentence() const; // "With <name>, X people-hours (Y %) would have been saved."

    // The sentence the panel and the report print.
    static QString savedSentence(const ScenarioAnalysis &analysis);

public slots:
    void openScenarios(); // the Scenarios dialog of the incident
    void reloadScenarios();

signals:
    void scenarioChanged(const QString &name);

private:
    void recompute();

    TimelineSnapshot m_snapshot;
    IncidentAnalysis m_analysis;
    DashboardSession *m_session = nullptr;
    Theme m_theme = Theme::light();
    QList<Scenario> m_scenarios;
    QComboBox *m_picker;
    ElidedLabel *m_description;
    QLabel *m_sentence;
    QTableView *m_table;
    ScenarioChartView *m_chart;
    ScenarioTableModel *m_model;
};
