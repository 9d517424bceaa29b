// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/timelineevent.h"

#include <algorithm>

QList<TimelineEvent> TimelineEvent::collect(
    const QList<IncidentUpdate> &updates, const QList<StateChange> &states, const QList<Annotation> &annotations)
{
    QList<TimelineEvent> out;
    out.reserve(updates.size() + states.size() + annotations.size());
    for (const IncidentUpdate &u : updates)
        out.append({u.time, Kind::Update, u.services, u.status, u.message, u.source, u.incidentId, u.derived, 0, {}});
    for (const StateChange &s : states)
        out.append({s.time, Kind::StateChange, {s.service}, ServiceStates::toKey(s.state), s.message, s.source, {},
            s.derived, 0, s.state});
    for (const Annotation &a : annotations) {
        QStringList services;
        if (!a.service.isEmpty())
            services.append(a.service);
        out.append({a.time, Kind::Annotation, services, QStringLiteral("note"), a.text, a.author, a.incidentId, false,
            a.id, {}});
    }
    // Stable: at equal times, updates come before the state changes they explain.
    std::stable_sort(
        out.begin(), out.end(), [](const TimelineEvent &a, const TimelineEvent &b) { return a.time < b.time; });
    return out;
}
