// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/countingmethod.h"
#include "domain/records.h"

#include <QList>
#include <vector>

// One step of the bounds of a service's own availability: from 'time' on, until the next step.
struct EnvelopeStep {
    TimeMs time = 0;
    double low = 1.0;
    double high = 1.0;
    bool operator==(const EnvelopeStep &) const = default;
};

// How low and how high a service's own availability may have been at each moment, given
// what its records leave open: a derived record whose change may have come anywhere between
// its earliest and latest time, at any value between its low and high; and reports of
// different states from different sources at one time (a conflict: each may be the true one).
//
// Records keep the order of the central curve. A record may be in force at t when it may have
// happened by t (earliest ≤ t) and no record after it in that order surely happened by t
// (latest ≤ t). Without open records this is exactly the central step function, so the
// bounds equal it and build() returns nothing.
class AvailabilityEnvelope final {
public:
    // 'samples' and 'states' index into the lists, each sorted by time (stable: among equal
    // times the later one taken in wins, as in the central curve).
    static QList<EnvelopeStep> build(const QList<HealthSample> &allSamples, const std::vector<qsizetype> &samples,
        const QList<StateChange> &allStates, const std::vector<qsizetype> &states, TimeMs from, TimeMs to,
        const CountingMethod &method);
    // True when the reports at one time disagree: two or more sources, two or more states.
    static bool disagree(
        const QList<StateChange> &allStates, const std::vector<qsizetype> &states, size_t begin, size_t end);
};
