// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/timestamps.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Expected values come from QDateTime, not from the parser under test.
TimeMs utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

} // namespace

class TstTimestamps final : public QObject {
    Q_OBJECT

private slots:
    void parseRfc3339_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // kNoTime: refused

        const TimeMs fire = utc(2022, 10, 15, 6, 33);
        QTest::newRow("Z") << u"2022-10-15T06:33:00Z"_s << fire;
        QTest::newRow("lowercase t and z") << u"2022-10-15t06:33:00z"_s << fire;
        QTest::newRow("space for T") << u"2022-10-15 06:33:00Z"_s << fire;
        QTest::newRow("+09:00") << u"2022-10-15T15:33:00+09:00"_s << fire;
        QTest::newRow("-08:00") << u"2022-10-14T22:33:00-08:00"_s << fire;
        QTest::newRow("+0900") << u"2022-10-15T15:33:00+0900"_s << fire;
        QTest::newRow("-0800") << u"2022-10-14T22:33:00-0800"_s << fire;
        QTest::newRow("+05:45 Nepal") << u"2022-10-15T12:18:00+05:45"_s << fire;
        QTest::newRow("+00:00") << u"2022-10-15T06:33:00+00:00"_s << fire;
        QTest::newRow("-00:00") << u"2022-10-15T06:33:00-00:00"_s << fire;
        QTest::newRow("offset crosses the date") << u"2022-10-16T00:30:00+09:00"_s << utc(2022, 10, 15, 15, 30);
        QTest::newRow("surrounding spaces") << u"  2022-10-15T06:33:00Z \n"_s << fire;
        QTest::newRow("milliseconds") << u"2022-10-15T06:33:00.123Z"_s << fire + 123;
        QTest::newRow("1-digit fraction") << u"2022-10-15T06:33:00.5Z"_s << fire + 500;
        QTest::newRow("2-digit fraction") << u"2022-10-15T06:33:00.25Z"_s << fire + 250;
        QTest::newRow("nanoseconds with offset")
            << u"2023-03-25T14:39:51.68943305+08:00"_s << utc(2023, 3, 25, 6, 39, 51, 689);
        QTest::newRow("nanoseconds truncated, not rounded") << u"2022-10-15T06:33:00.999999999Z"_s << fire + 999;
        QTest::newRow("leap second") << u"2016-12-31T23:59:60Z"_s << utc(2017, 1, 1, 0, 0);
        QTest::newRow("leap second with fraction") << u"2016-12-31T23:59:60.5Z"_s << utc(2017, 1, 1, 0, 0) + 500;
        QTest::newRow("leap second in Seoul") << u"2017-01-01T08:59:60+09:00"_s << utc(2017, 1, 1, 0, 0);
        QTest::newRow("Feb 29 in a leap year") << u"2024-02-29T12:00:00Z"_s << utc(2024, 2, 29, 12, 0);
        QTest::newRow("Feb 29 in 2000") << u"2000-02-29T00:00:00Z"_s << utc(2000, 2, 29, 0, 0);
        QTest::newRow("epoch") << u"1970-01-01T00:00:00Z"_s << qint64(0);
        QTest::newRow("before the epoch") << u"1969-12-31T23:59:59Z"_s << qint64(-1000);
        QTest::newRow("far future") << u"9999-12-31T23:59:59Z"_s << utc(9999, 12, 31, 23, 59, 59);

        QTest::newRow("Feb 30") << u"2023-02-30T00:00:00Z"_s << kNoTime;
        QTest::newRow("Feb 29 in a common year") << u"2023-02-29T00:00:00Z"_s << kNoTime;
        QTest::newRow("Feb 29 in 1900") << u"1900-02-29T00:00:00Z"_s << kNoTime;
        QTest::newRow("Apr 31") << u"2022-04-31T00:00:00Z"_s << kNoTime;
        QTest::newRow("month 13") << u"2022-13-01T00:00:00Z"_s << kNoTime;
        QTest::newRow("month 0") << u"2022-00-10T00:00:00Z"_s << kNoTime;
        QTest::newRow("day 0") << u"2022-10-00T00:00:00Z"_s << kNoTime;
        QTest::newRow("hour 24") << u"2022-10-15T24:00:00Z"_s << kNoTime;
        QTest::newRow("minute 60") << u"2022-10-15T06:60:00Z"_s << kNoTime;
        QTest::newRow("second 61") << u"2022-10-15T06:33:61Z"_s << kNoTime;
        QTest::newRow("no offset") << u"2022-10-15T06:33:00"_s << kNoTime;
        QTest::newRow("no offset, fraction") << u"2022-10-15T06:33:00.123"_s << kNoTime;
        QTest::newRow("offset hours only") << u"2022-10-15T15:33:00+09"_s << kNoTime;
        QTest::newRow("offset hour 24") << u"2022-10-15T06:33:00+24:00"_s << kNoTime;
        QTest::newRow("offset minute 60") << u"2022-10-15T06:33:00+09:60"_s << kNoTime;
        QTest::newRow("zone name") << u"2022-10-15T15:33:00 KST"_s << kNoTime;
        QTest::newRow("no seconds") << u"2022-10-15T06:33Z"_s << kNoTime;
        QTest::newRow("date only") << u"2022-10-15"_s << kNoTime;
        QTest::newRow("empty fraction") << u"2022-10-15T06:33:00.Z"_s << kNoTime;
        QTest::newRow("one-digit month") << u"2022-1-05T06:33:00Z"_s << kNoTime;
        QTest::newRow("slashes") << u"2022/10/15T06:33:00Z"_s << kNoTime;
        QTest::newRow("trailing junk") << u"2022-10-15T06:33:00Zjunk"_s << kNoTime;
        QTest::newRow("two offsets") << u"2022-10-15T06:33:00Z+09:00"_s << kNoTime;
        QTest::newRow("Arabic-Indic digits") << u"٢٠٢٢-10-15T06:33:00Z"_s << kNoTime;
        QTest::newRow("fullwidth digits") << u"２０２２-10-15T06:33:00Z"_s << kNoTime;
        QTest::newRow("RFC 1123") << u"Wed, 15 Feb 2023 22:07:07 GMT"_s << kNoTime;
        QTest::newRow("epoch digits") << u"1665815580000"_s << kNoTime;
        QTest::newRow("garbage") << u"yesterday"_s << kNoTime;
        QTest::newRow("empty") << QString() << kNoTime;
        QTest::newRow("blank") << u"   "_s << kNoTime;
    }

    void parseRfc3339()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto parsed = Timestamps::parseRfc3339(text);
        if (expected == kNoTime) {
            QVERIFY2(!parsed, qPrintable(Timestamps::toRfc3339(parsed.value_or(0))));
        } else {
            QVERIFY(parsed);
            QCOMPARE(*parsed, expected);
        }
    }

    void parseTimeValue_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<qint64>("expected"); // kNoTime: refused

        const TimeMs fire = utc(2022, 10, 15, 6, 33);
        QTest::newRow("RFC 3339 string") << QJsonValue(u"2022-10-15T15:33:00+09:00"_s) << fire;
        QTest::newRow("epoch ms") << QJsonValue(qint64(1665815580000)) << qint64(1665815580000);
        QTest::newRow("epoch ms as a whole double") << QJsonValue(1665815580000.0) << qint64(1665815580000);
        QTest::newRow("lowest accepted: 1e11") << QJsonValue(qint64(100000000000)) << qint64(100000000000);
        QTest::newRow("last ms of 2199") << QJsonValue(qint64(7258118399999)) << qint64(7258118399999);

        QTest::newRow("string without offset") << QJsonValue(u"2022-10-15T15:33:00"_s) << kNoTime;
        QTest::newRow("numeric string") << QJsonValue(u"1665815580000"_s) << kNoTime;
        QTest::newRow("fraction of a ms") << QJsonValue(1665815580000.5) << kNoTime;
        QTest::newRow("negative") << QJsonValue(qint64(-1000)) << kNoTime;
        QTest::newRow("zero") << QJsonValue(0) << kNoTime;
        QTest::newRow("epoch seconds") << QJsonValue(qint64(1665815580)) << kNoTime;
        QTest::newRow("epoch seconds as a float") << QJsonValue(1665815580.123) << kNoTime;
        QTest::newRow("just below 1e11") << QJsonValue(qint64(99999999999)) << kNoTime;
        QTest::newRow("2200 and later") << QJsonValue(qint64(7258118400000)) << kNoTime;
        QTest::newRow("epoch microseconds") << QJsonValue(qint64(1665815580000000)) << kNoTime;
        QTest::newRow("bool") << QJsonValue(true) << kNoTime;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << kNoTime;
        QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << kNoTime;
        QTest::newRow("array") << QJsonValue(QJsonArray {qint64(1665815580000)}) << kNoTime;
        QTest::newRow("object") << QJsonValue(QJsonObject {{u"ms"_s, qint64(1665815580000)}}) << kNoTime;
    }

    void parseTimeValue()
    {
        QFETCH(QJsonValue, value);
        QFETCH(qint64, expected);
        const auto parsed = Timestamps::parseTimeValue(value);
        if (expected == kNoTime) {
            QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
        } else {
            QVERIFY(parsed);
            QCOMPARE(*parsed, expected);
        }
    }

    void toRfc3339_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("text");
        QTest::newRow("epoch") << qint64(0) << u"1970-01-01T00:00:00.000Z"_s;
        QTest::newRow("fire") << utc(2022, 10, 15, 6, 33) << u"2022-10-15T06:33:00.000Z"_s;
        QTest::newRow("milliseconds") << utc(2023, 3, 25, 6, 39, 51, 689) << u"2023-03-25T06:39:51.689Z"_s;
        QTest::newRow("end of a leap day") << utc(2024, 2, 29, 23, 59, 59, 999) << u"2024-02-29T23:59:59.999Z"_s;
    }

    void toRfc3339()
    {
        QFETCH(qint64, time);
        QFETCH(QString, text);
        QCOMPARE(Timestamps::toRfc3339(time), text);
        QCOMPARE(Timestamps::parseRfc3339(text), std::optional<TimeMs>(time));
    }

    void formatInAZone()
    {
        const TimeMs fire = utc(2022, 10, 15, 6, 33);
        QCOMPARE(Timestamps::format(fire, Timestamps::zoneOrUtc(u"Asia/Seoul"_s), u"yyyy-MM-dd HH:mm"_s),
            u"2022-10-15 15:33"_s);
        QCOMPARE(Timestamps::format(fire, Timestamps::zoneOrUtc(u"America/Los_Angeles"_s), u"MM-dd HH:mm"_s),
            u"10-14 23:33"_s);
        QCOMPARE(Timestamps::zoneOrUtc(QString()), QTimeZone::utc());
        QCOMPARE(Timestamps::zoneOrUtc(u"Mars/Olympus"_s), QTimeZone::utc());
    }

    void formatDuration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"0 s"_s;
        QTest::newRow("seconds") << qint64(59) << u"59 s"_s;
        QTest::newRow("one minute") << qint64(60) << u"1 min"_s;
        QTest::newRow("seconds dropped") << qint64(45 * 60 + 59) << u"45 min"_s;
        QTest::newRow("one hour") << qint64(3600) << u"1 h 0 min"_s;
        QTest::newRow("hours") << qint64(7 * 3600 + 30 * 60) << u"7 h 30 min"_s;
        QTest::newRow("one day") << qint64(86400) << u"1 d 0 h 0 min"_s;
        QTest::newRow("days") << qint64(5 * 86400 + 7 * 3600 + 30 * 60) << u"5 d 7 h 30 min"_s;
        QTest::newRow("negative") << qint64(-45 * 60) << u"−45 min"_s;
        QTest::newRow("negative seconds") << qint64(-5) << u"−5 s"_s;
    }

    void formatDuration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(Timestamps::formatDuration(seconds), text);
    }

    void formatDurationOfTheMostNegativeValue()
    {
        // Negating INT64_MIN overflows; it must still give a negative duration, not crash.
        QVERIFY(Timestamps::formatDuration(std::numeric_limits<qint64>::min()).startsWith(u'−'));
    }
};

QTEST_GUILESS_MAIN(TstTimestamps)
#include "tst_timestamps.moc"
