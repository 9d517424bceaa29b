// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/impactfigures.h"

#include <algorithm>

namespace {
std::optional<qint64> secondsBetween(const std::optional<TimeMs> &from, const std::optional<TimeMs> &to)
{
    if (!from || !to)
        return std::nullopt;
    return (*to - *from) / 1000;
}
} // namespace

namespace ImpactFigures {

std::optional<WindowAvailability> availability(const ServiceImpact &impact, TimeMs from, TimeMs to)
{
    if (impact.series.isEmpty() || to < from)
        return std::nullopt;
    if (to == from) {
        const ImpactPoint p = impact.at(from);
        return WindowAvailability {p.effectiveAvailability, p.ownAvailability};
    }
    // Integrate each step over its overlap with the window. The first step reaches back and
    // the last forward without bound, matching ServiceImpact::at outside the series.
    double effective = 0.0, own = 0.0;
    const auto &series = impact.series;
    for (qsizetype k = 0; k < series.size(); ++k) {
        const TimeMs start = k == 0 ? from : std::max(from, series.at(k).time);
        const TimeMs end = k + 1 < series.size() ? std::min(to, series.at(k + 1).time) : to;
        if (end <= start)
            continue;
        const double span = double(end - start);
        effective += series.at(k).effectiveAvailability * span;
        own += series.at(k).ownAvailability * span;
    }
    const double length = double(to - from);
    return WindowAvailability {effective / length, own / length};
}

IncidentPhases phases(const Incident &incident)
{
    IncidentPhases p;
    p.began = incident.began;
    p.detected = incident.detected;
    p.mitigated = incident.mitigated;
    p.resolved = incident.resolved;
    p.timeToDetectSec = secondsBetween(incident.began, incident.detected);
    p.timeToMitigateSec = secondsBetween(incident.began, incident.mitigated);
    p.timeToResolveSec = secondsBetween(incident.began, incident.resolved);
    return p;
}

MeanTimeToResolve meanTimeToResolve(const QList<Incident> &incidents)
{
    MeanTimeToResolve m;
    double sum = 0.0;
    for (const Incident &i : incidents) {
        if (!i.began || !i.resolved || *i.resolved < *i.began)
            continue;
        sum += double(*i.resolved - *i.began) / 1000.0;
        ++m.incidents;
    }
    if (m.incidents > 0)
        m.seconds = sum / m.incidents;
    return m;
}

} // namespace ImpactFigures
