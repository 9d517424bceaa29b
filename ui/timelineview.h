// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timestamps.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class TimelineFilterProxyModel;

// The timeline table with its filters. Selecting an event moves the time cursor.
class TimelineView final : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    void setModel(TimelineFilterProxyModel *model);
    void setServices(const QList<QPair<QString, QString>> &keysAndNames);
    void setSources(const QStringList &sources);
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
    QTableView *m_table;
};
