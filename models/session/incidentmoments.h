// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timelinesnapshot.h"
#include "impact/incidentanalysis.h"

// The moments a replay jumps between (Ctrl+← / Ctrl+→): every event of the incident's
// timeline (its updates, the state changes in its window and its notes, as
// CsvExporter::timelineEvents gives them), the incident's own phases and each service's
// recovery milestones. In time order, each moment once.
class IncidentMoments final {
public:
    static QList<TimeMs> of(const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot);
};
