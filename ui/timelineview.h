// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timestamps.h"
#include "itemmodels/timelinefilterproxymodel.h"

#include <QWidget>

class IncidentAnalysis;
class QAction;
class QComboBox;
class QLineEdit;
class QTableView;
class QToolButton;
struct TimelineSnapshot;

// The timeline table with its filters. Selecting an event moves the time cursor. It lists
// the shown incident's events (its updates and notes, its services' changes in its window)
// unless "All events" is on.
class TimelineView final : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    void setModel(TimelineFilterProxyModel *model);
    void setServices(const QList<QPair<QString, QString>> &keysAndNames);
    void setSources(const QStringList &sources);
    // The incident shown: the scope, and the services and sources the filters offer.
    void setAnalysis(const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot);
    // Checked: every event in the database, whatever the incident.
    QAction *allEventsAction() const { return m_allEvents; }
    QToolButton *allEventsButton() const { return m_allEventsButton; }
    QComboBox *serviceFilter() const { return m_service; }
    // Named time ranges offered by the range filter ("Visible chart range", "First 24 h"...).
    void setTimeRanges(const QList<QPair<QString, QPair<TimeMs, TimeMs>>> &ranges);
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *sourceFilter() const { return m_source; }
    QComboBox *rangeFilter() const { return m_range; }
    QTableView *table() const { return m_table; }
    // The height that shows this many rows of events under the filter bar.
    int heightForRows(int rows) const;
    QLineEdit *filterEdit() const { return m_filter; }

signals:
    void eventActivated(TimeMs time);

private:
    TimelineFilterProxyModel *m_model = nullptr;
    QLineEdit *m_filter;
    QComboBox *m_service;
    QComboBox *m_state;
    QComboBox *m_source;
    QComboBox *m_range;
    QList<QPair<TimeMs, TimeMs>> m_ranges;
    void applyRange();
    void applyScope();
    QAction *m_allEvents;
    QToolButton *m_allEventsButton;
    QTableView *m_table;
    std::optional<TimelineFilterProxyModel::Scope> m_scope;
};
