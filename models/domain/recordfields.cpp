// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/recordfields.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kRawLimit = 512;

// Where to cut 'text' to keep at most 'limit' characters, never inside a surrogate pair.
qsizetype cutAt(QStringView text, qsizetype limit)
{
    qsizetype cut = qMin(limit, text.size());
    if (cut > 0 && cut < text.size() && text[cut - 1].isHighSurrogate())
        --cut;
    return cut;
}

QString moreCharacters(qsizetype left)
{
    return RecordFields::tr(
        "(%n more characters)", nullptr, int(qMin<qsizetype>(left, std::numeric_limits<int>::max())));
}
} // namespace

QString RecordFields::excerpt(QStringView text, qsizetype limit)
{
    if (text.size() <= limit)
        return text.toString();
    const qsizetype cut = cutAt(text, limit);
    return text.first(cut) + u"\u2026 "_s + moreCharacters(text.size() - cut);
}

QString RecordFields::quoted(QStringView text)
{
    if (text.size() <= kQuoteLimit)
        return u'"' + text + u'"';
    // The closing quote comes before the count, so the cut is plain to see.
    const qsizetype cut = cutAt(text, kQuoteLimit);
    return u'"' + text.first(cut) + u"\u2026\" "_s + moreCharacters(text.size() - cut);
}

QString RecordFields::describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        // Whole numbers as integers: epoch values must not turn into "1.6658e+12".
        const double d = v.toDouble();
        if (std::abs(d) < 9007199254740992.0 && d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return u"string "_s + quoted(v.toString());
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

bool RecordFields::isKey(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'.' || u == u'-';
    });
}

bool RecordFields::isHexColour(const QString &s)
{
    static const QRegularExpression re(u"^#[0-9a-fA-F]{6}$"_s);
    return re.match(s).hasMatch();
}

QString RecordFields::rawText(QByteArrayView raw)
{
    if (raw.size() > kRawLimit) {
        qsizetype cut = kRawLimit;
        // Never split a UTF-8 sequence: back off over continuation bytes (10xxxxxx).
        while (cut > 0 && (quint8(raw[cut]) & 0xC0) == 0x80)
            --cut;
        raw = raw.first(cut);
    }
    return QString::fromUtf8(raw);
}

void RecordFields::fail(QStringView name, const QString &reason)
{
    if (!failed()) {
        m_field = m_path.isEmpty() ? name.toString() : m_path + u'.' + name;
        m_reason = reason;
    }
}

QString RecordFields::string(QStringView name, bool required, const QString &fallback)
{
    const QString s = text(name, required, fallback);
    if (required && !failed() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); }))
        fail(name, quoted(name) + u" must not be empty"_s);
    return s;
}

QString RecordFields::text(QStringView name, bool required, const QString &fallback)
{
    const QJsonValue v = value(name, required);
    if (v.isUndefined())
        return fallback;
    if (!v.isString()) {
        fail(name, tr("%1 must be a string, got %2").arg(quoted(name), describe(v)));
        return {};
    }
    return v.toString();
}

QString RecordFields::key(QStringView name, bool required)
{
    QString s = string(name, required);
    if (!failed() && !s.isEmpty() && !isKey(s))
        fail(name,
            quoted(name)
                + u" must be a service key of lowercase letters, digits, "
                  u"'_', '.' or '-', got "_s
                + quoted(s));
    return s;
}

std::optional<double> RecordFields::number(QStringView name, bool required, double min, double max)
{
    const QJsonValue v = value(name, required);
    if (v.isUndefined())
        return std::nullopt;
    const double d = v.toDouble();
    if (!v.isDouble() || d < min || d > max) {
        const QString range = max == std::numeric_limits<double>::max()
            ? QString(u"a number >= "_s + QString::number(min))
            : QString(u"a number between "_s + QString::number(min) + u" and "_s + QString::number(max));
        fail(name, quoted(name) + u" must be "_s + range + u", got "_s + describe(v));
    }
    return d;
}

qint64 RecordFields::count(QStringView name)
{
    const QJsonValue v = value(name, true);
    if (v.isUndefined())
        return 0;
    const double d = v.toDouble();
    // 2^53: beyond it a JSON number is no longer an exact integer.
    if (!v.isDouble() || d < 0 || d > 9007199254740992.0 || d != double(qint64(d))) {
        fail(name, quoted(name) + u" must be a whole number >= 0, got "_s + describe(v));
        return 0;
    }
    return qint64(d);
}

std::optional<qint64> RecordFields::optionalCount(QStringView name)
{
    if (value(name, false).isUndefined())
        return std::nullopt;
    return count(name);
}

bool RecordFields::boolean(QStringView name)
{
    const QJsonValue v = value(name, false);
    if (v.isUndefined())
        return false;
    if (!v.isBool())
        fail(name, quoted(name) + u" must be true or false, got "_s + describe(v));
    return v.toBool();
}

std::optional<TimeMs> RecordFields::time(QStringView name, bool required)
{
    return readTime(name, required, true);
}

std::optional<TimeMs> RecordFields::rfc3339(QStringView name, bool required)
{
    return readTime(name, required, false);
}

std::optional<TimeMs> RecordFields::readTime(QStringView name, bool required, bool numbers)
{
    const QJsonValue v = value(name, required);
    if (v.isUndefined())
        return std::nullopt;
    if (auto t = numbers || v.isString() ? Timestamps::parseTimeValue(v) : std::nullopt)
        return t;
    if (v.isString() && Timestamps::parseRfc3339(v.toString())) {
        // Well formed but a placeholder or a typo: the same window as epoch milliseconds.
        fail(name,
            (numbers ? tr("%1 must lie between 1973-03-03T09:46:40Z and 2200-01-01T00:00:00Z, as numeric times do, "
                          "got %2")
                     : tr("%1 must lie between 1973-03-03T09:46:40Z and 2200-01-01T00:00:00Z, got %2"))
                .arg(quoted(name), describe(v)));
        return std::nullopt;
    }
    if (!numbers) {
        fail(name, tr("%1 is not an RFC 3339 time with an offset, got %2").arg(quoted(name), describe(v)));
        return std::nullopt;
    }
    QString reason
        = quoted(name) + u" is not RFC 3339 with an offset nor integer epoch milliseconds, got "_s + describe(v);
    // The most common mistake gets a precise hint: a local time without its offset.
    if (v.isString() && Timestamps::parseRfc3339(QString(v.toString() + u'Z')))
        reason += u" (no offset: add Z or +hh:mm; the zone is never guessed)"_s;
    fail(name, reason);
    return std::nullopt;
}

QStringList RecordFields::keyList(QStringView name)
{
    const QJsonValue v = value(name, false);
    const auto mustBe = [&](const QJsonValue &got, QStringView where) {
        fail(name, quoted(name) + u" must be an array of service keys, got "_s + describe(got) + where);
    };
    if (!v.isUndefined() && !v.isArray())
        mustBe(v, {});
    QStringList list;
    for (const QJsonValue &item : v.toArray()) {
        list.append(item.toString());
        if (!item.isString() || !isKey(list.last())) {
            mustBe(item, u" in it");
            return {};
        }
    }
    return list;
}

QJsonArray RecordFields::list(QStringView name)
{
    const QJsonValue v = value(name, false);
    if (!v.isUndefined() && !v.isArray())
        fail(name, tr("%1 must be an array or null, got %2").arg(quoted(name), describe(v)));
    return v.toArray();
}

QJsonObject RecordFields::object(QStringView name)
{
    const QJsonValue v = value(name, false);
    if (!v.isUndefined() && !v.isObject())
        fail(name, tr("%1 must be an object, got %2").arg(quoted(name), describe(v)));
    return v.toObject();
}

// Absent and null are the same: both mean "not given". Undefined is returned for both.
QJsonValue RecordFields::value(QStringView name, bool required)
{
    if (failed())
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue v = m_object.value(name);
    if (v.isNull())
        v = QJsonValue(QJsonValue::Undefined);
    if (v.isUndefined() && required)
        fail(name, tr("missing required field %1").arg(quoted(name)));
    return v;
}

bool RecordFields::hasJsonKey(QByteArrayView head, QByteArrayView key)
{
    const QByteArray needle = '"' + key.toByteArray() + '"';
    for (qsizetype at = head.indexOf(needle); at >= 0; at = head.indexOf(needle, at + 1)) {
        qsizetype i = at + needle.size();
        while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
            ++i;
        if (i < head.size() && head[i] == ':')
            return true;
    }
    return false;
}
