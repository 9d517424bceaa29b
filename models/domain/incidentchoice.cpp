// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/incidentchoice.h"

#include <limits>
#include <tuple>

bool IncidentChoice::isMaintenance(const Incident &incident)
{
    return incident.severity.compare(u"maintenance", Qt::CaseInsensitive) == 0;
}

int IncidentChoice::severityRank(const QString &severity)
{
    const QString s = severity.toLower();
    if (s == u"critical")
        return 3;
    if (s == u"major")
        return 2;
    if (s == u"minor")
        return 1;
    return 0;
}

const Incident *IncidentChoice::preferred(const QList<Incident> &incidents)
{
    // Compared as tuples, larger wins: not maintenance, open, severity, began, then the id so the
    // choice never depends on the order the store returned them in.
    const auto rank = [](const Incident &i) {
        return std::make_tuple(!isMaintenance(i), !i.resolved.has_value(), severityRank(i.severity),
            i.began.value_or(std::numeric_limits<TimeMs>::min()), i.id);
    };
    const Incident *best = nullptr;
    for (const Incident &i : incidents)
        if (!best || rank(i) > rank(*best))
            best = &i;
    return best;
}
