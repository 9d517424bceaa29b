// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/milestonetablemodel.h"

#include <QDateTime>
#include <QLocale>

MilestoneTableModel::MilestoneTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MilestoneTableModel::setAnalysis(const IncidentAnalysis &analysis)
{
    beginResetModel();
    m_rows.clear();
    m_origin = analysis.origin();
    m_zone = analysis.timeZone();
    const ImpactResult &result = analysis.result();
    if (analysis.isValid()) {
        for (qsizetype i = 0; i < result.services.size(); ++i) {
            const ServiceImpact &s = result.services.at(i);
            m_rows.append({s.service, analysis.services().at(i).name, s.peakAffected, s.peopleHours, s.milestones,
                s.users.has_value()});
        }
        m_rows.append({QString(), tr("Total"), result.peakTotal, result.peopleHoursTotal, result.totalMilestones,
            !result.noUserCounts()});
    }
    endResetModel();
}

void MilestoneTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int MilestoneTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MilestoneTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<TimeMs> MilestoneTableModel::milestone(const Row &row, int column) const
{
    const RecoveryMilestones &m = row.milestones;
    switch (column) {
    case FirstPartialColumn:
        return m.firstPartial;
    case Recovered50Column:
        return m.recovered50;
    case Recovered90Column:
        return m.recovered90;
    case Recovered99Column:
        return m.recovered99;
    case FullColumn:
        return m.full;
    default:
        break;
    }
    return std::nullopt;
}

QVariant MilestoneTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (column == PeakColumn || column == PeopleHoursColumn) {
        const double value = column == PeakColumn ? row.peak : row.peopleHours;
        if (!row.usersKnown) {
            if (role == Qt::DisplayRole)
                return tr("unknown");
            if (role == Qt::ToolTipRole)
                return tr("Nobody gave the number of users: the people affected are not known");
            return {};
        }
        if (role == Qt::DisplayRole)
            return QLocale().toString(qRound64(value));
        if (role == Qt::UserRole)
            return value;
        return {};
    }
    const std::optional<TimeMs> at = milestone(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return at ? Timestamps::formatDuration((*at - m_origin) / 1000) : QStringLiteral("—");
    case Qt::UserRole:
        return at ? QVariant(qint64((*at - m_origin) / 1000)) : QVariant();
    case Qt::ToolTipRole: {
        if (!at)
            return tr("Not reached within the incident's window");
        return tr("%1 (%2 after the start)")
            .arg(Timestamps::formatWithZone(*at, m_zone, QStringLiteral("yyyy-MM-dd HH:mm")),
                Timestamps::formatDuration((*at - m_origin) / 1000));
    }
    default:
        break;
    }
    return {};
}

QVariant MilestoneTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_rows.at(section).name;
        if (role == Qt::UserRole)
            return m_rows.at(section).key;
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case PeakColumn:
            return tr("Peak");
        case PeopleHoursColumn:
            return tr("People-hours");
        case FirstPartialColumn:
            return tr("First partial");
        case Recovered50Column:
            return tr("50 %");
        case Recovered90Column:
            return tr("90 %");
        case Recovered99Column:
            return tr("99 %");
        case FullColumn:
            return tr("Full");
        default:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PeakColumn:
            return tr("Most people affected at one time");
        case PeopleHoursColumn:
            return tr("People affected × hours, over the incident's window");
        case FirstPartialColumn:
            return tr("Time from the start to the first fall after the peak");
        case Recovered50Column:
        case Recovered90Column:
        case Recovered99Column:
            return tr("Time from the start until people affected fell to %1 % of the peak")
                .arg(section == Recovered50Column      ? 50
                        : section == Recovered90Column ? 10
                                                       : 1);
        case FullColumn:
            return tr("Time from the start until nobody was affected any more");
        default:
            break;
        }
    }
    return {};
}
