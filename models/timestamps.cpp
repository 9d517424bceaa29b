#include "timestamps.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QRegularExpression>

namespace Timestamps {

std::optional<TimeMs> parseRfc3339(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|z|[+-]\d{2}:?\d{2})$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    const int h = m.capturedView(4).toInt();
    const int mi = m.capturedView(5).toInt();
    const int s = m.capturedView(6).toInt();
    // Leap second 60 is legal in RFC 3339; fold it into the next second rather than refuse it.
    const bool leap = (s == 60);
    const QTime time(h, mi, leap ? 59 : s);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int ms = 0;
    const QStringView frac = m.capturedView(7);
    if (!frac.isEmpty())
        ms = QString(frac.left(3).toString() + QString(3 - qMin<qsizetype>(3, frac.size()), u'0')).toInt();
    int offsetSec = 0;
    const QStringView off = m.capturedView(8);
    if (off != u"Z" && off != u"z") {
        QString digits = off.mid(1).toString().remove(u':');
        offsetSec = (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60);
        if (digits.left(2).toInt() > 23 || digits.mid(2, 2).toInt() > 59)
            return std::nullopt;
        if (off.front() == u'-')
            offsetSec = -offsetSec;
    }
    const QDateTime dt(date, time, Qt::UTC);
    return dt.toMSecsSinceEpoch() + ms + (leap ? 1000 : 0) - qint64(offsetSec) * 1000;
}

std::optional<TimeMs> parseTimeValue(const QJsonValue &value)
{
    if (value.isString())
        return parseRfc3339(value.toString());
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Epoch ms between 1970 and 2200; anything else is almost surely seconds or junk.
        if (d >= 0 && d < 7258118400000.0 && d == double(qint64(d)))
            return qint64(d);
    }
    return std::nullopt;
}

QString toRfc3339(TimeMs time)
{
    return QDateTime::fromMSecsSinceEpoch(time, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString format(TimeMs time, const QTimeZone &zone, const QString &pattern)
{
    return QDateTime::fromMSecsSinceEpoch(time, zone).toString(pattern);
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("−") + formatDuration(-seconds);
    const qint64 d = seconds / 86400, h = (seconds % 86400) / 3600, m = (seconds % 3600) / 60;
    if (d > 0)
        return QCoreApplication::translate("Timestamps", "%1 d %2 h %3 min").arg(d).arg(h).arg(m);
    if (h > 0)
        return QCoreApplication::translate("Timestamps", "%1 h %2 min").arg(h).arg(m);
    if (m > 0)
        return QCoreApplication::translate("Timestamps", "%1 min").arg(m);
    return QCoreApplication::translate("Timestamps", "%1 s").arg(seconds);
}

QTimeZone zoneOrUtc(const QString &ianaId)
{
    if (!ianaId.isEmpty()) {
        QTimeZone zone(ianaId.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::utc();
}

} // namespace Timestamps
