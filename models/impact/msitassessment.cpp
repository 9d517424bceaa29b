// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/msitassessment.h"

#include "impact/reportdeadlines.h"

#include <algorithm>

using Verdict = ThresholdCheck::Verdict;

MsitAssessment MsitAssessment::evaluate(const QList<ServiceOutage> &outages, const QHash<QString, QString> &actorOf,
    const std::optional<Incident> &incident, const QList<IncidentUpdate> &updates, std::optional<TimeMs> start,
    std::optional<TimeMs> firstPublicUpdate)
{
    MsitAssessment a;
    const auto actor = [&](const QString &key, const QString &name) { return actorOf.value(key, name); };
    QList<ServiceRow> down;
    for (const ServiceOutage &o : outages) {
        ServiceRow row {o.key(), o.name(), actor(o.key(), o.name()), o.outageStart(), o.recovered(), 0, o.peakShare(),
            o.peakPeople()};
        if (row.from)
            row.durationMs = row.to.value_or(o.end()) - *row.from;
        a.longestMs = qMax(a.longestMs, row.durationMs);
        a.services.append(row);
        if (row.from)
            down.append(row);
    }
    std::stable_sort(
        down.begin(), down.end(), [](const ServiceRow &x, const ServiceRow &y) { return *x.from < *y.from; });
    for (const ServiceRow &r : std::as_const(down))
        if (!a.actors.contains(r.actor))
            a.actors.append(r.actor);

    using Kind = ChronologyRow::Kind;
    if (incident && incident->began)
        a.chronology.append({*incident->began, Kind::Began, {}, incident->title});
    for (const ServiceRow &r : std::as_const(a.services)) {
        if (r.from)
            a.chronology.append({*r.from, Kind::ServiceDown, r.actor, r.name});
        if (r.to)
            a.chronology.append({*r.to, Kind::ServiceNormal, r.actor, r.name});
    }
    if (incident) {
        for (const IncidentUpdate &u : updates) {
            if (u.incidentId != incident->id)
                continue;
            QStringList names;
            for (const QString &key : u.services) {
                const auto it = std::find_if(
                    outages.cbegin(), outages.cend(), [&](const ServiceOutage &o) { return o.key() == key; });
                const QString who = actor(key, it != outages.cend() ? it->name() : key);
                if (!names.contains(who))
                    names.append(who);
            }
            // An update on every actor at once is the whole incident's: say so once, not six names.
            const bool everyone = a.actors.size() > 1
                && std::all_of(a.actors.cbegin(), a.actors.cend(), [&](const QString &x) { return names.contains(x); });
            a.chronology.append(
                {u.time, Kind::Update, everyone ? QString() : names.join(QStringLiteral(", ")), u.message});
        }
        if (incident->resolved)
            a.chronology.append({*incident->resolved, Kind::Resolved, {}, incident->title});
    }
    std::stable_sort(a.chronology.begin(), a.chronology.end(),
        [](const ChronologyRow &x, const ChronologyRow &y) { return x.time < y.time; });

    a.noticeRequired
        = {QStringLiteral("notice-required"), a.longestMs >= kNoticeMinutes * 60000 ? Verdict::Met : Verdict::NotMet,
            double(a.longestMs) / 60000.0, {}, start};
    a.noticeInTime = {QStringLiteral("notice-in-time"), Verdict::Unknown, {}, {}, firstPublicUpdate};
    if (start && firstPublicUpdate) {
        a.noticeLagMs = *firstPublicUpdate - *start;
        a.noticeInTime.measured = double(*a.noticeLagMs) / 60000.0;
        a.noticeInTime.verdict = *a.noticeLagMs <= kNoticeMinutes * 60000 ? Verdict::Met : Verdict::NotMet;
    }
    return a;
}

QPair<TimeMs, TimeMs> MsitAssessment::correctiveDue(TimeMs from, const QTimeZone &zone)
{
    return {ReportDeadlines::afterMonths(from, 1, zone), ReportDeadlines::afterMonths(from, 3, zone)};
}
