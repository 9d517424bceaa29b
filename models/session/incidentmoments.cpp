// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/incidentmoments.h"

#include "session/csvexporter.h"

#include <algorithm>

QList<TimeMs> IncidentMoments::of(const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot)
{
    QList<TimeMs> moments;
    // The milestones alone skipped what people reported between them (a service back at
    // 21:30 with no milestone of its own): the timeline's events are where a reviewer stops.
    for (const TimelineEvent &e : CsvExporter::timelineEvents(snapshot, analysis))
        moments.append(e.time);
    for (const ServiceImpact &s : analysis.result().services)
        for (const auto &m : {s.milestones.outageStart, s.milestones.firstPartial, s.milestones.recovered50,
                 s.milestones.recovered90, s.milestones.recovered99, s.milestones.full})
            if (m)
                moments.append(*m);
    if (const auto &incident = analysis.incident())
        for (const auto &m : {incident->began, incident->detected, incident->mitigated, incident->resolved})
            if (m)
                moments.append(*m);
    std::sort(moments.begin(), moments.end());
    moments.erase(std::unique(moments.begin(), moments.end()), moments.end());
    return moments;
}
