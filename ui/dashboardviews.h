#pragma once

#include "incidentanalysis.h"
#include "theme.h"

#include <QTabWidget>

class CompareWidget;
class DependencyView;
class QLabel;
class RecoveryChartView;
class ScenarioPanel;
class TimelineStore;
class StateTimelineChart;
class TimeWindow;

// The chart views as tabs — recovery, state timeline, dependencies, comparison — sharing
// one zoomable time range and one cursor, with the counting method written under them.
class DashboardViews final : public QWidget
{
    Q_OBJECT
public:
    enum View { Recovery, StateTimeline, Dependencies, Compare, WhatIf, ViewCount };

    explicit DashboardViews(QWidget *parent = nullptr);
    void setData(const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot, const Theme &theme);
    // Scenarios are read and saved through the GUI thread's store.
    void setStore(TimelineStore *store) { m_store = store; }
    void setCursorTime(TimeMs time);
    void showView(View view);
    View currentView() const;

    QTabWidget *tabs() const { return m_tabs; }
    RecoveryChartView *recovery() const { return m_recovery; }
    StateTimelineChart *stateTimeline() const { return m_stateTimeline; }
    DependencyView *dependencies() const { return m_dependencies; }
    CompareWidget *compare() const { return m_compare; }
    ScenarioPanel *scenarios() const { return m_scenarios; }
    TimeWindow *timeWindow() const { return m_window; }

signals:
    void timeClicked(TimeMs time);

private:
    QTabWidget *m_tabs;
    TimeWindow *m_window;
    RecoveryChartView *m_recovery;
    StateTimelineChart *m_stateTimeline;
    DependencyView *m_dependencies;
    CompareWidget *m_compare;
    ScenarioPanel *m_scenarios;
    TimelineStore *m_store = nullptr;
    QLabel *m_counting;
};
