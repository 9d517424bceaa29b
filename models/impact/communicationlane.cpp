// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/communicationlane.h"

#include "impact/incidentanalysis.h"
#include "impact/servicestateat.h"

namespace {
void takeEarliest(std::optional<TimeMs> &slot, TimeMs t)
{
    if (!slot || t < *slot)
        slot = t;
}
bool isFailing(ServiceState state)
{
    return state == ServiceState::Degraded || state == ServiceState::PartialOutage
        || state == ServiceState::MajorOutage;
}
} // namespace

CommunicationLane CommunicationLane::of(const TimelineSnapshot &snapshot, const IncidentAnalysis &analysis)
{
    CommunicationLane lane;
    const TimeMs from = analysis.windowStart();
    const TimeMs to = analysis.windowEnd();
    const auto inWindow = [&](TimeMs t) { return t >= from && t <= to; };

    // First evidence: the earliest failing sample or failing state of the analysis' services
    // (its own and those it depends on) inside its window.
    const auto consider = [&](TimeMs t, Evidence kind, const QString &service, bool derived) {
        if (lane.firstEvidenceAt && *lane.firstEvidenceAt <= t)
            return;
        lane.firstEvidenceAt = t;
        lane.evidence = kind;
        lane.evidenceService = service;
        lane.evidenceDerived = derived;
    };
    for (const HealthSample &s : analysis.input().samples)
        if (inWindow(s.time) && ServiceStateAt::forAvailability(s.availability) != ServiceState::Operational
            && ServiceStateAt::forAvailability(s.availability) != ServiceState::Unknown)
            consider(s.time, Evidence::Sample, s.service, s.derived);
    for (const StateChange &s : analysis.input().states)
        if (inWindow(s.time) && isFailing(s.state))
            consider(s.time, Evidence::State, s.service, s.derived);

    const std::optional<Incident> &incident = analysis.incident();
    if (!incident)
        return lane;

    // Acknowledged: when the operator says it knew (the incident's detected time); a feed that
    // does not say gets the incident's first update, the first time it spoke of it.
    std::optional<TimeMs> firstUpdate;
    for (const IncidentUpdate &u : snapshot.updates)
        if (u.incidentId == incident->id)
            takeEarliest(firstUpdate, u.time);
    lane.acknowledgedAt = incident->detected ? incident->detected : firstUpdate;
    lane.resolvedAt = incident->resolved;
    return lane;
}

QList<CommunicationLane::Milestone> CommunicationLane::milestones()
{
    return {Milestone::FirstEvidence, Milestone::Acknowledged, Milestone::FirstPublicUpdate,
        Milestone::RegulatorNotified, Milestone::Resolved};
}

std::optional<TimeMs> CommunicationLane::at(Milestone milestone) const
{
    switch (milestone) {
    case Milestone::FirstEvidence:
        return firstEvidenceAt;
    case Milestone::Acknowledged:
        return acknowledgedAt;
    case Milestone::FirstPublicUpdate:
        return firstPublicUpdateAt;
    case Milestone::RegulatorNotified:
        return regulatorNotifiedAt;
    case Milestone::Resolved:
        return resolvedAt;
    }
    return std::nullopt;
}

std::optional<qint64> CommunicationLane::lagSecondsBefore(Milestone milestone) const
{
    const QList<Milestone> all = milestones();
    const qsizetype i = all.indexOf(milestone);
    if (i <= 0)
        return std::nullopt;
    const std::optional<TimeMs> a = at(all[i - 1]);
    const std::optional<TimeMs> b = at(milestone);
    if (!a || !b)
        return std::nullopt;
    return (*b - *a) / 1000;
}

QString CommunicationLane::jsonKey(Milestone milestone)
{
    switch (milestone) {
    case Milestone::FirstEvidence:
        return QStringLiteral("first_evidence_at");
    case Milestone::Acknowledged:
        return QStringLiteral("acknowledged_at");
    case Milestone::FirstPublicUpdate:
        return QStringLiteral("first_public_update_at");
    case Milestone::RegulatorNotified:
        return QStringLiteral("regulator_notified_at");
    case Milestone::Resolved:
        return QStringLiteral("resolved_at");
    }
    return {};
}
