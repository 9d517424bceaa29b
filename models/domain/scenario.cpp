// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/scenario.h"

#include "domain/recordfields.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr std::pair<ScenarioChange::Kind, std::u16string_view> kKinds[] = {
    {ScenarioChange::Kind::RecoverAt, u"recover_at"},
    {ScenarioChange::Kind::RecoverAfter, u"recover_after"},
    {ScenarioChange::Kind::FailoverWithin, u"failover_within"},
    {ScenarioChange::Kind::Dependency, u"dependency"},
};
constexpr double kMaxMinutes = 60.0 * 24 * 366; // a year: anything longer is a typo
} // namespace

QString ScenarioChange::kindKey(Kind kind)
{
    for (const auto &[k, key] : kKinds)
        if (k == kind)
            return QString::fromUtf16(key.data(), qsizetype(key.size()));
    return {};
}

std::optional<ScenarioChange::Kind> ScenarioChange::kindFromKey(QStringView key)
{
    for (const auto &[k, name] : kKinds)
        if (QStringView(name) == key)
            return k;
    return std::nullopt;
}

QJsonObject Scenario::toJson() const
{
    QJsonArray list;
    for (const ScenarioChange &c : changes) {
        QJsonObject o {{u"kind"_s, ScenarioChange::kindKey(c.kind)}, {u"service"_s, c.service}};
        switch (c.kind) {
        case ScenarioChange::Kind::RecoverAt:
            o.insert(u"time"_s, Timestamps::toRfc3339(c.time));
            break;
        case ScenarioChange::Kind::RecoverAfter:
        case ScenarioChange::Kind::FailoverWithin:
            o.insert(u"minutes"_s, c.minutes);
            break;
        case ScenarioChange::Kind::Dependency:
            o.insert(u"depends_on"_s, c.dependsOn);
            o.insert(u"share"_s, c.share);
            break;
        }
        list.append(o);
    }
    return QJsonObject {{u"type"_s, u"scenario"_s}, {u"incident"_s, incidentId}, {u"name"_s, name},
        {u"description"_s, description}, {u"changes"_s, list}};
}

std::optional<Scenario> Scenario::fromJson(const QJsonObject &object, QString *field, QString *reason)
{
    const auto fail = [&](const QString &f, const QString &r) -> std::optional<Scenario> {
        if (field)
            *field = f;
        if (reason)
            *reason = r;
        return std::nullopt;
    };
    RecordFields f(object);
    Scenario s;
    s.incidentId = f.string(u"incident", true);
    s.name = f.string(u"name", true);
    s.description = f.string(u"description", false);
    if (f.failed())
        return fail(f.field(), f.reason());
    if (s.name.trimmed().isEmpty())
        return fail(u"name"_s, u"\"name\" must not be blank"_s);
    const QJsonValue list = object.value(u"changes");
    if (!list.isArray() || list.toArray().isEmpty())
        return fail(u"changes"_s,
            u"\"changes\" must be a non-empty array of changes, got "_s
                + (list.isUndefined() ? u"nothing"_s : RecordFields::describe(list)));
    const QJsonArray changes = list.toArray();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString where = u"changes["_s + QString::number(i) + u"]"_s;
        if (!changes.at(i).isObject())
            return fail(where, where + u" must be an object, got "_s + RecordFields::describe(changes.at(i)));
        const QJsonObject o = changes.at(i).toObject();
        RecordFields c(o);
        ScenarioChange change;
        const QString kind = c.string(u"kind", true);
        change.service = c.key(u"service", true);
        if (!c.failed()) {
            if (const auto k = ScenarioChange::kindFromKey(kind))
                change.kind = *k;
            else
                c.fail(u"kind",
                    u"unknown change "_s + RecordFields::quoted(kind)
                        + u"; expected one of recover_at, recover_after, failover_within, dependency"_s);
        }
        if (!c.failed()) {
            switch (change.kind) {
            case ScenarioChange::Kind::RecoverAt:
                change.time = c.time(u"time", true).value_or(0);
                break;
            case ScenarioChange::Kind::RecoverAfter:
            case ScenarioChange::Kind::FailoverWithin:
                change.minutes = c.number(u"minutes", true, 0.0, kMaxMinutes).value_or(0.0);
                break;
            case ScenarioChange::Kind::Dependency:
                change.dependsOn = c.key(u"depends_on", true);
                change.share = c.number(u"share", true, 0.0, 1.0).value_or(0.0);
                if (!c.failed() && change.dependsOn == change.service)
                    c.fail(u"depends_on", u"\"depends_on\" must differ from \"service\""_s);
                break;
            }
        }
        if (c.failed())
            return fail(where + u'.' + c.field(), where + u": "_s + c.reason());
        s.changes.append(change);
    }
    return s;
}
