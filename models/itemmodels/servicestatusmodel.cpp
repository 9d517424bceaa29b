// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/servicestatusmodel.h"

#include "impact/servicestateat.h"

#include <algorithm>

ServiceStatusModel::ServiceStatusModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ServiceStatusModel::setAnalysis(const IncidentAnalysis &analysis, const QList<StateChange> &states, bool derived)
{
    beginResetModel();
    m_analysis = analysis;
    m_derived = derived;
    m_states.clear();
    for (const Service &s : analysis.services())
        m_states.insert(s.key, ServiceStateAt::reported(states, s.key));
    endResetModel();
}

void ServiceStatusModel::setSnapshot(const TimelineSnapshot &snapshot)
{
    m_snapshot = snapshot;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {StaleSecondsRole});
}

void ServiceStatusModel::setNow(TimeMs now)
{
    m_now = now;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {StaleSecondsRole});
}

void ServiceStatusModel::setCursor(TimeMs time)
{
    if (time == m_cursor)
        return;
    m_cursor = time;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

double ServiceStatusModel::totalAffected() const
{
    double total = 0;
    for (const ServiceImpact &s : m_analysis.result().services)
        total += s.at(m_cursor).affected();
    return total;
}

int ServiceStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_analysis.result().services.size());
}

ServiceState ServiceStatusModel::stateAt(const QString &service, TimeMs t, double effectiveAvailability) const
{
    return ServiceStateAt::at(m_states.value(service), t, effectiveAvailability);
}

QVariant ServiceStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceImpact &impact = m_analysis.result().services.at(index.row());
    const Service &service = m_analysis.services().at(index.row());
    const ImpactPoint p = impact.at(m_cursor);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return service.name;
    case KeyRole:
        return service.key;
    case UsersRole: // null when the count is not known: the views say so, never 0
        return service.users ? QVariant(*service.users) : QVariant();
    case StateRole:
        return int(stateAt(service.key, m_cursor, p.effectiveAvailability));
    case AffectedRole:
        return p.affected();
    case AffectedOwnRole:
        return p.affectedOwn;
    case AffectedInheritedRole:
        return p.affectedInherited;
    case EffectiveAvailabilityRole:
        return p.effectiveAvailability;
    case PeakAffectedRole:
        return impact.peakAffected;
    case PeopleHoursRole:
        return impact.peopleHours;
    case ElapsedSecondsRole:
        return (m_cursor - m_analysis.origin()) / 1000;
    case DerivedRole:
        // Per service: measured data is never labelled derived because another service's is.
        return impact.derived;
    case AffectedLowRole:
        return p.affectedLow();
    case AffectedHighRole:
        return p.affectedHigh();
    case ConflictRole:
        for (const SourceConflict &c : m_analysis.conflicts())
            if (c.service == service.key && m_cursor >= c.time && m_cursor < c.until)
                return c.followedText();
        return QString();
    case StaleSecondsRole: {
        const auto stale = m_now > 0 ? m_snapshot.staleSeconds(service.key, m_now) : std::nullopt;
        return stale ? QVariant(*stale) : QVariant();
    }
    }
    return {};
}

QHash<int, QByteArray> ServiceStatusModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    const std::pair<int, QByteArray> extra[] = {{KeyRole, "key"}, {NameRole, "name"}, {UsersRole, "users"},
        {StateRole, "state"}, {AffectedRole, "affected"}, {AffectedOwnRole, "affectedOwn"},
        {AffectedInheritedRole, "affectedInherited"}, {EffectiveAvailabilityRole, "availability"},
        {PeakAffectedRole, "peakAffected"}, {PeopleHoursRole, "peopleHours"}, {ElapsedSecondsRole, "elapsed"},
        {DerivedRole, "derived"}, {StaleSecondsRole, "staleSeconds"}, {AffectedLowRole, "affectedLow"},
        {AffectedHighRole, "affectedHigh"}, {ConflictRole, "conflict"}};
    for (const auto &[role, name] : extra)
        names.insert(role, name);
    return names;
}
