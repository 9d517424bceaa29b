// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/servicestateat.h"

#include <algorithm>

ServiceState ServiceStateAt::forAvailability(double availability)
{
    if (availability >= 0.999)
        return ServiceState::Operational;
    if (availability >= 0.9)
        return ServiceState::Degraded;
    return availability > 0.0 ? ServiceState::PartialOutage : ServiceState::MajorOutage;
}

QList<StateChange> ServiceStateAt::reported(const QList<StateChange> &all, const QString &service)
{
    QList<StateChange> list;
    for (const StateChange &s : all)
        if (s.service == service)
            list.append(s);
    std::stable_sort(
        list.begin(), list.end(), [](const StateChange &a, const StateChange &b) { return a.time < b.time; });
    return list;
}

ServiceState ServiceStateAt::at(const QList<StateChange> &reported, TimeMs t, std::optional<double> availability)
{
    const auto it = std::upper_bound(
        reported.cbegin(), reported.cend(), t, [](TimeMs v, const StateChange &s) { return v < s.time; });
    if (it != reported.cbegin())
        return std::prev(it)->state;
    return availability ? forAvailability(*availability) : ServiceState::Unknown;
}
