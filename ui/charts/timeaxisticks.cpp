#include "timeaxisticks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

QList<TimeAxisTick> TimeAxisTicks::compute(TimeMs from, TimeMs to, const QTimeZone &zone, int targetCount)
{
    QList<TimeAxisTick> ticks;
    if (to <= from || targetCount < 1)
        return ticks;
    static const qint64 stepsMinutes[] = {1, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080, 43200};
    const qint64 spanMin = (to - from) / 60000;
    qint64 step = stepsMinutes[std::size(stepsMinutes) - 1];
    for (qint64 s : stepsMinutes) {
        if (spanMin / s <= targetCount) {
            step = s;
            break;
        }
    }
    // Align to the step in local wall time so ticks land on 00:00, 06:00, 12:00...
    QDateTime t = QDateTime::fromMSecsSinceEpoch(from, zone);
    t.setTime(QTime(t.time().hour(), 0));
    if (step >= 1440)
        t.setTime(QTime(0, 0));
    const QLocale locale;
    const bool showDate = (to - from) > 20 * 3600 * 1000LL;
    while (t.toMSecsSinceEpoch() <= to) {
        const QTime tt = t.time();
        const qint64 minuteOfDay = tt.hour() * 60 + tt.minute();
        const bool aligned = step >= 1440 ? minuteOfDay == 0 : minuteOfDay % step == 0;
        if (aligned && t.toMSecsSinceEpoch() >= from) {
            QString label;
            if (step >= 1440)
                label = locale.toString(t.date(), QCoreApplication::translate("TimeAxisTicks", "d MMM"));
            else if (showDate && (minuteOfDay < step || ticks.isEmpty()))
                label = locale.toString(t, QCoreApplication::translate("TimeAxisTicks", "d MMM HH:mm"));
            else
                label = t.toString(QStringLiteral("HH:mm"));
            ticks.append({t.toMSecsSinceEpoch(), label});
        }
        t = t.addSecs(qMin<qint64>(step, 60) * 60);
    }
    return ticks;
}

QString TimeAxisTicks::zoneAbbreviation(const QTimeZone &zone, TimeMs at)
{
    const QString abbr = zone.abbreviation(QDateTime::fromMSecsSinceEpoch(at, zone));
    // glibc gives "+09" where the zone has no letters; say UTC+09 rather than a bare number.
    if (!abbr.isEmpty() && (abbr.front() == u'+' || abbr.front() == u'-'))
        return QStringLiteral("UTC") + abbr;
    return abbr.isEmpty() ? QString::fromLatin1(zone.id()) : abbr;
}
