// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

// One row of the timeline: an incident update, a state change or a reviewer's note,
// flattened so that a single table can sort and filter them together.
struct TimelineEvent {
    enum class Kind { Update, StateChange, Annotation };
    TimeMs time = 0;
    Kind kind = Kind::Update;
    QStringList services;
    QString status; // update status, state key, or "note"
    QString message;
    QString source;
    QString incidentId;
    bool derived = false;
    qint64 annotationId = 0; // for notes: the store id, to edit or delete them
    std::optional<ServiceState> state;

    static QList<TimelineEvent> collect(
        const QList<IncidentUpdate> &updates, const QList<StateChange> &states, const QList<Annotation> &annotations);
};
