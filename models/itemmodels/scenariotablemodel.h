// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "impact/scenarioanalysis.h"

#include <QAbstractTableModel>

// Recorded against scenario, one row per service and a last row for the total:
// people-hours recorded, with the scenario, saved, and saved as a share of recorded.
class ScenarioTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ServiceColumn, RecordedColumn, ScenarioColumn, SavedColumn, SavedPercentColumn, ColumnCount };
    // Qt::UserRole on a figure column gives the unrounded double (for sorting and tests).
    static constexpr int ValueRole = Qt::UserRole;

    explicit ScenarioTableModel(QObject *parent = nullptr);

    void setAnalysis(const ScenarioAnalysis &analysis);
    const ScenarioAnalysis &analysis() const { return m_analysis; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ScenarioRow &rowAt(int row) const;

    ScenarioAnalysis m_analysis;
};
