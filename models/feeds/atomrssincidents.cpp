// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/atomrssincidents.h"

#include "feeds/parseoptions.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

// Updates of one AWS title further apart than this are different incidents: generic titles
// ("Increased API Error Rates") recur over the years and must not merge into one.
constexpr TimeMs kAwsIncidentGap = 7LL * 24 * 3600 * 1000;

QString slugOrHash(const QString &title)
{
    const QString slug = ServiceMapping::slug(title);
    // A title with no ASCII letters at all (Japanese only) would slug to "unnamed" and
    // collide with every other such title; a short hash keeps it distinct and stable.
    if (slug != u"unnamed")
        return slug;
    return QString::fromLatin1(QCryptographicHash::hash(title.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

// Items sharing an id, a guid or a link are one incident, named by the first link that names
// one, else by the first item's id: a union-find over their keys.
void groupOthers(QList<AtomRssIncidents::Item> &items)
{
    QList<qsizetype> parent(items.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](qsizetype x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    QHash<QString, qsizetype> owner;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].group.isEmpty())
            continue; // AWS
        for (const QString &key : std::as_const(items[i].keys)) {
            if (const auto it = owner.constFind(key); it != owner.cend())
                parent[find(i)] = find(*it);
            else
                owner.insert(key, i);
        }
    }
    QHash<qsizetype, QString> firstLink, firstName;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].group.isEmpty())
            continue;
        const qsizetype root = find(i);
        if (!firstName.contains(root))
            firstName.insert(root, items[i].name);
        if (!firstLink.contains(root) && !items[i].link.isEmpty())
            firstLink.insert(root, items[i].link);
    }
    for (qsizetype i = 0; i < items.size(); ++i)
        if (items[i].group.isEmpty())
            items[i].update.incidentId = firstLink.value(find(i), firstName.value(find(i)));
}

} // namespace

void AtomRssIncidents::build(QList<Item> items, const QString &source, FeedBatch &batch)
{
    groupOthers(items);
    // AWS posts one item per update under one title: split each title's updates where
    // they are far apart, and name each incident by service, title and first day.
    QHash<QString, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < items.size(); ++i)
        if (!items[i].group.isEmpty())
            groups[items[i].group].append(i);
    for (QList<qsizetype> &members : groups) {
        std::stable_sort(members.begin(), members.end(),
            [&](qsizetype a, qsizetype b) { return items[a].update.time < items[b].update.time; });
        QString id;
        for (qsizetype k = 0; k < members.size(); ++k) {
            Item &item = items[members[k]];
            if (k == 0 || item.update.time - items[members[k - 1]].update.time > kAwsIncidentGap)
                id = item.group.section(u'\n', 0, 0) + u':' + slugOrHash(item.title) + u':'
                    + Timestamps::toRfc3339(item.update.time).left(10);
            item.update.incidentId = id;
        }
    }
    QHash<QString, qsizetype> index;
    QHash<QString, QList<const Item *>> byIncident;
    for (const Item &item : std::as_const(items)) {
        const IncidentUpdate &u = item.update;
        batch.updates.append(u);
        batch.updates.last().isPublic = true; // a public feed's entries were published
        byIncident[u.incidentId].append(&item);
        if (!index.contains(u.incidentId)) {
            index.insert(u.incidentId, batch.incidents.size());
            Incident incident;
            incident.id = u.incidentId;
            incident.source = source;
            batch.incidents.append(incident);
        }
    }
    for (Incident &incident : batch.incidents) {
        QList<const Item *> items = byIncident.value(incident.id);
        std::stable_sort(
            items.begin(), items.end(), [](const Item *a, const Item *b) { return a->update.time < b->update.time; });
        incident.title = items.last()->title.isEmpty() ? incident.id : items.last()->title;
        for (const Item *item : std::as_const(items)) {
            // <published> is when the entry, and so the incident, was opened.
            const TimeMs first = qMin(item->update.time, item->published.value_or(item->update.time));
            incident.began = qMin(incident.began.value_or(first), first);
            for (const QString &s : item->update.services)
                if (!incident.services.contains(s))
                    incident.services.append(s);
            // Resolved by the last update when it resolves; a later update reopens it.
            incident.resolved = item->resolves ? std::optional(item->update.time) : std::nullopt;
        }
    }
}
