// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/feedbatch.h"

#include <QSet>

void FeedBatch::registerSeenServices()
{
    QSet<QString> known;
    for (const Service &s : std::as_const(services))
        known.insert(s.key);
    for (const Service &s : std::as_const(seenServices))
        known.insert(s.key);
    // In the order the feed names them, so a catalogue export lists them as the feed did.
    const auto see = [&](const QString &key) {
        if (key.isEmpty() || known.contains(key))
            return;
        known.insert(key);
        seenServices.append(Service {key, key, std::nullopt, {}, {}});
    };
    for (const StateChange &c : std::as_const(states))
        see(c.service);
    // Samples come in runs of one service: hash a key only when it changes (imports are large).
    const QString *last = nullptr;
    for (const HealthSample &s : std::as_const(samples)) {
        if (last && *last == s.service)
            continue;
        last = &s.service;
        see(s.service);
    }
    for (const Incident &i : std::as_const(incidents))
        for (const QString &key : i.services)
            see(key);
    for (const IncidentUpdate &u : std::as_const(updates))
        for (const QString &key : u.services)
            see(key);
    for (const Dependency &d : std::as_const(dependencies)) {
        see(d.service);
        see(d.dependsOn);
    }
}
