// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timestamps.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

// Reads the fields of one record given as a JSON object: an NDJSON line, a CSV row turned into
// one, or an item of a whole JSON document (a Statuspage incident, an alert, a Google Cloud
// incident). The first problem wins: every later read is a no-op, so a record parser can read
// all its fields straight through and check failed() once. Absent and null are alike: not
// given. The reasons are the ones listed in docs/feed-format.md, shared by every JSON format.
class RecordFields {
    Q_DECLARE_TR_FUNCTIONS(RecordFields)

public:
    // 'path' is where the object sits in its document ("incidents[2]"): a failure names its
    // field from there ("incidents[2].created_at"). Empty for a record of its own.
    explicit RecordFields(const QJsonObject &object, const QString &path = {})
        : m_object(object)
        , m_path(path)
    {
    }

    bool failed() const { return !m_reason.isEmpty(); }
    const QString &field() const { return m_field; }
    const QString &reason() const { return m_reason; }
    void fail(QStringView name, const QString &reason);

    // A string; 'required' means given and not blank.
    QString string(QStringView name, bool required, const QString &fallback = {});
    // A string as sent; 'required' means given, blank or not (a status page's raw words).
    QString text(QStringView name, bool required = false, const QString &fallback = {});
    QString key(QStringView name, bool required);
    std::optional<double> number(QStringView name, bool required, double min, double max);
    qint64 count(QStringView name);
    // The same, optional: nullopt when absent or null.
    std::optional<qint64> optionalCount(QStringView name);
    bool boolean(QStringView name);
    // RFC 3339 with an offset or integer epoch milliseconds, in Timestamps' feed window.
    std::optional<TimeMs> time(QStringView name, bool required);
    // RFC 3339 with an offset only, in the same window: the formats that never send numbers.
    std::optional<TimeMs> rfc3339(QStringView name, bool required = false);
    QStringList keyList(QStringView name);
    // An array, or an empty one when not given (incident.io sends null where Atlassian sends []).
    QJsonArray list(QStringView name);
    // An object, or an empty one when not given.
    QJsonObject object(QStringView name);

    // Helpers shared by the parsers' reject messages. Input quoted in a message is cut to
    // kQuoteLimit characters: a 50 MB cell must not become a 50 MB message.
    static constexpr qsizetype kQuoteLimit = 200;
    static QString quoted(QStringView text);
    // 'text' cut to 'limit' characters (never inside a surrogate pair), with how much was left out.
    static QString excerpt(QStringView text, qsizetype limit = kQuoteLimit);
    static QString describe(const QJsonValue &value); // "string \"x\"", "1.5", "an array"...
    static bool isKey(QStringView text); // [a-z0-9_.-]+
    static bool isHexColour(const QString &text);
    // The raw copy kept in a Reject: at most 512 bytes, never cut inside a UTF-8 character.
    static QString rawText(QByteArrayView raw);
    // `"key"` then optional white space and a colon: a key in a document's first bytes, not a
    // value that happens to say "key". Used by the formats' looksLike().
    static bool hasJsonKey(QByteArrayView head, QByteArrayView key);

private:
    QJsonValue value(QStringView name, bool required);
    std::optional<TimeMs> readTime(QStringView name, bool required, bool numbers);

    const QJsonObject &m_object;
    QString m_path;
    QString m_field;
    QString m_reason;
};
