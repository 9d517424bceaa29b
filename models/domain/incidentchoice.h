// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

// Which incident a dashboard, `summary` and `report` open when none is asked for: the one rule,
// so the window, the wall and the CLI never disagree about what "the incident" is.
class IncidentChoice final {
public:
    // An open (unresolved) incident first, then the most severe, then the most recent; a
    // maintenance only when there is nothing else. nullptr when there are no incidents.
    static const Incident *preferred(const QList<Incident> &incidents);
    // Planned work: Statuspage's scheduled maintenances say "maintenance" as their impact.
    static bool isMaintenance(const Incident &incident);
    // none 0, minor 1, major 2, critical 3; a word not known ranks with none.
    static int severityRank(const QString &severity);
};
