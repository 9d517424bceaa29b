// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timestamps.h"

#include <QString>
#include <QTimeZone>
#include <optional>

// Due dates of a regulator's reports. "Within 24 hours" is elapsed time: 24 h later by the
// clock of the world, whatever a DST change does to the wall clock. "Within one month" is the
// calendar: the same wall-clock time one calendar month later in the incident's zone, the
// last day of a shorter month when the day does not exist (31 Jan -> 28 Feb), and the first
// moment after a DST gap when that time is skipped (02:30 on a spring-forward night -> 03:30).
class ReportDeadlines final {
public:
    static TimeMs afterHours(TimeMs from, qint64 hours);
    static TimeMs afterMonths(TimeMs from, int months, const QTimeZone &zone);

    enum class State {
        Open, // not recorded as done, still before the due time
        Overdue, // not recorded as done, past the due time when the report was made
        Done, // recorded as done in time
        Late, // recorded as done after the due time
    };
    struct Deadline {
        QString key; // which report ("early-warning", "notification", ...)
        TimeMs due = 0;
        std::optional<TimeMs> done; // when it was sent, if the timeline records it
        State state(TimeMs now) const;
    };
};
