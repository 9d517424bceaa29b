// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/servicecatalogue.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <functional>

namespace {
QString slug(const QString &name)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString key = name.toLower().replace(other, QStringLiteral("-"));
    while (key.startsWith(u'-'))
        key.remove(0, 1);
    while (key.endsWith(u'-'))
        key.chop(1);
    return key.isEmpty() ? QStringLiteral("group") : key;
}
} // namespace

std::optional<qint64> ServiceCatalogue::users(const Service &service)
{
    return service.users;
}

void ServiceCatalogue::setUsers(Service &service, std::optional<qint64> users)
{
    service.users = users;
}

QString ServiceCatalogue::group(const Service &service)
{
    return service.group;
}

void ServiceCatalogue::setGroup(Service &service, const QString &group)
{
    service.group = group;
}

int ServiceCatalogue::withoutUsers(const QList<Service> &services)
{
    return int(std::count_if(services.cbegin(), services.cend(), [](const Service &s) { return !s.usersKnown(); }));
}

QStringList ServiceCatalogue::findCycle(const QList<Dependency> &dependencies)
{
    QHash<QString, QStringList> needs;
    QStringList order; // first-appearance order keeps the reported cycle the same each time
    for (const Dependency &d : dependencies) {
        if (!needs.contains(d.service))
            order.append(d.service);
        needs[d.service].append(d.dependsOn);
    }
    enum Mark { Unseen, OnPath, Done };
    QHash<QString, Mark> mark;
    QStringList path;
    std::function<QStringList(const QString &)> visit = [&](const QString &key) -> QStringList {
        mark[key] = OnPath;
        path.append(key);
        for (const QString &next : needs.value(key)) {
            if (mark.value(next, Unseen) == OnPath) {
                QStringList cycle = path.mid(path.indexOf(next));
                cycle.append(next);
                return cycle;
            }
            if (mark.value(next, Unseen) == Unseen) {
                const QStringList found = visit(next);
                if (!found.isEmpty())
                    return found;
            }
        }
        path.removeLast();
        mark[key] = Done;
        return {};
    };
    for (const QString &key : std::as_const(order))
        if (mark.value(key, Unseen) == Unseen)
            if (const QStringList cycle = visit(key); !cycle.isEmpty())
                return cycle;
    return {};
}

QString ServiceCatalogue::cycleText(const QStringList &cycle)
{
    return cycle.join(QStringLiteral(" → "));
}

QString ServiceCatalogue::problem() const
{
    QSet<QString> keys;
    for (const Service &s : services) {
        if (s.key.trimmed().isEmpty())
            return tr("A service has no key.");
        if (keys.contains(s.key))
            return tr("The key \"%1\" is given to two services.").arg(s.key);
        keys.insert(s.key);
        if (const auto u = users(s); u && *u < 0)
            return tr("The users of \"%1\" must be a count of 0 or more.").arg(s.key);
    }
    QSet<QPair<QString, QString>> pairs;
    for (const Dependency &d : dependencies) {
        if (!keys.contains(d.service))
            return tr("A dependency names \"%1\", which is not a service.").arg(d.service);
        if (!keys.contains(d.dependsOn))
            return tr("A dependency names \"%1\", which is not a service.").arg(d.dependsOn);
        if (d.service == d.dependsOn)
            return tr("\"%1\" cannot depend on itself.").arg(d.service);
        if (!(d.share >= 0.0 && d.share <= 1.0))
            return tr("The share of %1 → %2 must be between 0 and 1.").arg(d.service, d.dependsOn);
        if (pairs.contains({d.service, d.dependsOn}))
            return tr("%1 → %2 is given twice.").arg(d.service, d.dependsOn);
        pairs.insert({d.service, d.dependsOn});
    }
    if (const QStringList cycle = findCycle(dependencies); !cycle.isEmpty())
        return tr("These dependencies go round in a cycle: %1. A service cannot need itself, "
                  "even through others.")
            .arg(cycleText(cycle));
    return {};
}

ServiceCatalogue ServiceCatalogue::proposeFromGroups(const QList<Service> &services, const QList<Dependency> &existing)
{
    ServiceCatalogue proposal;
    QStringList groups;
    QHash<QString, QStringList> members;
    for (const Service &s : services) {
        const QString g = group(s);
        if (g.isEmpty())
            continue;
        if (!members.contains(g))
            groups.append(g);
        members[g].append(s.key);
    }
    QSet<QString> keys;
    for (const Service &s : services)
        keys.insert(s.key);
    for (const QString &g : std::as_const(groups)) {
        // A service already named as the group (its key or its display name) stands for it.
        QString groupKey;
        for (const Service &s : services)
            if (s.key.compare(g, Qt::CaseInsensitive) == 0 || s.name.compare(g, Qt::CaseInsensitive) == 0)
                groupKey = s.key;
        if (groupKey.isEmpty()) {
            groupKey = slug(g);
            if (!keys.contains(groupKey)) {
                Service added;
                added.key = groupKey;
                added.name = g;
                added.note = tr("proposed from the status page group \"%1\"").arg(g);
                setUsers(added, std::nullopt);
                proposal.services.append(added);
                keys.insert(groupKey);
            }
        }
        for (const QString &member : members.value(g)) {
            if (member == groupKey)
                continue;
            const bool there = std::any_of(existing.cbegin(), existing.cend(),
                [&](const Dependency &d) { return d.service == member && d.dependsOn == groupKey; });
            if (!there)
                proposal.dependencies.append(
                    {member, groupKey, 1.0, tr("proposed from the status page group \"%1\"").arg(g)});
        }
    }
    return proposal;
}
