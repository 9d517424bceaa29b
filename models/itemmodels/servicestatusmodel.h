// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "impact/incidentanalysis.h"

#include <QAbstractListModel>

// One row per service of the current incident: its state, people affected and the
// time since the outage began, all "as at" a cursor time (now, or the replay cursor).
class ServiceStatusModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        UsersRole,
        StateRole, // int(ServiceState)
        AffectedRole, // double, people affected at the cursor
        AffectedOwnRole,
        AffectedInheritedRole,
        EffectiveAvailabilityRole,
        PeakAffectedRole,
        PeopleHoursRole,
        ElapsedSecondsRole, // cursor − outage origin (the incident's start)
        DerivedRole, // its own or a dependency's data is derived rather than measured
        StaleSecondsRole, // seconds since its source reported, when past stale-after; else invalid
        AffectedLowRole, // double: the lowest people affected at the cursor that its sources allow
        AffectedHighRole, // double: the highest
        ConflictRole, // QString: when sources disagree at the cursor, which one the figure followed and why
    };

    explicit ServiceStatusModel(QObject *parent = nullptr);

    void setAnalysis(const IncidentAnalysis &analysis, const QList<StateChange> &states, bool derived);
    // Staleness is judged against the wall clock: only the live view can be stale.
    void setSnapshot(const TimelineSnapshot &snapshot);
    void setNow(TimeMs now);
    void setCursor(TimeMs time);
    TimeMs cursor() const { return m_cursor; }
    double totalAffected() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    ServiceState stateAt(const QString &service, TimeMs t, double effectiveAvailability) const;

    IncidentAnalysis m_analysis;
    QHash<QString, QList<StateChange>> m_states; // per service, time-ordered
    TimeMs m_cursor = 0;
    TimeMs m_now = 0;
    TimelineSnapshot m_snapshot;
    bool m_derived = false;
};
