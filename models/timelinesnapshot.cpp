#include "timelinesnapshot.h"

#include "feedsourcetable.h"
#include "rolluptable.h"
#include "timelinestore.h"

#include <QSet>

TimelineSnapshot TimelineSnapshot::load(const TimelineStore &store)
{
    TimelineSnapshot s;
    s.services = store.services();
    s.dependencies = store.dependencies();
    if (store.sampleCountEstimate() <= kRawSampleLimit) {
        s.samples = store.samples();
    } else {
        // Whole-incident figures from bucket averages: the integral of a step function over
        // equally spaced samples is the bucket average times its length, so people-hours
        // hold; the charts read finer rollups for whatever zoom is on screen.
        const QList<RollupBucket> days = RollupTable::readAll(store.database(), 86400, std::numeric_limits<TimeMs>::min() / 2,
                                                              std::numeric_limits<TimeMs>::max() / 2);
        qint64 span = 0;
        QSet<QString> services;
        if (!days.isEmpty()) {
            TimeMs first = days.first().firstTime, last = days.first().lastTime;
            for (const RollupBucket &b : days) {
                first = qMin(first, b.firstTime);
                last = qMax(last, b.lastTime);
                services.insert(b.service);
            }
            span = last - first;
        }
        const qint64 budget = kRawSampleLimit / qMax<qsizetype>(1, services.size());
        s.samplesLevelSec = SampleRollup::kLevelsSec.back();
        for (int level : SampleRollup::kLevelsSec) {
            if (span / (qint64(level) * 1000) <= budget) {
                s.samplesLevelSec = level;
                break;
            }
        }
        const QList<RollupBucket> buckets = RollupTable::readAll(store.database(), s.samplesLevelSec,
                                                                 std::numeric_limits<TimeMs>::min() / 2,
                                                                 std::numeric_limits<TimeMs>::max() / 2);
        s.samples.reserve(buckets.size());
        for (const RollupBucket &b : buckets)
            s.samples.append({b.bucket, b.service, QStringLiteral("rollup"), b.average(), {}, {}, false});
        std::sort(s.samples.begin(), s.samples.end(),
                  [](const HealthSample &a, const HealthSample &b) { return a.time < b.time; });
    }
    s.states = store.stateChanges();
    s.incidents = store.incidents();
    s.updates = store.updates();
    s.annotations = store.annotations();
    s.feedSources = FeedSourceTable::all(store.database());
    QHash<QString, TimeMs> latest;
    const auto note = [&](const QString &service, const QString &source, TimeMs time) {
        auto it = latest.find(service);
        if (it == latest.end() || time >= *it) {
            latest.insert(service, time);
            s.serviceSource.insert(service, source);
        }
    };
    for (const HealthSample &x : std::as_const(s.samples))
        note(x.service, x.source, x.time);
    for (const StateChange &x : std::as_const(s.states))
        note(x.service, x.source, x.time);
    s.rejectCount = store.rejectCount();
    s.demo = store.meta(QStringLiteral("demo")) == u"1";
    s.defaultIncident = store.meta(QStringLiteral("default_incident"));
    return s;
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
    const FeedSource *source = feedSource(serviceSource.value(service));
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
    const Incident *latest = nullptr;
    for (const Incident &i : incidents)
        if (!latest || i.began.value_or(0) > latest->began.value_or(0))
            latest = &i;
    return latest;
}
