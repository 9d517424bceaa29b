// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/scenarioapplier.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr TimeMs kMsPerMinute = 60 * 1000;

// The scenario's own source: what it adds to the input is told apart from what was recorded.
QString scenarioSource()
{
    return u"scenario"_s;
}
} // namespace

std::optional<TimeMs> ScenarioApplier::effectiveTime(
    const ScenarioChange &change, const ImpactInput &recorded, const Incident &incident)
{
    switch (change.kind) {
    case ScenarioChange::Kind::RecoverAt:
        return change.time;
    case ScenarioChange::Kind::RecoverAfter:
    case ScenarioChange::Kind::FailoverWithin:
        return incident.began.value_or(recorded.from) + qRound64(change.minutes * double(kMsPerMinute));
    case ScenarioChange::Kind::Dependency:
        return std::nullopt;
    }
    return std::nullopt;
}

ImpactInput ScenarioApplier::apply(const Scenario &scenario, const ImpactInput &recorded, const Incident &incident)
{
    ImpactInput out = recorded; // implicitly shared lists: detached only where changed
    // The earliest recovery asked for each service wins.
    QHash<QString, TimeMs> upFrom;
    for (const ScenarioChange &c : scenario.changes) {
        if (c.kind == ScenarioChange::Kind::Dependency) {
            const auto it = std::find_if(out.dependencies.begin(), out.dependencies.end(),
                [&](const Dependency &d) { return d.service == c.service && d.dependsOn == c.dependsOn; });
            if (it == out.dependencies.end())
                continue; // nothing to remove or lower: a scenario never adds a dependency
            if (c.share <= 0.0)
                out.dependencies.erase(it);
            else
                it->share = std::min(it->share, c.share);
            continue;
        }
        const TimeMs t = *effectiveTime(c, recorded, incident);
        upFrom[c.service] = upFrom.contains(c.service) ? std::min(upFrom.value(c.service), t) : t;
    }
    if (upFrom.isEmpty())
        return out;
    // From T on, the service's own availability is 1.0: later observations are dropped and a
    // sample at T says so. Before T the recorded curve holds unchanged.
    const auto after = [&](const auto &record) {
        const auto it = upFrom.constFind(record.service);
        return it != upFrom.cend() && record.time >= *it;
    };
    out.samples.removeIf(after);
    out.states.removeIf(after);
    for (auto it = upFrom.cbegin(); it != upFrom.cend(); ++it) {
        HealthSample up;
        up.time = std::max(*it, recorded.from);
        up.service = it.key();
        up.source = scenarioSource();
        up.availability = 1.0;
        up.derived = true;
        out.samples.append(up);
    }
    return out;
}
