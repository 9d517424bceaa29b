// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/nis2assessment.h"

using Verdict = ThresholdCheck::Verdict;

namespace {
// The longest stretch any service gave, with the service's name.
ThresholdCheck longest(const QString &key, const QList<ServiceOutage> &services,
    const std::function<ServiceOutage::Run(const ServiceOutage &)> &measure, qint64 moreThanMinutes)
{
    ThresholdCheck check {key, Verdict::NotMet, {}, {}, {}};
    if (services.isEmpty()) {
        check.verdict = Verdict::Unknown;
        return check;
    }
    ServiceOutage::Run best;
    for (const ServiceOutage &s : services) {
        const ServiceOutage::Run run = measure(s);
        if (run.from && (!check.measured || run.ms > best.ms)) {
            best = run;
            check.service = s.name();
            check.from = run.from;
            check.measured = double(run.ms) / 60000.0;
        }
    }
    if (!check.measured)
        check.measured = 0.0;
    check.verdict = best.ms > moreThanMinutes * 60000 ? Verdict::Met : Verdict::NotMet;
    return check;
}
} // namespace

Nis2Assessment Nis2Assessment::evaluate(const QList<ServiceOutage> &services, bool scheduledMaintenance)
{
    Nis2Assessment a;
    a.criteria.append(longest(
        QStringLiteral("unavailable"), services, [](const ServiceOutage &s) { return s.longestUnavailable(); },
        kUnavailableMinutes));
    a.criteria.append(longest(
        QStringLiteral("share-limited"), services,
        [](const ServiceOutage &s) { return s.longestShareAbove(kLimitedShare); }, kLimitedMinutes));

    // The 1 million test needs the user count: services without one leave it open.
    QList<ServiceOutage> counted;
    bool uncounted = false;
    for (const ServiceOutage &s : services) {
        if (s.users())
            counted.append(s);
        else
            uncounted = true;
    }
    ThresholdCheck users = longest(
        QStringLiteral("users-limited"), counted,
        [](const ServiceOutage &s) { return s.longestPeopleAbove(kLimitedUsers).value_or(ServiceOutage::Run {}); },
        kLimitedMinutes);
    if (counted.isEmpty())
        users.measured.reset();
    if (users.verdict != Verdict::Met && (uncounted || counted.isEmpty()))
        users.verdict = Verdict::Unknown;
    a.criteria.append(users);
    a.criteria.append({QStringLiteral("integrity"), Verdict::ToBeEntered, {}, {}, {}});

    if (scheduledMaintenance) {
        a.outcome = Outcome::ScheduledMaintenance;
        return a;
    }
    const Verdict availability
        = ThresholdCheck::any({a.criteria.at(0).verdict, a.criteria.at(1).verdict, a.criteria.at(2).verdict});
    a.outcome = availability == Verdict::Met ? Outcome::Significant
        : availability == Verdict::Unknown   ? Outcome::Unknown
                                             : Outcome::NotSignificant;
    return a;
}

QList<ReportDeadlines::Deadline> Nis2Assessment::deadlines(
    TimeMs awareness, std::optional<TimeMs> regulatorNotified, const QTimeZone &zone)
{
    const TimeMs earlyWarning = ReportDeadlines::afterHours(awareness, 24);
    const TimeMs notification = ReportDeadlines::afterHours(awareness, 72);
    // The lane records one "regulator notified" moment: the first report, the early warning.
    return {
        {QStringLiteral("early-warning"), earlyWarning, regulatorNotified},
        {QStringLiteral("notification"), notification, std::nullopt},
        {QStringLiteral("final"), ReportDeadlines::afterMonths(notification, 1, zone), std::nullopt},
    };
}
