// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "impact/incidentanalysis.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// One incident's headline figures as a table: a row per service and a last row for the
// total; peak and people-hours, then how long after the incident's start each recovery
// milestone came. Durations read as "5 d 7 h 30 min"; Qt::UserRole holds the raw value
// (people, person-hours, seconds since the origin; invalid when a milestone was not reached).
class MilestoneTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        PeakColumn,
        PeopleHoursColumn,
        FirstPartialColumn,
        Recovered50Column,
        Recovered90Column,
        Recovered99Column,
        FullColumn,
        ColumnCount
    };

    explicit MilestoneTableModel(QObject *parent = nullptr);
    void setAnalysis(const IncidentAnalysis &analysis);
    void clear();
    bool isTotalRow(int row) const { return row >= 0 && row == m_rows.size() - 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Vertical: the service's name (Qt::UserRole: its key, empty for the total).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString key;
        QString name;
        double peak = 0.0;
        double peopleHours = 0.0;
        RecoveryMilestones milestones;
        // False when nobody gave the service's users (or any of the incident's, for the total):
        // its people figures are then unknown, not zero.
        bool usersKnown = true;
    };
    std::optional<TimeMs> milestone(const Row &row, int column) const;

    QList<Row> m_rows;
    TimeMs m_origin = 0;
    QTimeZone m_zone = QTimeZone::utc();
};
