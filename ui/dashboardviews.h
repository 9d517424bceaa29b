// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "impact/incidentanalysis.h"

#include <QTabWidget>
#include <memory>
#include <optional>

class CompareWidget;
class DependencyView;
class ImpactSeriesProvider;
class ElidedLabel;
class RecoveryChartView;
class ScenarioPanel;
class DashboardSession;
class StateTimelineChart;
class TimeWindow;

// The chart views as tabs — recovery, state timeline, dependencies, comparison — sharing
// one zoomable time range and one cursor, with the counting method written under them.
class DashboardViews final : public QWidget {
    Q_OBJECT
public:
    enum View { Recovery, StateTimeline, Dependencies, Compare, WhatIf, ViewCount };

    explicit DashboardViews(QWidget *parent = nullptr);
    // 'lines' reads the recovery chart's lines at any zoom (DashboardSession::seriesProvider()).
    void setData(const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot, const Theme &theme,
        std::weak_ptr<const ImpactSeriesProvider> lines = {});
    // Scenarios are read and saved through the GUI thread's session.
    void setSession(DashboardSession *session) { m_session = session; }
    void setCursorTime(TimeMs time);
    void showView(View view);
    View currentView() const;

    QTabWidget *tabs() const { return m_tabs; }
    RecoveryChartView *recovery() const { return m_recovery; }
    StateTimelineChart *stateTimeline() const { return m_stateTimeline; }
    DependencyView *dependencies() const { return m_dependencies; }
    // Brings the comparison up to date first: it is only computed when its tab is shown.
    CompareWidget *compare() const;
    ScenarioPanel *scenarios() const { return m_scenarios; }
    TimeWindow *timeWindow() const { return m_window; }

signals:
    void timeClicked(TimeMs time);

private:
    void updateCompare();

    QTabWidget *m_tabs;
    TimeWindow *m_window;
    RecoveryChartView *m_recovery;
    StateTimelineChart *m_stateTimeline;
    DependencyView *m_dependencies;
    CompareWidget *m_compare;
    ScenarioPanel *m_scenarios;
    DashboardSession *m_session = nullptr;
    ElidedLabel *m_counting;
    // What the Compare tab shows once it is opened: analysing two incidents over a large
    // store costs a quarter second that the first painted dashboard need not wait for.
    struct PendingCompare {
        TimelineSnapshot snapshot;
        CountingMethod method;
        Theme theme;
    };
    std::optional<PendingCompare> m_pendingCompare;
};
