// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/feedsourcemodel.h"

#include "domain/timestamps.h"

#include <QDateTime>

FeedSourceModel::FeedSourceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FeedSourceModel::setSources(const QList<FeedSource> &sources, TimeMs now)
{
    beginResetModel();
    m_sources = sources;
    m_now = now;
    endResetModel();
}

bool FeedSourceModel::isStale(int row) const
{
    const FeedSource &s = m_sources.at(row);
    if (s.staleAfterSec <= 0)
        return false;
    return !s.lastSeen || (m_now - *s.lastSeen) / 1000 > s.staleAfterSec;
}

int FeedSourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int FeedSourceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedSourceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedSource &s = m_sources.at(index.row());
    if (role == StaleRole)
        return isStale(index.row());
    if (role == Qt::ToolTipRole && index.column() == StatusColumn)
        return s.lastError;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return s.name;
    case KindColumn:
        return s.kind;
    case LocationColumn:
        return s.location;
    case LastSeenColumn:
        // The machine's clock, named: sources report in real time, not in an incident's zone.
        return s.lastSeen ? Timestamps::formatWithZone(
                   *s.lastSeen, QTimeZone::systemTimeZone(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : tr("never");
    case StatusColumn:
        if (isStale(index.row())) {
            const QString stale = s.lastSeen ? tr("STALE: silent for %1 s").arg((m_now - *s.lastSeen) / 1000)
                                             : tr("STALE: never reported");
            // Why it went quiet is what the operator needs next, so it is shown, not only hovered.
            return s.lastError.isEmpty() ? stale : tr("%1; last error: %2").arg(stale, s.lastError);
        }
        return s.lastError.isEmpty() ? tr("reporting") : tr("error: %1").arg(s.lastError);
    }
    return {};
}

QVariant FeedSourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Source");
    case KindColumn:
        return tr("Kind");
    case LocationColumn:
        return tr("Location");
    case LastSeenColumn:
        return tr("Last report");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}
