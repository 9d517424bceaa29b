// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/seriesfigures.h"

#include <algorithm>

namespace {
constexpr double MsPerHour = 3'600'000.0;
} // namespace

SeriesFigures SeriesFigures::of(const QList<ImpactPoint> &series, TimeMs to, double eps)
{
    SeriesFigures f;
    for (qsizetype k = 0; k < series.size(); ++k) {
        const ImpactPoint &p = series.at(k);
        const TimeMs end = k + 1 < series.size() ? series.at(k + 1).time : std::max(to, p.time);
        const double hours = double(end - p.time) / MsPerHour;
        f.hoursOwn += p.affectedOwn * hours;
        f.hoursInherited += p.affectedInherited * hours;
        f.hoursLow += p.affectedLow() * hours;
        f.hoursHigh += p.affectedHigh() * hours;
        f.peak = std::max(f.peak, p.affected());
        f.peakLow = std::max(f.peakLow, p.affectedLow());
        f.peakHigh = std::max(f.peakHigh, p.affectedHigh());
    }
    f.hours = f.hoursOwn + f.hoursInherited;
    if (f.peak <= eps) {
        // Nobody was affected: no peak to speak of and nothing to recover from.
        f.peak = 0.0;
        return f;
    }

    RecoveryMilestones &m = f.milestones;
    qsizetype peakIndex = -1;
    for (qsizetype k = 0; k < series.size(); ++k) {
        const ImpactPoint &p = series.at(k);
        const double affected = p.affected();
        if (!m.outageStart && affected > eps)
            m.outageStart = p.time;
        if (peakIndex < 0) {
            if (affected >= f.peak - eps) {
                peakIndex = k;
                f.peakAt = p.time;
            }
            continue;
        }
        const auto reach = [&](std::optional<TimeMs> &milestone, double fraction) {
            if (!milestone && affected <= (1.0 - fraction) * f.peak + eps)
                milestone = p.time;
        };
        if (!m.firstPartial && affected < f.peak - eps)
            m.firstPartial = p.time;
        reach(m.recovered50, 0.5);
        reach(m.recovered90, 0.9);
        reach(m.recovered99, 0.99);
    }

    // Full recovery is the start of the final run of zeros; a relapse resets it.
    qsizetype k = series.size();
    while (k > 0 && series.at(k - 1).affected() <= eps)
        --k;
    if (k < series.size())
        m.full = series.at(k).time;
    return f;
}

RecoveryMilestones SeriesFigures::withUncounted(RecoveryMilestones total, const QList<ServiceImpact> &services)
{
    const bool counted = total.outageStart.has_value();
    std::optional<TimeMs> latestFull;
    bool allBack = true, any = false;
    for (const ServiceImpact &s : services) {
        const RecoveryMilestones &m = s.shareMilestones;
        if (s.users || !m.outageStart)
            continue;
        any = true;
        if (!counted) {
            total.outageStart = total.outageStart ? std::min(*total.outageStart, *m.outageStart) : *m.outageStart;
            if (m.firstPartial)
                total.firstPartial
                    = total.firstPartial ? std::min(*total.firstPartial, *m.firstPartial) : *m.firstPartial;
        }
        if (m.full)
            latestFull = latestFull ? std::max(*latestFull, *m.full) : *m.full;
        else
            allBack = false;
    }
    if (!any)
        return total;
    if (!allBack || (counted && !total.full))
        total.full.reset();
    else
        total.full = counted ? std::max(*total.full, *latestFull) : *latestFull;
    return total;
}
