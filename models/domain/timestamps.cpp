// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/timestamps.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>

#include <limits>

namespace Timestamps {

namespace {

    // Hand-rolled rather than a QRegularExpression + QDateTime: every sample line of a
    // multi-million-line import goes through here, and the regex alone doubled parse time.
    class Cursor {
    public:
        explicit Cursor(QStringView text)
            : m_text(text)
        {
        }
        bool atEnd() const { return m_pos == m_text.size(); }
        QChar peek() const { return atEnd() ? QChar() : m_text[m_pos]; }
        bool take(QChar c)
        {
            if (peek() != c)
                return false;
            ++m_pos;
            return true;
        }
        // Exactly 'count' ASCII digits; QChar::isDigit would also take Arabic-Indic and other digits.
        std::optional<int> digits(int count)
        {
            if (m_pos + count > m_text.size())
                return std::nullopt;
            int value = 0;
            for (int i = 0; i < count; ++i) {
                const char16_t c = m_text[m_pos + i].unicode();
                if (c < u'0' || c > u'9')
                    return std::nullopt;
                value = value * 10 + (c - u'0');
            }
            m_pos += count;
            return value;
        }
        bool isDigitHere() const
        {
            const char16_t c = peek().unicode();
            return c >= u'0' && c <= u'9';
        }

    private:
        QStringView m_text;
        qsizetype m_pos = 0;
    };

    bool isLeapYear(int y)
    {
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    }

    int daysInMonth(int y, int m)
    {
        static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        return (m == 2 && isLeapYear(y)) ? 29 : days[m - 1];
    }

    // Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
    qint64 daysFromCivil(qint64 y, int m, int d)
    {
        y -= m <= 2;
        const qint64 era = (y >= 0 ? y : y - 399) / 400;
        const qint64 yoe = y - era * 400;
        const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    constexpr double kMinEpochMs = double(kEarliestFeedTime);
    constexpr double kMaxEpochMs = double(kLatestFeedTime);

} // namespace

std::optional<TimeMs> parseRfc3339(QStringView text)
{
    Cursor c(text.trimmed());
    const auto year = c.digits(4);
    if (!year || !c.take(u'-'))
        return std::nullopt;
    const auto month = c.digits(2);
    if (!month || !c.take(u'-'))
        return std::nullopt;
    const auto day = c.digits(2);
    if (!day || !(c.take(u'T') || c.take(u't') || c.take(u' ')))
        return std::nullopt;
    const auto hour = c.digits(2);
    if (!hour || !c.take(u':'))
        return std::nullopt;
    const auto minute = c.digits(2);
    if (!minute || !c.take(u':'))
        return std::nullopt;
    const auto second = c.digits(2);
    if (!second)
        return std::nullopt;

    int ms = 0;
    if (c.take(u'.')) {
        if (!c.isDigitHere())
            return std::nullopt;
        // Any number of digits; beyond milliseconds they are truncated, not rounded,
        // so a nanosecond timestamp never lands in the next millisecond.
        int taken = 0;
        while (c.isDigitHere()) {
            const int digit = *c.digits(1);
            if (taken < 3) {
                ms = ms * 10 + digit;
                ++taken;
            }
        }
        for (; taken < 3; ++taken) // "5" means 500 ms, "25" 250 ms
            ms *= 10;
    }

    qint64 offsetSec = 0;
    if (!(c.take(u'Z') || c.take(u'z'))) {
        int sign = 0;
        if (c.take(u'+'))
            sign = 1;
        else if (c.take(u'-'))
            sign = -1;
        else
            return std::nullopt; // no offset: guessing a zone would shift the timeline
        const auto oh = c.digits(2);
        if (!oh)
            return std::nullopt;
        c.take(u':');
        const auto om = c.digits(2);
        if (!om || *oh > 23 || *om > 59)
            return std::nullopt;
        offsetSec = sign * (*oh * 3600 + *om * 60);
    }
    if (!c.atEnd())
        return std::nullopt;

    if (*month < 1 || *month > 12 || *day < 1 || *day > daysInMonth(*year, *month))
        return std::nullopt;
    // Second 60 is a leap second, legal in RFC 3339: it folds into the next second.
    if (*hour > 23 || *minute > 59 || *second > 60)
        return std::nullopt;

    const qint64 secs = daysFromCivil(*year, *month, *day) * 86400 + *hour * 3600 + *minute * 60 + *second - offsetSec;
    return secs * 1000 + ms;
}

bool isFeedTime(TimeMs time)
{
    return time >= kEarliestFeedTime && time < kLatestFeedTime;
}

std::optional<TimeMs> parseFeedTime(QStringView text)
{
    const auto t = parseRfc3339(text);
    return t && isFeedTime(*t) ? t : std::nullopt;
}

std::optional<TimeMs> parseTimeValue(const QJsonValue &value)
{
    // Strings are held to the numbers' window: "0001-01-01T00:00:00Z" is Go's zero time, a
    // placeholder, and would otherwise stretch every chart back two thousand years.
    if (value.isString())
        return parseFeedTime(value.toString());
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Epoch milliseconds from 1973-03-03 (1e11) to 2200. Below 1e11 a number reads as epoch
        // seconds (1e11 s is the year 5138), and taking seconds as ms would put a 2022 outage
        // in January 1970, so it is refused rather than guessed.
        if (d >= kMinEpochMs && d < kMaxEpochMs && d == double(qint64(d)))
            return qint64(d);
    }
    return std::nullopt;
}

std::optional<int> zoneOffsetMinutes(QStringView zone)
{
    // The abbreviations status pages and notices write, each standing for one offset only.
    static constexpr std::pair<std::u16string_view, int> kZones[] = {{u"UTC", 0}, {u"UT", 0}, {u"GMT", 0}, {u"Z", 0},
        {u"WET", 0}, {u"WEST", 60}, {u"BST", 60}, {u"CET", 60}, {u"CEST", 120}, {u"MET", 60}, {u"MEST", 120},
        {u"EET", 120}, {u"EEST", 180}, {u"MSK", 180}, {u"SGT", 480}, {u"HKT", 480}, {u"AWST", 480}, {u"KST", 540},
        {u"JST", 540}, {u"ACST", 570}, {u"AEST", 600}, {u"AEDT", 660}, {u"NZST", 720}, {u"NZDT", 780}, {u"HST", -600},
        {u"AKST", -540}, {u"AKDT", -480}, {u"PST", -480}, {u"PDT", -420}, {u"MST", -420}, {u"MDT", -360},
        {u"CST", -360}, {u"CDT", -300}, {u"EST", -300}, {u"EDT", -240}};
    zone = zone.trimmed();
    for (const auto &[name, minutes] : kZones)
        if (zone.compare(QStringView(name), Qt::CaseInsensitive) == 0)
            return minutes;
    // "UTC+9", "GMT-08:00": an offset from UTC, written after the name.
    if (zone.size() > 3
        && (zone.startsWith(u"UTC", Qt::CaseInsensitive) || zone.startsWith(u"GMT", Qt::CaseInsensitive)))
        zone = zone.sliced(3);
    if (zone.size() < 2 || (zone[0] != u'+' && zone[0] != u'-'))
        return std::nullopt;
    const int sign = zone[0] == u'-' ? -1 : 1;
    Cursor c(zone.sliced(1));
    int hours = 0;
    if (const auto two = c.digits(2))
        hours = *two;
    else if (const auto one = c.digits(1))
        hours = *one;
    else
        return std::nullopt;
    int minutes = 0;
    if (!c.atEnd()) {
        c.take(u':');
        const auto m = c.digits(2);
        if (!m || !c.atEnd())
            return std::nullopt;
        minutes = *m;
    }
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    return sign * (hours * 60 + minutes);
}

QString toRfc3339(TimeMs time)
{
    return QDateTime::fromMSecsSinceEpoch(time, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString format(TimeMs time, const QTimeZone &zone, const QString &pattern)
{
    return QDateTime::fromMSecsSinceEpoch(time, zone).toString(pattern);
}

QString zoneAbbreviation(const QTimeZone &zone, TimeMs time)
{
    const QString abbr = zone.abbreviation(QDateTime::fromMSecsSinceEpoch(time, zone));
    // glibc gives "+09" where the zone has no letters; say UTC+09 rather than a bare number.
    if (!abbr.isEmpty() && (abbr.front() == u'+' || abbr.front() == u'-'))
        return QStringLiteral("UTC") + abbr;
    return abbr.isEmpty() ? QString::fromLatin1(zone.id()) : abbr;
}

QString formatWithZone(TimeMs time, const QTimeZone &zone, const QString &pattern)
{
    return format(time, zone, pattern) + u' ' + zoneAbbreviation(zone, time);
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 0) {
        // -INT64_MIN overflows; a duration that long is meaningless anyway.
        const qint64 magnitude
            = seconds == std::numeric_limits<qint64>::min() ? std::numeric_limits<qint64>::max() : -seconds;
        return QStringLiteral("−") + formatDuration(magnitude);
    }
    const qint64 d = seconds / 86400, h = (seconds % 86400) / 3600, m = (seconds % 3600) / 60;
    if (d > 0)
        return QCoreApplication::translate("Timestamps", "%1 d %2 h %3 min").arg(d).arg(h).arg(m);
    if (h > 0)
        return QCoreApplication::translate("Timestamps", "%1 h %2 min").arg(h).arg(m);
    if (m > 0)
        return QCoreApplication::translate("Timestamps", "%1 min").arg(m);
    return QCoreApplication::translate("Timestamps", "%1 s").arg(seconds);
}

// A time zone id as IANA and CLDR write them ("Asia/Seoul", "Etc/GMT+9", "UTC+09:00"): parts
// that start with a letter, of letters, digits and . _ + - :. Checked before QTimeZone sees the
// id, because Qt's tz backend opens /usr/share/zoneinfo/<id> as given: "../../../dev/stdin"
// in a feed made the import read, and wait on, whatever file the id pointed at.
bool isValidTimeZoneId(const QString &id)
{
    if (id.size() > 64)
        return false;
    for (const QStringView part : QStringView(id).split(u'/')) {
        if (part.isEmpty() || !((part[0] >= u'A' && part[0] <= u'Z') || (part[0] >= u'a' && part[0] <= u'z')))
            return false;
        for (const QChar c : part) {
            const char16_t u = c.unicode();
            if (!((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'.'
                    || u == u'_' || u == u'+' || u == u'-' || u == u':'))
                return false;
        }
    }
    return QTimeZone(id.toUtf8()).isValid();
}

QTimeZone zoneOrUtc(const QString &ianaId)
{
    // Stored ids came from feeds once: they pass the same guard before QTimeZone opens a file.
    if (isValidTimeZoneId(ianaId))
        return QTimeZone(ianaId.toUtf8());
    return QTimeZone::utc();
}

} // namespace Timestamps
