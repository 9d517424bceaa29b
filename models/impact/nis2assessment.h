// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "impact/reportdeadlines.h"
#include "impact/serviceoutage.h"
#include "impact/thresholdcheck.h"

#include <QTimeZone>

// NIS2 (Directive (EU) 2022/2555, Art. 23) for a cloud computing service: the significance test
// of Implementing Regulation (EU) 2024/2690, Art. 7, on the data, and the report due dates.
// Art. 7: significant when the service is completely unavailable for more than 30 minutes, or
// its availability is limited for more than 5 % of its users or more than 1 million users
// (whichever is smaller, i.e. either test) for more than one hour, or data integrity,
// confidentiality or authenticity is compromised by a suspected malicious action (not in a
// timeline: to be entered). Scheduled maintenance is not significant (recital 33).
class Nis2Assessment final {
public:
    static constexpr qint64 kUnavailableMinutes = 30;
    static constexpr double kLimitedShare = 0.05;
    static constexpr double kLimitedUsers = 1000000;
    static constexpr qint64 kLimitedMinutes = 60;

    enum class Outcome {
        Significant, // an availability criterion is met
        NotSignificant, // no availability criterion is met (the integrity one is to be entered)
        Unknown, // none met, but one cannot be decided (users unknown)
        ScheduledMaintenance, // not significant, whatever the figures
    };

    // Criteria in order: "unavailable", "share-limited", "users-limited", "integrity".
    QList<ThresholdCheck> criteria;
    Outcome outcome = Outcome::Unknown;

    static Nis2Assessment evaluate(const QList<ServiceOutage> &services, bool scheduledMaintenance);
    // Early warning (24 h) and notification (72 h) from awareness; the final report one month
    // after the notification, counted from the notification's due time (the timeline records one
    // "regulator notified" moment, taken as the early warning, not when the notification went).
    static QList<ReportDeadlines::Deadline> deadlines(
        TimeMs awareness, std::optional<TimeMs> regulatorNotified, const QTimeZone &zone);
};
