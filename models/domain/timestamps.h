// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QTimeZone>
#include <QtGlobal>
#include <optional>

// Every time in the program is UTC epoch milliseconds; zones only matter for display.
using TimeMs = qint64;

namespace Timestamps {
// RFC 3339 / ISO 8601 with an explicit offset or 'Z'; fractions of any length
// (nanoseconds are truncated to ms). A string without an offset is refused:
// guessing a zone would silently shift the timeline.
std::optional<TimeMs> parseRfc3339(QStringView text);
// The window every time a feed gives must lie in, from 1973-03-03T09:46:40Z (1e11 ms) to
// 2200-01-01T00:00:00Z excluded: below it an epoch number reads as seconds, and beyond either
// end a string is a placeholder (Go's zero time 0001-01-01, "9999-12-31") rather than a moment.
constexpr TimeMs kEarliestFeedTime = 100000000000;
constexpr TimeMs kLatestFeedTime = 7258118400000;
bool isFeedTime(TimeMs time);
// parseRfc3339, held to the window above.
std::optional<TimeMs> parseFeedTime(QStringView text);
// A JSON value that is either an RFC 3339 string or an integer of epoch milliseconds, in the
// window above either way.
std::optional<TimeMs> parseTimeValue(const class QJsonValue &value);
// The UTC offset, in minutes, that a zone as status pages write it stands for: an abbreviation
// ("KST", "PDT", "CET", "UTC"; ones that name two zones, such as IST, are not taken) or an
// offset ("+09:00", "+0900", "UTC+9", "GMT-08:00"). Empty when it is none of these.
std::optional<int> zoneOffsetMinutes(QStringView zone);
QString toRfc3339(TimeMs time); // UTC, 'Z', milliseconds
QString format(TimeMs time, const QTimeZone &zone, const QString &pattern);
// The zone as people read it at 'time': "KST", "CEST", or "UTC+09" where the zone has no letters.
QString zoneAbbreviation(const QTimeZone &zone, TimeMs time);
// 'pattern' in the zone, then the zone: "2022-10-15 16:03 KST". A time shown to a person says
// which clock it is on; this is the one place that writes it so.
QString formatWithZone(TimeMs time, const QTimeZone &zone, const QString &pattern);
QString formatDuration(qint64 seconds); // "5 d 7 h 30 min", "45 min"
// True for an id shaped as IANA and CLDR write them that QTimeZone knows. The one guard
// every parser and zoneOrUtc() use: Qt's tz backend opens /usr/share/zoneinfo/<id> as given.
bool isValidTimeZoneId(const QString &id);
// The zone of a valid id (isValidTimeZoneId), else UTC.
QTimeZone zoneOrUtc(const QString &ianaId);
} // namespace Timestamps
