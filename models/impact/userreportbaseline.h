// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"

#include <QList>
#include <QString>
#include <optional>

// A service's usual level of user reports, and the first time the reports rose well above it:
// the signal people give before any probe or operator does.
//
// Baseline: the median of the service's counts before the incident's declared start (the
// usual level, whatever the outage did). Without a start, or without counts before it: the
// median of the counts in the first kFirstHours hours of the series, and the basis says so.
// Rise: the first count in the window of at least kFactor × the baseline and at least
// kMargin reports above it; both, so that a quiet service (baseline 0 or 1) does not "rise" on
// a handful of reports, and a busy one needs a real jump.
struct UserReportBaseline {
    enum class Basis { None, BeforeStart, FirstHours };
    static constexpr double kFactor = 3.0;
    static constexpr qint64 kMargin = 10;
    static constexpr int kFirstHours = 6;

    QString service;
    Basis basis = Basis::None; // None: the service has no counts
    double baseline = 0;
    int baselineCounts = 0; // how many counts the median is of
    std::optional<TimeMs> firstRiseAt;
    qint64 firstRiseCount = 0;

    static bool isRise(double baseline, qint64 count);
    // 'all' in any order; counts of other services are ignored. The rise is looked for in
    // [from, to].
    static UserReportBaseline of(const QList<UserReportCount> &all, const QString &service,
        std::optional<TimeMs> declaredStart, TimeMs from, TimeMs to);
};
