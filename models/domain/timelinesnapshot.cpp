// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/timelinesnapshot.h"

#include "domain/incidentchoice.h"

#include <QLocale>

#include <atomic>

namespace {
std::atomic<qint64> g_rawSampleLimit {TimelineSnapshot::kRawSampleLimit};
} // namespace

qint64 TimelineSnapshot::rawSampleLimit()
{
    return g_rawSampleLimit.load(std::memory_order_relaxed);
}

void TimelineSnapshot::setRawSampleLimitForTests(qint64 limit)
{
    g_rawSampleLimit.store(limit > 0 ? limit : kRawSampleLimit, std::memory_order_relaxed);
}

void TimelineSnapshot::localize(const QHash<QString, QString> &translations)
{
    if (translations.isEmpty())
        return;
    const auto put = [&](QString &text) {
        if (const auto it = translations.constFind(text); it != translations.cend())
            text = *it;
    };
    for (Service &s : services) {
        put(s.name);
        put(s.audienceName);
    }
    for (Incident &i : incidents) {
        put(i.title);
        put(i.summary);
    }
    for (IncidentUpdate &u : updates)
        put(u.message);
    for (StateChange &s : states)
        put(s.message);
    for (Annotation &a : annotations)
        put(a.text);
}

QString TimelineSnapshot::displayLanguage()
{
    return QLocale::languageToCode(QLocale().language(), QLocale::ISO639Part1);
}

const Incident *TimelineSnapshot::incident(const QString &id) const
{
    for (const Incident &i : incidents)
        if (i.id == id)
            return &i;
    return nullptr;
}

const Service *TimelineSnapshot::service(const QString &key) const
{
    for (const Service &s : services)
        if (s.key == key)
            return &s;
    return nullptr;
}

const FeedSource *TimelineSnapshot::feedSource(const QString &name) const
{
    for (const FeedSource &f : feedSources)
        if (f.name == name)
            return &f;
    return nullptr;
}

std::optional<qint64> TimelineSnapshot::staleSeconds(const QString &service, TimeMs now) const
{
    // An alert's state names its feed and the alert ("alertmanager#c6eadffa33fcdf37",
    // AlertReader): the feed is the part before '#', which feed names never contain.
    const FeedSource *source = feedSource(serviceSource.value(service).section(u'#', 0, 0));
    if (!source || source->staleAfterSec <= 0)
        return std::nullopt;
    // A source that never reported is stale from the start: silence is never health.
    const qint64 age = source->lastSeen ? (now - *source->lastSeen) / 1000 : std::numeric_limits<qint64>::max();
    return age > source->staleAfterSec ? std::optional<qint64>(age) : std::nullopt;
}

const Incident *TimelineSnapshot::pickIncident(const QString &requested) const
{
    if (!requested.isEmpty())
        return incident(requested);
    if (const Incident *i = incident(defaultIncident))
        return i;
    return IncidentChoice::preferred(incidents);
}
