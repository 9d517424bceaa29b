// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/userreportbaseline.h"

#include <algorithm>

namespace {
double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? double(values[n / 2]) : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}
} // namespace

bool UserReportBaseline::isRise(double baseline, qint64 count)
{
    return count >= kFactor * baseline && count >= baseline + kMargin;
}

UserReportBaseline UserReportBaseline::of(const QList<UserReportCount> &all, const QString &service,
    std::optional<TimeMs> declaredStart, TimeMs from, TimeMs to)
{
    UserReportBaseline b;
    b.service = service;
    QList<UserReportCount> mine;
    for (const UserReportCount &c : all)
        if (c.service == service)
            mine.append(c);
    if (mine.isEmpty())
        return b;
    std::stable_sort(mine.begin(), mine.end(), [](const auto &x, const auto &y) { return x.time < y.time; });

    QList<qint64> usual;
    if (declaredStart)
        for (const UserReportCount &c : std::as_const(mine))
            if (c.time < *declaredStart)
                usual.append(c.count);
    b.basis = Basis::BeforeStart;
    if (usual.isEmpty()) {
        b.basis = Basis::FirstHours;
        const TimeMs until = mine.first().time + TimeMs(kFirstHours) * 3600 * 1000;
        for (const UserReportCount &c : std::as_const(mine))
            if (c.time < until)
                usual.append(c.count);
    }
    b.baseline = median(usual);
    b.baselineCounts = int(usual.size());
    for (const UserReportCount &c : std::as_const(mine)) {
        if (c.time >= from && c.time <= to && isRise(b.baseline, c.count)) {
            b.firstRiseAt = c.time;
            b.firstRiseCount = c.count;
            break;
        }
    }
    return b;
}
