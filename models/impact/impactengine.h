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
    // How far below and above 'affected' the figure may lie, by what derived records and
    // disagreeing sources leave open (AvailabilityEnvelope), carried through dependencies.
    // Zero for measured data, and for any point made without a range.
    double rangeBelow = 0.0;
    double rangeAbove = 0.0;
    double affected() const { return affectedOwn + affectedInherited; }
    double affectedLow() const { return affected() - rangeBelow; }
    double affectedHigh() const { return affected() + rangeAbove; }
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
    // Unset when nobody gave the service's user count: its people figures (series, peak,
    // people-hours) are then zero and say nothing; the share figures below still hold.
    std::optional<qint64> users;
    // What holds without a user count, for every service: the highest share of its users
    // affected (0–1), how long any share was affected in the window, ∫ share dt in hours
    // ("service-hours of outage"), and the milestones of the share's recovery.
    double sharePeak = 0.0;
    qint64 outageMs = 0;
    double serviceHours = 0.0;
    RecoveryMilestones shareMilestones;
    QList<ImpactPoint> series; // step function, sorted by time, first point at window start
    double peakAffected = 0.0;
    std::optional<TimeMs> peakAt;
    double peopleHours = 0.0; // ∫ affected dt over the window, in person-hours
    double peopleHoursOwn = 0.0;
    double peopleHoursInherited = 0.0;
    double peakAffectedLow = 0.0; // the highest the lowest figure reached
    double peakAffectedHigh = 0.0; // the highest the highest figure reached
    double peopleHoursLow = 0.0; // ∫ lowest figure dt
    double peopleHoursHigh = 0.0; // ∫ highest figure dt
    bool derived = false; // its own or a dependency's data is derived, not measured
    RecoveryMilestones milestones;

    // The step value at time t (the last point at or before t; the first point before it).
    ImpactPoint at(TimeMs t) const;
    // What a chart draws for one of its points: people affected / scale, or, without a user
    // count (whose people line would lie flat at zero and say nothing), the share of the
    // service's users affected in percent, 0-100.
    double plotted(const ImpactPoint &p, double scale) const
    {
        return users ? p.affected() / scale : 100.0 * (1.0 - p.effectiveAvailability);
    }
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
    QList<ImpactPoint> total; // sum over services (availabilities left at 1): service-users, not people
    double peakTotal = 0.0;
    std::optional<TimeMs> peakTotalAt;
    double peopleHoursTotal = 0.0;
    double peakTotalLow = 0.0;
    double peakTotalHigh = 0.0;
    double peopleHoursTotalLow = 0.0;
    double peopleHoursTotalHigh = 0.0;
    bool derived = false; // any service's figure is derived
    RecoveryMilestones totalMilestones;
    // Services whose users are unknown: the people totals leave them out and say so.
    qsizetype servicesWithoutUsers = 0;

    // No service has a user count: the people figures are zeros that say nothing, and every
    // view shows shares of users instead.
    bool noUserCounts() const { return servicesWithoutUsers == services.size(); }
    qsizetype servicesWithUsers() const { return services.size() - servicesWithoutUsers; }
    bool ok() const { return error.isEmpty(); }
    const ServiceImpact *find(const QString &service) const;
};

// Pure computation of people affected over time, own and inherited through dependencies.
// No Qt widgets, no store: tests call it directly with hand-made inputs.
class ImpactEngine final {
public:
    static ImpactResult compute(const ImpactInput &input);
    // Only each service's step series (and whether it is derived): no peaks, hours, milestones
    // or total. The series equal compute()'s; what a chart draws on every view change, where
    // the figures cost as much again and nobody reads them (#23).
    static ImpactResult computeSeries(const ImpactInput &input);
    // Returns a message naming the cycle ("login → messaging → login"), or empty when acyclic.
    static QString findCycle(const QList<Dependency> &dependencies);
    // Own availability of every service as a step function, merging samples (which win)
    // and states (through the counting method), in time order.
    static QList<QPair<TimeMs, double>> ownAvailability(const QString &service, const ImpactInput &input);

private:
    static ImpactResult compute(const ImpactInput &input, bool figures);
};
