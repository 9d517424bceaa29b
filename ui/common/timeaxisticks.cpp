// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/timeaxisticks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

QList<TimeAxisTick> TimeAxisTicks::compute(TimeMs from, TimeMs to, const QTimeZone &zone, int targetCount)
{
    QList<TimeAxisTick> ticks;
    if (to <= from || targetCount < 1)
        return ticks;
    // Seconds, so that a reviewer zoomed to one minute still reads where the seconds are.
    static const qint64 stepsSeconds[]
        = {10, 15, 30, 60, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800, 2592000};
    const qint64 spanSec = (to - from) / 1000;
    qint64 step = stepsSeconds[std::size(stepsSeconds) - 1];
    for (qint64 s : stepsSeconds) {
        if (spanSec / s <= targetCount) {
            step = s;
            break;
        }
    }
    const QLocale locale;
    const bool showDate = (to - from) > 20 * 3600 * 1000LL;
    const auto add = [&](const QDateTime &t, const QString &label) {
        if (t.toMSecsSinceEpoch() >= from)
            ticks.append({t.toMSecsSinceEpoch(), label});
    };
    QDateTime t = QDateTime::fromMSecsSinceEpoch(from, zone);
    if (step >= 86400) {
        // Whole days, walked a day at a time (a year is 365 steps, not 8,760 hours): every
        // day, every other day, Mondays, or the first of each month.
        t = QDateTime(t.date(), QTime(0, 0), zone);
        for (; t.toMSecsSinceEpoch() <= to; t = QDateTime(t.date().addDays(1), QTime(0, 0), zone)) {
            const QDate d = t.date();
            const bool aligned = step == 2592000 ? d.day() == 1 : d.toJulianDay() % (step / 86400) == 0;
            if (aligned)
                add(t, locale.toString(d, QCoreApplication::translate("TimeAxisTicks", "d MMM")));
        }
        return ticks;
    }
    // Align to the step in local wall time so ticks land on 00:00, 06:00, 12:00... or on
    // :00, :10, :20 seconds: walk from the hour (or the minute) in steps that divide it.
    t.setTime(step < 60 ? QTime(t.time().hour(), t.time().minute()) : QTime(t.time().hour(), 0));
    const qint64 walk = qMin<qint64>(step, 3600);
    for (; t.toMSecsSinceEpoch() <= to; t = t.addSecs(walk)) {
        const QTime tt = t.time();
        const qint64 secondOfDay = tt.msecsSinceStartOfDay() / 1000;
        if (secondOfDay % step != 0)
            continue;
        QString label;
        if (step < 60)
            label = t.toString(QStringLiteral("HH:mm:ss"));
        else if (showDate && (secondOfDay < step || ticks.isEmpty()))
            label = locale.toString(t, QCoreApplication::translate("TimeAxisTicks", "d MMM HH:mm"));
        else
            label = t.toString(QStringLiteral("HH:mm"));
        add(t, label);
    }
    return ticks;
}

QString TimeAxisTicks::zoneAbbreviation(const QTimeZone &zone, TimeMs at)
{
    return Timestamps::zoneAbbreviation(zone, at);
}
