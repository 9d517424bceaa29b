// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/scenariotablemodel.h"

#include <QLocale>

ScenarioTableModel::ScenarioTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ScenarioTableModel::setAnalysis(const ScenarioAnalysis &analysis)
{
    beginResetModel();
    m_analysis = analysis;
    endResetModel();
}

int ScenarioTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_analysis.isValid())
        return 0;
    return int(m_analysis.rows().size()) + 1; // the total last
}

int ScenarioTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ScenarioRow &ScenarioTableModel::rowAt(int row) const
{
    return row < m_analysis.rows().size() ? m_analysis.rows().at(row) : m_analysis.total();
}

QVariant ScenarioTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ScenarioRow &r = rowAt(index.row());
    const bool total = index.row() == m_analysis.rows().size();
    double value = 0;
    switch (index.column()) {
    case RecordedColumn:
        value = r.recordedHours;
        break;
    case ScenarioColumn:
        value = r.scenarioHours;
        break;
    case SavedColumn:
        value = r.savedHours();
        break;
    case SavedPercentColumn:
        value = r.savedPercent();
        break;
    default:
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ServiceColumn)
            return total ? tr("All services") : r.name;
        if (index.column() == SavedPercentColumn)
            return tr("%1 %").arg(QLocale().toString(value, 'f', 1));
        return QLocale().toString(qRound64(value));
    case ValueRole:
        if (index.column() == ServiceColumn)
            return total ? QString() : r.service;
        return value;
    case Qt::TextAlignmentRole:
        return index.column() == ServiceColumn ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                               : int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ScenarioTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case RecordedColumn:
        return tr("People-hours recorded");
    case ScenarioColumn:
        return tr("People-hours with the scenario");
    case SavedColumn:
        return tr("People-hours saved");
    case SavedPercentColumn:
        return tr("Saved");
    default:
        return {};
    }
}
