// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QList>

// Two or more sources that report different states for one service at one time. The figures
// follow one of them (and say which, and why); the range takes in all of them
// (AvailabilityEnvelope); the state timeline hatches the time; the report lists it.
struct SourceConflict {
    enum class Reason {
        SampleAtSameTime, // an availability sample at that time is taken over reported states
        LaterReport, // of reports at one time, the one taken in last counts
    };
    QString service;
    TimeMs time = 0;
    TimeMs until = 0; // when the service's next record takes over (or the end of the window)
    QList<StateChange> reports; // in the order taken in
    QString followedSource; // whose figure the central curve follows
    Reason reason = Reason::LaterReport;
    std::optional<double> followedAvailability; // the sample's value, when a sample decided
    bool operator==(const SourceConflict &) const = default;

    // "Followed the sample of «…»: a sample at the same time is taken over reported states."
    QString followedText() const;
};

namespace SourceConflicts {
// The conflicts among 'states' (of any services), with 'samples' telling which one the
// figures followed; ordered by time, then service. Records after 'to' are left out.
QList<SourceConflict> find(const QList<StateChange> &states, const QList<HealthSample> &samples, TimeMs to);
} // namespace SourceConflicts
