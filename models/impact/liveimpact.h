// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "impact/incidentanalysis.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>

// People affected as live samples arrive, between two reads of the whole timeline: the impact
// engine runs on each batch alone, started from every service's last value before it, so a
// batch costs what is in it (and the services), never what is stored. Reloading the timeline
// gives the same steps (tst_charts, liveSamplesReachTheChartAsAReloadWouldDrawThem); it starts
// a new LiveImpact.
class LiveImpact final {
public:
    LiveImpact() = default;
    explicit LiveImpact(const IncidentAnalysis &analysis);

    // Per service, in the analysis' order: the new steps, x = ms, y = people affected (for a
    // service without a user count, the share of its users in percent: ServiceImpact::plotted). Samples
    // of other services, and samples not later than what is already known of their service
    // (the next reload places them), are left out.
    QList<QList<QPointF>> append(const QList<HealthSample> &samples);
    bool isEmpty() const { return m_input.services.isEmpty(); }

private:
    ImpactInput m_input; // services, dependencies, states, method
    QSet<QString> m_keys; // the services' keys
    QHash<QString, HealthSample> m_last; // per service: the value in force now
};
