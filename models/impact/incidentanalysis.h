// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/countingmethod.h"
#include "domain/timelinesnapshot.h"
#include "impact/distinctpeople.h"
#include "impact/impactengine.h"
#include "impact/impactfigures.h"
#include "impact/sourceconflicts.h"

#include <QJsonObject>
#include <QTimeZone>

// The figures of one incident (or of all the data when there is none): which services,
// which window, and the engine's result. Shared by the GUI, the report and `summary`.
class IncidentAnalysis final {
public:
    IncidentAnalysis() = default;
    IncidentAnalysis(const TimelineSnapshot &snapshot, const Incident *incident, const CountingMethod &method = {},
        OverlapModel overlap = OverlapModel::Independent);

    // --from/--to: the figures over [from, to] only (either may be 0: keep that end).
    void restrictWindow(TimeMs from, TimeMs to);

    // The sample times whose records this analysis of 'incident' (its window widened by --from
    // and --to, 0 when not given), its communication lane and its scenarios read: from the lane's
    // look-back before the window to its end, with each service's last sample before that and
    // first after it (TimelineStore::snapshot with a span reads those). nullopt when that is
    // every sample: no incident, one without a start, and the end of an unresolved one.
    static std::optional<QPair<TimeMs, TimeMs>> samplesRead(const Incident *incident, TimeMs from = 0, TimeMs to = 0);

    bool isValid() const { return m_result.ok() && !m_result.services.isEmpty(); }
    QString error() const { return m_result.error; }
    const std::optional<Incident> &incident() const { return m_incident; }
    const ImpactResult &result() const { return m_result; }
    const ImpactInput &input() const { return m_input; }
    const QList<Service> &services() const { return m_input.services; }
    TimeMs windowStart() const { return m_input.from; }
    TimeMs windowEnd() const { return m_input.to; }
    // Where elapsed times are counted from: the incident's start, else the first outage.
    TimeMs origin() const;
    QTimeZone timeZone() const;
    const CountingMethod &method() const { return m_input.method; }
    // Distinct people affected, per audience and in all, under the chosen overlap model.
    const DistinctResult &distinct() const { return m_distinct; }
    OverlapModel overlapModel() const { return m_distinct.model; }
    void setOverlapModel(OverlapModel model);
    // Where sources report different states for a service at one time, in the window.
    const QList<SourceConflict> &conflicts() const { return m_conflicts; }
    // Every incident of the snapshot, not only this one: MTTR is a figure over all of them.
    const QList<Incident> &allIncidents() const { return m_allIncidents; }
    // Began / detected / mitigated / resolved of this incident; all empty without one.
    IncidentPhases phases() const;
    MeanTimeToResolve meanTimeToResolve() const;
    // A service's mean availability over this analysis' window; nullopt for an unknown service.
    std::optional<WindowAvailability> availability(const QString &service) const;

    // The `summary --json` document: times as epoch seconds, durations in seconds.
    QJsonObject toJson() const;

private:
    std::optional<Incident> m_incident;
    QList<Incident> m_allIncidents;
    void computeAll();

    ImpactInput m_input;
    ImpactResult m_result;
    DistinctResult m_distinct;
    QList<SourceConflict> m_conflicts;
};
