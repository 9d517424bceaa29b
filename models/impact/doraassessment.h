// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"
#include "impact/reportdeadlines.h"
#include "impact/serviceoutage.h"
#include "impact/thresholdcheck.h"

#include <QTimeZone>

// DORA (Regulation (EU) 2022/2554, Art. 19): the major-incident classification of Delegated
// Regulation (EU) 2024/1772 where the data can decide it, and the report due dates of
// Delegated Regulation (EU) 2025/301. An incident is major when it affects critical services
// (Art. 6, to be entered: the data does not know which functions are critical or important)
// and meets two or more materiality thresholds of Art. 9. Of those, the data tests:
//  - clients: more than 10 % of the affected service's clients, or more than 100,000 of them;
//  - duration and downtime: the incident lasts more than 24 h, or a service is down (fully or
//    partly unavailable) for more than 2 h.
// Reputational impact, geographical spread, data losses and economic impact (> EUR 100,000)
// are to be entered.
class DoraAssessment final {
public:
    static constexpr double kClientShare = 0.10;
    static constexpr double kClients = 100000;
    static constexpr qint64 kDurationHours = 24;
    static constexpr qint64 kDowntimeMinutes = 120;
    static constexpr int kRecurringMonths = 6;

    enum class Outcome {
        MajorIfCritical, // two thresholds met on the data: major if critical services are affected
        OneMoreNeeded, // one met: major if one more (to be entered) is met and services are critical
        EntriesNeeded, // none met on the data: only the criteria to be entered can make it major
    };

    // In order: "client-share", "clients", "duration", "downtime"; then the ones to be entered:
    // "critical-services", "reputation", "spread", "data-losses", "economic".
    QList<ThresholdCheck> criteria;
    int thresholdsMet = 0; // of the two materiality criteria the data tests (clients; duration/downtime)
    Outcome outcome = Outcome::EntriesNeeded;

    static DoraAssessment evaluate(
        const QList<ServiceOutage> &services, std::optional<TimeMs> began, std::optional<TimeMs> resolved, TimeMs end);
    // Initial notification: at the latest 24 h after awareness (4 h after classification, whose
    // time is to be entered, may come sooner); intermediate 72 h after the initial one; final one
    // month after the intermediate one. Each counted from the latest time its predecessor was due,
    // since the timeline does not record when a report was sent.
    static QList<ReportDeadlines::Deadline> deadlines(TimeMs awareness, const QTimeZone &zone);
    // Earlier incidents of the store that began within the 6 months before this one and touch one
    // of its services: candidates for "recurring" (same apparent root cause: to be entered).
    static QList<Incident> recurringCandidates(
        const Incident &incident, const QList<Incident> &all, const QTimeZone &zone);
};
