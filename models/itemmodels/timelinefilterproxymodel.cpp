// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/timelinefilterproxymodel.h"

#include "itemmodels/timelinemodel.h"

#include <algorithm>

TimelineFilterProxyModel::TimelineFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TimelineModel::SortRole);
    setDynamicSortFilter(true);
}

void TimelineFilterProxyModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void TimelineFilterProxyModel::setService(const QString &key)
{
    if (key == m_service)
        return;
    m_service = key;
    invalidateRowsFilter();
}

void TimelineFilterProxyModel::setKinds(const QSet<int> &kinds)
{
    m_kinds = kinds;
    invalidateRowsFilter();
}

void TimelineFilterProxyModel::setState(int state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

void TimelineFilterProxyModel::setSource(const QString &source)
{
    if (source == m_source)
        return;
    m_source = source;
    invalidateRowsFilter();
}

void TimelineFilterProxyModel::setTimeRange(std::optional<TimeMs> from, std::optional<TimeMs> to)
{
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

void TimelineFilterProxyModel::setScope(const std::optional<Scope> &scope)
{
    m_scope = scope;
    invalidateRowsFilter();
}

QList<TimelineEvent> TimelineFilterProxyModel::shownEvents() const
{
    QList<TimelineEvent> events;
    const auto *timeline = qobject_cast<const TimelineModel *>(sourceModel());
    if (!timeline)
        return events;
    events.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        events.append(timeline->eventAt(mapToSource(index(row, 0)).row()));
    return events;
}

bool TimelineFilterProxyModel::inScope(const QModelIndex &first) const
{
    const Scope &scope = *m_scope;
    const TimeMs time = first.data(TimelineModel::TimeRole).toLongLong();
    const bool inWindow = time >= scope.from && time <= scope.to;
    const QString incident = first.data(TimelineModel::IncidentRole).toString();
    const QStringList services = first.data(TimelineModel::ServicesRole).toStringList();
    const bool ofItsServices = services.isEmpty()
        || std::any_of(
            services.cbegin(), services.cend(), [&](const QString &s) { return scope.services.contains(s); });
    switch (TimelineEvent::Kind(first.data(TimelineModel::KindRole).toInt())) {
    case TimelineEvent::Kind::Update:
        return scope.incidentId.isEmpty() ? inWindow && ofItsServices : incident == scope.incidentId;
    case TimelineEvent::Kind::Annotation:
        return incident.isEmpty() ? inWindow : incident == scope.incidentId;
    case TimelineEvent::Kind::StateChange:
        return inWindow && !services.isEmpty() && ofItsServices;
    }
    return false;
}

bool TimelineFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    const TimeMs time = first.data(TimelineModel::TimeRole).toLongLong();
    if ((m_from && time < *m_from) || (m_to && time > *m_to))
        return false;
    if (m_scope && !inScope(first))
        return false;
    if (!m_kinds.isEmpty() && !m_kinds.contains(first.data(TimelineModel::KindRole).toInt()))
        return false;
    if (!m_service.isEmpty() && !first.data(TimelineModel::ServicesRole).toStringList().contains(m_service))
        return false;
    if (m_state >= 0) {
        const QVariant state = first.data(TimelineModel::StateRole);
        if (!state.isValid() || state.toInt() != m_state)
            return false;
    }
    if (!m_source.isEmpty() && first.data(TimelineModel::SourceRole).toString() != m_source)
        return false;
    if (m_text.isEmpty())
        return true;
    // Every word must appear somewhere in the row, in any column, case-insensitively.
    const auto words = QStringView(m_text).split(u' ', Qt::SkipEmptyParts);
    for (QStringView word : words) {
        bool found = false;
        for (int c = 0; c < model->columnCount(sourceParent) && !found; ++c)
            found = model->index(sourceRow, c, sourceParent).data().toString().contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}
