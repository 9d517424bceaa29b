// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/doraassessment.h"

#include <algorithm>

using Verdict = ThresholdCheck::Verdict;

DoraAssessment DoraAssessment::evaluate(
    const QList<ServiceOutage> &services, std::optional<TimeMs> began, std::optional<TimeMs> resolved, TimeMs end)
{
    DoraAssessment a;
    ThresholdCheck share {QStringLiteral("client-share"), Verdict::NotMet, {}, {}, {}};
    ThresholdCheck clients {QStringLiteral("clients"), Verdict::NotMet, {}, {}, {}};
    ThresholdCheck downtime {QStringLiteral("downtime"), Verdict::NotMet, {}, {}, {}};
    bool uncounted = false;
    for (const ServiceOutage &s : services) {
        if (!share.measured || s.peakShare() > *share.measured) {
            share.measured = s.peakShare();
            share.service = s.name();
        }
        if (const auto people = s.peakPeople()) {
            if (!clients.measured || *people > *clients.measured) {
                clients.measured = *people;
                clients.service = s.name();
            }
        } else {
            uncounted = true;
        }
        const ServiceOutage::Run down = s.longestShareAbove(0.0);
        if (down.from && (!downtime.measured || double(down.ms) / 60000.0 > *downtime.measured)) {
            downtime.measured = double(down.ms) / 60000.0;
            downtime.service = s.name();
            downtime.from = down.from;
        }
    }
    if (services.isEmpty())
        share.verdict = clients.verdict = downtime.verdict = Verdict::Unknown;
    else {
        share.verdict = share.measured && *share.measured > kClientShare ? Verdict::Met : Verdict::NotMet;
        clients.verdict = clients.measured && *clients.measured > kClients ? Verdict::Met
            : uncounted                                                    ? Verdict::Unknown
                                                                           : Verdict::NotMet;
        if (!downtime.measured)
            downtime.measured = 0.0;
        downtime.verdict = *downtime.measured > double(kDowntimeMinutes) ? Verdict::Met : Verdict::NotMet;
    }

    // The incident's duration: from its start to its resolution; still open, to the window's end,
    // which can show it is longer than 24 h but never that it is shorter.
    ThresholdCheck duration {QStringLiteral("duration"), Verdict::Unknown, {}, {}, began};
    if (began) {
        const TimeMs to = resolved.value_or(end);
        duration.measured = double(to - *began) / 60000.0;
        const bool longer = to - *began > kDurationHours * 3600 * 1000;
        duration.verdict = longer ? Verdict::Met : resolved ? Verdict::NotMet : Verdict::Unknown;
    }
    a.criteria = {share, clients, duration, downtime};
    for (const char *key : {"critical-services", "reputation", "spread", "data-losses", "economic"})
        a.criteria.append({QString::fromLatin1(key), Verdict::ToBeEntered, {}, {}, {}});

    const Verdict clientCriterion = ThresholdCheck::any({share.verdict, clients.verdict});
    const Verdict durationCriterion = ThresholdCheck::any({duration.verdict, downtime.verdict});
    a.thresholdsMet = int(clientCriterion == Verdict::Met) + int(durationCriterion == Verdict::Met);
    a.outcome = a.thresholdsMet >= 2 ? Outcome::MajorIfCritical
        : a.thresholdsMet == 1       ? Outcome::OneMoreNeeded
                                     : Outcome::EntriesNeeded;
    return a;
}

QList<ReportDeadlines::Deadline> DoraAssessment::deadlines(TimeMs awareness, const QTimeZone &zone)
{
    const TimeMs initial = ReportDeadlines::afterHours(awareness, 24);
    const TimeMs intermediate = ReportDeadlines::afterHours(initial, 72);
    return {
        {QStringLiteral("initial"), initial, std::nullopt},
        {QStringLiteral("intermediate"), intermediate, std::nullopt},
        {QStringLiteral("final"), ReportDeadlines::afterMonths(intermediate, 1, zone), std::nullopt},
    };
}

QList<Incident> DoraAssessment::recurringCandidates(
    const Incident &incident, const QList<Incident> &all, const QTimeZone &zone)
{
    QList<Incident> out;
    if (!incident.began)
        return out;
    const TimeMs from = ReportDeadlines::afterMonths(*incident.began, -kRecurringMonths, zone);
    for (const Incident &other : all) {
        if (other.id == incident.id || !other.began || *other.began < from || *other.began >= *incident.began)
            continue;
        const bool shared = std::any_of(other.services.cbegin(), other.services.cend(),
            [&](const QString &s) { return incident.services.contains(s); });
        if (shared)
            out.append(other);
    }
    std::sort(out.begin(), out.end(), [](const Incident &a, const Incident &b) { return *a.began > *b.began; });
    return out;
}
