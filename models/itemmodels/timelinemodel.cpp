// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/timelinemodel.h"

#include "domain/incidentwords.h"

#include <algorithm>

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TimelineModel::setEvents(QList<TimelineEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

void TimelineModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_events.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn), {Qt::DisplayRole});
}

void TimelineModel::setServiceNames(const QHash<QString, QString> &names)
{
    m_names = names;
    if (!m_events.isEmpty())
        emit dataChanged(index(0, ServicesColumn), index(rowCount() - 1, ServicesColumn), {Qt::DisplayRole});
}

int TimelineModel::rowAtOrAfter(TimeMs t) const
{
    const auto it = std::lower_bound(
        m_events.cbegin(), m_events.cend(), t, [](const TimelineEvent &e, TimeMs v) { return e.time < v; });
    return it == m_events.cend() ? -1 : int(it - m_events.cbegin());
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::kindName(TimelineEvent::Kind kind)
{
    switch (kind) {
    case TimelineEvent::Kind::Update:
        return tr("Update");
    case TimelineEvent::Kind::StateChange:
        return tr("State");
    case TimelineEvent::Kind::Annotation:
        return tr("Note");
    }
    return {};
}

QString TimelineModel::displayText(const TimelineEvent &e, int column) const
{
    switch (column) {
    case TimeColumn:
        return Timestamps::formatWithZone(e.time, m_zone, QStringLiteral("yyyy-MM-dd HH:mm"));
    case KindColumn:
        return kindName(e.kind);
    case ServicesColumn: {
        QStringList names;
        for (const QString &key : e.services)
            names.append(m_names.value(key, key));
        return names.join(QStringLiteral(", "));
    }
    case StatusColumn:
        if (e.state)
            return ServiceStates::displayName(*e.state);
        return e.kind == TimelineEvent::Kind::Annotation ? tr("Note") : IncidentWords::updateStatusName(e.status);
    case MessageColumn:
        return e.derived ? tr("%1 (derived)").arg(e.message) : e.message;
    case SourceColumn:
        return e.source;
    }
    return {};
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(e, index.column());
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(e.message) : QVariant();
    case SortRole:
        return index.column() == TimeColumn ? QVariant(e.time) : QVariant(displayText(e, index.column()));
    case TimeRole:
        return e.time;
    case KindRole:
        return int(e.kind);
    case ServicesRole:
        return e.services;
    case StateRole:
        return e.state ? QVariant(int(*e.state)) : QVariant();
    case AnnotationIdRole:
        return e.annotationId;
    case SourceRole:
        return e.source;
    case DerivedRole:
        return e.derived;
    case IncidentRole:
        return e.incidentId;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case ServicesColumn:
        return tr("Services");
    case StatusColumn:
        return tr("Status");
    case MessageColumn:
        return tr("Event");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}
