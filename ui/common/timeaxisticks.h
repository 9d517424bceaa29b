// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timestamps.h"

#include <QList>
#include <QString>
#include <QTimeZone>

// Tick positions and labels for a time axis in a given zone (QDateTimeAxis can only
// label in the machine's local zone; an incident in Seoul must read in KST anywhere).
struct TimeAxisTick {
    TimeMs time;
    QString label;
};

class TimeAxisTicks final {
public:
    // About 'targetCount' ticks on whole local hours / days between from and to.
    static QList<TimeAxisTick> compute(TimeMs from, TimeMs to, const QTimeZone &zone, int targetCount = 8);
    static QString zoneAbbreviation(const QTimeZone &zone, TimeMs at);
};
