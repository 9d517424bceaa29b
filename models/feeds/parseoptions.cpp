// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/parseoptions.h"

QString ServiceMapping::resolve(const QString &id, const QString &name) const
{
    if (!id.isEmpty())
        if (const auto it = map.constFind(id); it != map.cend())
            return *it;
    if (!name.isEmpty())
        if (const auto it = map.constFind(name); it != map.cend())
            return *it;
    if (mappedOnly)
        return {};
    return slug(name.isEmpty() ? id : name);
}

QString ServiceMapping::slug(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool dash = false;
    for (const QChar c : text.toLower()) {
        // Keys are [a-z0-9_.-]+ (docs/feed-format.md); everything else folds into one dash.
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'.') {
            out += c;
            dash = false;
        } else if (!dash && !out.isEmpty()) {
            out += u'-';
            dash = true;
        }
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("unnamed") : out;
}

QStringList ValueScales::names()
{
    return {QStringLiteral("ratio"), QStringLiteral("percent"), QStringLiteral("probe")};
}

QString ValueScales::name(ValueScale scale)
{
    switch (scale) {
    case ValueScale::Percent:
        return QStringLiteral("percent");
    case ValueScale::Probe:
        return QStringLiteral("probe");
    case ValueScale::Undeclared:
    case ValueScale::Ratio:
        break;
    }
    return QStringLiteral("ratio");
}

std::optional<ValueScale> ValueScales::fromName(QStringView name)
{
    if (name == u"ratio")
        return ValueScale::Ratio;
    if (name == u"percent")
        return ValueScale::Percent;
    if (name == u"probe")
        return ValueScale::Probe;
    return std::nullopt;
}
