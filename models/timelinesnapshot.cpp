#include "timelinesnapshot.h"

#include "timelinestore.h"

TimelineSnapshot TimelineSnapshot::load(const TimelineStore &store)
{
    TimelineSnapshot s;
    s.services = store.services();
    s.dependencies = store.dependencies();
    s.samples = store.samples();
    s.states = store.stateChanges();
    s.incidents = store.incidents();
    s.updates = store.updates();
    s.annotations = store.annotations();
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
