// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardviews.h"

#include "charts/comparewidget.h"
#include "charts/dependencyview.h"
#include "charts/recoverychartview.h"
#include "charts/statetimelinechart.h"
#include "common/elidedlabel.h"
#include "scenariopanel.h"
#include "session/timewindow.h"

#include <QLabel>
#include <QVBoxLayout>

DashboardViews::DashboardViews(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_window(new TimeWindow(this))
    , m_recovery(new RecoveryChartView(this))
    , m_stateTimeline(new StateTimelineChart(this))
    , m_dependencies(new DependencyView(this))
    , m_compare(new CompareWidget(this))
    , m_scenarios(new ScenarioPanel(this))
    , m_counting(new ElidedLabel(this))
{
    m_tabs->addTab(m_recovery, tr("&Recovery"));
    m_tabs->addTab(m_stateTimeline, tr("&State timeline"));
    m_tabs->addTab(m_dependencies, tr("De&pendencies"));
    m_tabs->addTab(m_compare, tr("&Compare"));
    m_tabs->addTab(m_scenarios, tr("&What if"));
    m_tabs->setTabToolTip(Recovery, tr("People affected by service over time (wheel: zoom, drag: pan, 0: reset)"));
    m_tabs->setTabToolTip(StateTimeline, tr("Each service's state over time, with milestones and notes"));
    m_tabs->setTabToolTip(Dependencies, tr("Which service needs which, coloured by state at the cursor"));
    m_tabs->setTabToolTip(Compare, tr("Two incidents overlaid from their start, milestones side by side"));
    m_tabs->setTabToolTip(
        WhatIf, tr("The incident replayed with a different recovery, and the people-hours it would save"));
    m_recovery->setTimeWindow(m_window);
    m_stateTimeline->setTimeWindow(m_window);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_counting);
    connect(m_stateTimeline, &StateTimelineChart::timeClicked, this, &DashboardViews::timeClicked);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_compare)
            updateCompare();
    });
}

CompareWidget *DashboardViews::compare() const
{
    // Callers (tests, exports) expect what the tab would show.
    const_cast<DashboardViews *>(this)->updateCompare();
    return m_compare;
}

void DashboardViews::updateCompare()
{
    if (!m_pendingCompare)
        return;
    const PendingCompare pending = *std::exchange(m_pendingCompare, std::nullopt);
    m_compare->setData(pending.snapshot, pending.method, pending.theme);
}

void DashboardViews::setData(const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot, const Theme &theme,
    std::weak_ptr<const ImpactSeriesProvider> lines)
{
    m_recovery->setAnalysis(analysis, theme, std::move(lines));
    // Only this incident's notes (and notes pinned to no incident) belong on its charts.
    QList<Annotation> notes;
    const QString id = analysis.incident() ? analysis.incident()->id : QString();
    for (const Annotation &a : snapshot.annotations)
        if (a.incidentId.isEmpty() || a.incidentId == id)
            notes.append(a);
    m_recovery->setAnnotations(notes);
    m_stateTimeline->setData(analysis, snapshot, theme);
    m_dependencies->setData(analysis, snapshot, theme);
    m_pendingCompare = PendingCompare {snapshot, analysis.method(), theme};
    if (m_tabs->currentWidget() == m_compare)
        updateCompare();
    m_scenarios->setData(snapshot, analysis, m_session);
    m_scenarios->setTheme(theme);
    QPalette p = m_counting->palette();
    p.setColor(QPalette::WindowText, theme.mutedText);
    m_counting->setPalette(p);
    m_counting->setFullText(tr("How it is counted: %1").arg(analysis.method().describe()));
}

void DashboardViews::setCursorTime(TimeMs time)
{
    m_recovery->setCursorTime(time);
    m_stateTimeline->setCursorTime(time);
    m_dependencies->setCursorTime(time);
}

void DashboardViews::showView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

DashboardViews::View DashboardViews::currentView() const
{
    return View(m_tabs->currentIndex());
}
