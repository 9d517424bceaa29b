// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"
#include "impact/impactengine.h"

#include <QList>
#include <optional>

// Time-weighted mean availability of one service over a window.
struct WindowAvailability {
    double effective = 1.0; // own folded with dependencies: what the service's users got
    double own = 1.0; // what the service's own samples / states say
    bool operator==(const WindowAvailability &) const = default;
};

// An incident's phases as recorded, each duration counted from 'began' (the usual
// convention for time to detect / mitigate / resolve). A duration is nullopt when either
// of its times is missing; it is not clamped, so a detection logged before the start
// shows up as a negative figure instead of being hidden.
struct IncidentPhases {
    std::optional<TimeMs> began;
    std::optional<TimeMs> detected;
    std::optional<TimeMs> mitigated;
    std::optional<TimeMs> resolved;
    std::optional<qint64> timeToDetectSec;
    std::optional<qint64> timeToMitigateSec;
    std::optional<qint64> timeToResolveSec;
    bool operator==(const IncidentPhases &) const = default;
};

// Mean time to resolve over a list of incidents, and how many of them it rests on.
struct MeanTimeToResolve {
    std::optional<double> seconds; // nullopt when no incident has both began and resolved
    int incidents = 0;
    bool operator==(const MeanTimeToResolve &) const = default;
};

// Figures derived from the engine's result and from incident records; pure, like the engine.
namespace ImpactFigures {
// Mean of the step series over [from, to] weighted by time. Outside the series the nearest
// point holds (as ServiceImpact::at does), so a window before the first point reads the
// first point's value. A zero-length window gives the value at that instant; nullopt for an
// empty series or a window that ends before it starts.
std::optional<WindowAvailability> availability(const ServiceImpact &impact, TimeMs from, TimeMs to);
IncidentPhases phases(const Incident &incident);
// Incidents without both times, or resolved before they began (a data error that would
// drag the mean down unseen), are left out and not counted.
MeanTimeToResolve meanTimeToResolve(const QList<Incident> &incidents);
} // namespace ImpactFigures
