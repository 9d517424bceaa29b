// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "impact/impactengine.h"

// Peak, people-hours (with their bounds) and recovery milestones of one step series, as the
// engine gives them for each service, for each service's share of users and for the total.
struct SeriesFigures {
    double peak = 0.0;
    std::optional<TimeMs> peakAt;
    double hours = 0.0;
    double hoursOwn = 0.0;
    double hoursInherited = 0.0;
    double peakLow = 0.0;
    double peakHigh = 0.0;
    double hoursLow = 0.0;
    double hoursHigh = 0.0;
    RecoveryMilestones milestones;

    // 'eps' absorbs float noise; the series holds each value until its next point, the last
    // one until 'to'.
    static SeriesFigures of(const QList<ImpactPoint> &series, TimeMs to, double eps);
    // The people total cannot see a service without a user count (its people are zero), so its
    // recovery would pass for done while that service is still down. Every service is back only
    // when each uncounted one is back too; with no counted outage at all, the first partial
    // recovery and the start are the uncounted services' own.
    static RecoveryMilestones withUncounted(RecoveryMilestones total, const QList<ServiceImpact> &services);
};
