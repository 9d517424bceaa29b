// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/sourceconflicts.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

QString SourceConflict::followedText() const
{
    if (reason == Reason::SampleAtSameTime)
        return QCoreApplication::translate("SourceConflict",
            "followed the availability sample of %1: a sample at the same time is taken over reported states")
            .arg(followedSource);
    return QCoreApplication::translate(
        "SourceConflict", "followed %1: of reports at the same time, the one taken in last counts")
        .arg(followedSource);
}

namespace SourceConflicts {

QList<SourceConflict> find(const QList<StateChange> &states, const QList<HealthSample> &samples, TimeMs to)
{
    // Per service, in time order; stable, so the order taken in survives among equal times.
    QHash<QString, QList<StateChange>> byService;
    for (const StateChange &s : states)
        if (s.time <= to)
            byService[s.service].append(s);
    // Only a service with states can have a conflict: the samples of the others are not looked
    // at (on a large store's overview, a hash per sample cost more than the rest of the search).
    QHash<QString, QList<const HealthSample *>> samplesOf;
    if (!byService.isEmpty())
        for (const HealthSample &s : samples)
            if (s.time <= to && byService.contains(s.service))
                samplesOf[s.service].append(&s);

    QList<SourceConflict> out;
    for (auto it = byService.begin(); it != byService.end(); ++it) {
        QList<StateChange> &list = it.value();
        std::stable_sort(
            list.begin(), list.end(), [](const StateChange &a, const StateChange &b) { return a.time < b.time; });
        QList<const HealthSample *> own = samplesOf.value(it.key());
        std::stable_sort(own.begin(), own.end(), [](const auto *a, const auto *b) { return a->time < b->time; });
        for (qsizetype k = 0; k < list.size();) {
            qsizetype end = k + 1;
            while (end < list.size() && list.at(end).time == list.at(k).time)
                ++end;
            QSet<QString> sources;
            QSet<int> kinds;
            for (qsizetype j = k; j < end; ++j) {
                sources.insert(list.at(j).source);
                kinds.insert(int(list.at(j).state));
            }
            if (sources.size() > 1 && kinds.size() > 1) {
                SourceConflict c;
                c.service = it.key();
                c.time = list.at(k).time;
                c.reports = list.mid(k, end - k);
                // The conflict holds until the service's next state or sample after it.
                c.until = end < list.size() ? list.at(end).time : to;
                const HealthSample *atTime = nullptr;
                for (const HealthSample *s : std::as_const(own)) {
                    if (s->time == c.time)
                        atTime = s; // the last taken in wins, as in the curve
                    else if (s->time > c.time) {
                        c.until = std::min(c.until, s->time);
                        break;
                    }
                }
                if (atTime) {
                    c.reason = SourceConflict::Reason::SampleAtSameTime;
                    c.followedSource = atTime->source;
                    c.followedAvailability = atTime->availability;
                } else {
                    c.reason = SourceConflict::Reason::LaterReport;
                    c.followedSource = list.at(end - 1).source;
                }
                out.append(c);
            }
            k = end;
        }
    }
    std::sort(out.begin(), out.end(), [](const SourceConflict &a, const SourceConflict &b) {
        return std::tie(a.time, a.service) < std::tie(b.time, b.service);
    });
    return out;
}

} // namespace SourceConflicts
