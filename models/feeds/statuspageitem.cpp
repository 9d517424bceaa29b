// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/statuspageitem.h"

#include "domain/recordfields.h"

using namespace Qt::StringLiterals;

StatuspageItem::StatuspageItem(const QJsonObject &object, const QString &path)
    : m_object(object)
    , m_path(path)
{
}

void StatuspageItem::fail(QStringView name, const QString &reason)
{
    if (!failed()) {
        m_field = m_path + u'.' + name;
        m_reason = reason;
    }
}

QString StatuspageItem::string(QStringView name, bool required)
{
    const QJsonValue v = value(name, required);
    if (!v.isUndefined() && !v.isString())
        fail(name, tr("%1 must be a string, got %2").arg(RecordFields::quoted(name), RecordFields::describe(v)));
    return v.toString();
}

std::optional<TimeMs> StatuspageItem::time(QStringView name, bool required)
{
    const QJsonValue v = value(name, required);
    if (v.isUndefined())
        return std::nullopt;
    if (const auto t = v.isString() ? Timestamps::parseFeedTime(v.toString()) : std::nullopt)
        return t;
    if (v.isString() && Timestamps::parseRfc3339(v.toString()))
        fail(name,
            tr("%1 must lie between 1973-03-03T09:46:40Z and 2200-01-01T00:00:00Z, got %2")
                .arg(RecordFields::quoted(name), RecordFields::describe(v)));
    else
        fail(name,
            tr("%1 is not an RFC 3339 time with an offset, got %2")
                .arg(RecordFields::quoted(name), RecordFields::describe(v)));
    return std::nullopt;
}

QJsonArray StatuspageItem::list(QStringView name)
{
    const QJsonValue v = value(name, false);
    if (!v.isUndefined() && !v.isArray())
        fail(
            name, tr("%1 must be an array or null, got %2").arg(RecordFields::quoted(name), RecordFields::describe(v)));
    return v.toArray();
}

QJsonValue StatuspageItem::value(QStringView name, bool required)
{
    if (failed())
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue v = m_object.value(name);
    if (v.isNull())
        v = QJsonValue(QJsonValue::Undefined);
    if (v.isUndefined() && required)
        fail(name, tr("missing required field %1").arg(RecordFields::quoted(name)));
    return v;
}
