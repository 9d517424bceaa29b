// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QList>
#include <optional>

// The one answer to "what state is service S in at time t", for the tiles, the state lanes,
// the dependency view and the wall: the last reported state at or before t wins; without one,
// the state is read off the effective availability at t; without that, Unknown.
class ServiceStateAt final {
public:
    // The thresholds every view shares: ≥ 99.9 % operational, ≥ 90 % degraded, above 0 a
    // partial outage, else a major one.
    static ServiceState forAvailability(double availability);
    // The reported states of 'service' out of 'all', ordered by time; reports at the same time
    // keep the order they came in (the later one wins).
    static QList<StateChange> reported(const QList<StateChange> &all, const QString &service);
    // 'reported' as reported() gives it.
    static ServiceState at(const QList<StateChange> &reported, TimeMs t, std::optional<double> availability);
};
