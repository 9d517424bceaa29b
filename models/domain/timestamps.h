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
// A JSON value that is either an RFC 3339 string or an integer of epoch milliseconds.
std::optional<TimeMs> parseTimeValue(const class QJsonValue &value);
QString toRfc3339(TimeMs time); // UTC, 'Z', milliseconds
QString format(TimeMs time, const QTimeZone &zone, const QString &pattern);
QString formatDuration(qint64 seconds); // "5 d 7 h 30 min", "45 min"
// True for an id shaped as IANA and CLDR write them that QTimeZone knows. The one guard
// every parser and zoneOrUtc() use: Qt's tz backend opens /usr/share/zoneinfo/<id> as given.
bool isValidTimeZoneId(const QString &id);
// The zone of a valid id (isValidTimeZoneId), else UTC.
QTimeZone zoneOrUtc(const QString &ianaId);
} // namespace Timestamps
