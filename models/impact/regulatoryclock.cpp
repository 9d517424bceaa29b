// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/regulatoryclock.h"

#include "impact/communicationlane.h"
#include "impact/incidentanalysis.h"

RegulatoryClock RegulatoryClock::of(const TimelineSnapshot &snapshot, const IncidentAnalysis &analysis)
{
    RegulatoryClock c;
    const std::optional<Incident> &incident = analysis.incident();
    if (incident && incident->began)
        c.start = incident->began;
    else if (analysis.isValid() && analysis.result().totalMilestones.outageStart)
        c.start = analysis.result().totalMilestones.outageStart;
    if (incident)
        c.resolved = incident->resolved;

    const CommunicationLane lane = CommunicationLane::of(snapshot, analysis);
    if (lane.acknowledgedAt) {
        c.awareness = lane.acknowledgedAt;
        c.awarenessBasis = AwarenessBasis::Acknowledged;
    } else if (lane.firstEvidenceAt) {
        c.awareness = lane.firstEvidenceAt;
        c.awarenessBasis = AwarenessBasis::FirstEvidence;
    }
    if (lane.firstPublicUpdateAt) {
        c.firstPublicUpdate = lane.firstPublicUpdateAt;
        c.noticeBasis = NoticeBasis::PublicUpdate;
    }
    c.regulatorNotified = lane.regulatorNotifiedAt;
    if (lane.resolvedAt)
        c.resolved = lane.resolvedAt;
    if (!c.awareness && incident && incident->detected) {
        c.awareness = incident->detected;
        c.awarenessBasis = AwarenessBasis::Detected;
    }
    if (!c.awareness && c.start) {
        c.awareness = c.start;
        c.awarenessBasis = AwarenessBasis::IncidentStart;
    }
    return c;
}
