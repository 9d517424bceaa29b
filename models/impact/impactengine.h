// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/countingmethod.h"
#include "domain/records.h"

#include <QHash>
#include <QList>
#include <optional>

// One step of a service's impact: from 'time' until the next point the values hold.
struct ImpactPoint {
    TimeMs time = 0;
    double ownAvailability = 1.0; // what the service's own samples / states say
    double effectiveAvailability = 1.0; // own folded with its dependencies
    double affectedOwn = 0.0; // users × (1 − own)
    double affectedInherited = 0.0; // the rest of users × (1 − effective): the blast radius
    double affected() const { return affectedOwn + affectedInherited; }
    bool operator==(const ImpactPoint &) const = default;
};

// Recovery milestones: each is the first time, after the peak, that people affected
// fell to at most (1 − fraction) × peak. Full recovery is the first time affected
// reached zero and stayed there to the end of the window.
struct RecoveryMilestones {
    std::optional<TimeMs> outageStart; // first time affected > 0 in the window
    std::optional<TimeMs> firstPartial; // first decrease after the peak
    std::optional<TimeMs> recovered50;
    std::optional<TimeMs> recovered90;
    std::optional<TimeMs> recovered99;
    std::optional<TimeMs> full;
    bool operator==(const RecoveryMilestones &) const = default;
};

struct ServiceImpact {
    QString service;
    qint64 users = 0;
    QList<ImpactPoint> series; // step function, sorted by time, first point at window start
    double peakAffected = 0.0;
    std::optional<TimeMs> peakAt;
    double peopleHours = 0.0; // ∫ affected dt over the window, in person-hours
    double peopleHoursOwn = 0.0;
    double peopleHoursInherited = 0.0;
    RecoveryMilestones milestones;

    // The step value at time t (the last point at or before t; the first point before it).
    ImpactPoint at(TimeMs t) const;
};

struct ImpactInput {
    QList<Service> services;
    QList<Dependency> dependencies;
    QList<HealthSample> samples;
    QList<StateChange> states;
    TimeMs from = 0; // window over which figures are computed
    TimeMs to = 0;
    CountingMethod method;
};

struct ImpactResult {
    QString error; // e.g. a dependency cycle, naming it; empty on success
    QList<ServiceImpact> services; // in the order of ImpactInput::services
    QList<ImpactPoint> total; // sum over services (availabilities left at 1)
    double peakTotal = 0.0;
    std::optional<TimeMs> peakTotalAt;
    double peopleHoursTotal = 0.0;
    RecoveryMilestones totalMilestones;

    bool ok() const { return error.isEmpty(); }
    const ServiceImpact *find(const QString &service) const;
};

// Pure computation of people affected over time, own and inherited through dependencies.
// No Qt widgets, no store: tests call it directly with hand-made inputs.
class ImpactEngine final {
public:
    static ImpactResult compute(const ImpactInput &input);
    // Returns a message naming the cycle ("login → messaging → login"), or empty when acyclic.
    static QString findCycle(const QList<Dependency> &dependencies);
    // Own availability of every service as a step function, merging samples (which win)
    // and states (through the counting method), in time order.
    static QList<QPair<TimeMs, double>> ownAvailability(const QString &service, const ImpactInput &input);
};
