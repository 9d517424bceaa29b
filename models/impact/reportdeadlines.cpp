// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/reportdeadlines.h"

#include <QDateTime>

TimeMs ReportDeadlines::afterHours(TimeMs from, qint64 hours)
{
    return from + hours * 3600 * 1000;
}

TimeMs ReportDeadlines::afterMonths(TimeMs from, int months, const QTimeZone &zone)
{
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(from, tz);
    // QDate::addMonths keeps the day, or takes the month's last day when it has fewer.
    const QDate date = start.date().addMonths(months);
    const QTime time = start.time();
    QDateTime due(date, time, tz);
    // A wall-clock time skipped by a DST change: the first moment after the gap, by as much
    // past its start as the time asked for (02:30 in a 02:00-03:00 gap -> 03:30).
    if (!due.isValid() || due.time() != time) {
        const QDateTime around = QDateTime(date, time, QTimeZone::utc()).addSecs(-6 * 3600);
        const int gap = tz.offsetFromUtc(around.addSecs(12 * 3600)) - tz.offsetFromUtc(around);
        due = QDateTime(date, time.addSecs(gap > 0 ? gap : 3600), tz);
    }
    return due.toMSecsSinceEpoch();
}

ReportDeadlines::State ReportDeadlines::Deadline::state(TimeMs now) const
{
    if (done)
        return *done <= due ? State::Done : State::Late;
    return now > due ? State::Overdue : State::Open;
}
