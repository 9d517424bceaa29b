// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/serviceoutage.h"

#include "impact/incidentanalysis.h"

#include <algorithm>

ServiceOutage::ServiceOutage(QString key, QString name, std::optional<qint64> users, QList<Step> steps, TimeMs end)
    : m_key(std::move(key))
    , m_name(std::move(name))
    , m_users(users)
    , m_steps(std::move(steps))
    , m_end(end)
{
    std::stable_sort(m_steps.begin(), m_steps.end(), [](const Step &a, const Step &b) { return a.time < b.time; });
}

QList<ServiceOutage> ServiceOutage::of(const IncidentAnalysis &analysis)
{
    QList<ServiceOutage> out;
    if (!analysis.isValid())
        return out;
    const ImpactResult &r = analysis.result();
    for (qsizetype i = 0; i < r.services.size() && i < analysis.services().size(); ++i) {
        const ServiceImpact &si = r.services.at(i);
        const Service &def = analysis.services().at(i);
        QList<Step> steps;
        steps.reserve(si.series.size());
        for (const ImpactPoint &p : si.series)
            steps.append({p.time, std::clamp(1.0 - p.effectiveAvailability, 0.0, 1.0)});
        out.append(
            ServiceOutage(def.key, def.name.isEmpty() ? def.key : def.name, def.users, steps, analysis.windowEnd()));
    }
    return out;
}

ServiceOutage::Run ServiceOutage::longestRun(const std::function<bool(double)> &test) const
{
    Run best;
    std::optional<TimeMs> runFrom;
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const Step &s = m_steps.at(i);
        const TimeMs until = i + 1 < m_steps.size() ? m_steps.at(i + 1).time : m_end;
        if (test(s.share)) {
            if (!runFrom)
                runFrom = s.time;
            const qint64 length = until - *runFrom;
            if (length > best.ms || !best.from)
                best = {qMax<qint64>(0, length), runFrom};
        } else {
            runFrom.reset();
        }
    }
    return best;
}

ServiceOutage::Run ServiceOutage::longestUnavailable() const
{
    return longestRun([](double share) { return share >= kUnavailable; });
}

ServiceOutage::Run ServiceOutage::longestShareAbove(double share) const
{
    return longestRun([share](double s) { return s > share; });
}

std::optional<ServiceOutage::Run> ServiceOutage::longestPeopleAbove(double people) const
{
    if (!m_users)
        return std::nullopt;
    const double users = double(*m_users);
    return longestRun([users, people](double s) { return s * users > people; });
}

double ServiceOutage::peakShare() const
{
    double peak = 0;
    for (const Step &s : m_steps)
        peak = qMax(peak, s.share);
    return peak;
}

std::optional<double> ServiceOutage::peakPeople() const
{
    if (!m_users)
        return std::nullopt;
    return peakShare() * double(*m_users);
}

std::optional<TimeMs> ServiceOutage::outageStart() const
{
    for (const Step &s : m_steps)
        if (s.share > 0)
            return s.time;
    return std::nullopt;
}

std::optional<TimeMs> ServiceOutage::recovered() const
{
    if (!outageStart())
        return std::nullopt;
    std::optional<TimeMs> since;
    for (const Step &s : m_steps) {
        if (s.share > 0)
            since.reset();
        else if (!since)
            since = s.time;
    }
    return since;
}
