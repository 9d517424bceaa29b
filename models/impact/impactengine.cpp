// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/impactengine.h"

#include "impact/availabilityenvelope.h"
#include "impact/seriesfigures.h"
#include "impact/servicepool.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace {

// One step of the internal series: own and effective availability from 'time' on, each with
// the lowest and highest it may have been (equal to it where nothing is left open).
struct Step {
    TimeMs time;
    double own;
    double eff;
    double ownLow;
    double ownHigh;
    double effLow;
    double effHigh;
};

// Indices into ImpactInput::samples / ::states for one service, each sorted by time.
struct Observations {
    std::vector<qsizetype> samples;
    std::vector<qsizetype> states;
};

template <typename Records> void sortByTime(std::vector<qsizetype> &indices, const Records &records)
{
    const auto earlier = [&records](qsizetype a, qsizetype b) { return records[a].time < records[b].time; };
    // Feeds are nearly always in time order already; the check is far cheaper than the sort.
    // Stable, so among equal times the later record in the input wins.
    if (!std::is_sorted(indices.begin(), indices.end(), earlier))
        std::stable_sort(indices.begin(), indices.end(), earlier);
}

// Merge walk of one service's samples and states into a collapsed step function.
QList<QPair<TimeMs, double>> ownSteps(const Observations &obs, const ImpactInput &input)
{
    QList<QPair<TimeMs, double>> steps;
    double current = 1.0; // in force at 'from' until an observation says otherwise
    const auto apply = [&](TimeMs time, double value) {
        if (!std::isfinite(value))
            return;
        value = std::clamp(value, 0.0, 1.0);
        if (time <= input.from) {
            current = value;
            return;
        }
        if (steps.isEmpty())
            steps.append({input.from, current});
        auto &last = steps.last();
        if (last.first == time) {
            // A later observation at the same instant replaces the earlier one outright.
            last.second = value;
            if (steps.size() > 1 && steps.at(steps.size() - 2).second == value)
                steps.removeLast();
        } else if (last.second != value) {
            steps.append({time, value});
        }
    };
    const auto lastKnown = [&] { return steps.isEmpty() ? current : steps.last().second; };

    const auto &samples = input.samples;
    const auto &states = input.states;
    size_t i = 0, j = 0;
    while (i < obs.samples.size() || j < obs.states.size()) {
        // At equal times the state goes first so that the sample, applied last, wins.
        const bool takeState = j < obs.states.size()
            && (i == obs.samples.size() || states[obs.states[j]].time <= samples[obs.samples[i]].time);
        const TimeMs time = takeState ? states[obs.states[j]].time : samples[obs.samples[i]].time;
        if (time > input.to)
            break;
        if (takeState) {
            const StateChange &s = states[obs.states[j++]];
            apply(s.time, input.method.availabilityFor(s.state, lastKnown()));
        } else {
            const HealthSample &s = samples[obs.samples[i++]];
            apply(s.time, s.availability);
        }
    }
    if (steps.isEmpty())
        steps.append({input.from, current});
    return steps;
}

// Folds one dependency into a dependent's series: a point wherever either changes.
// Both series start at the window start, so the walk always has a value in force for each.
std::vector<Step> foldDependency(const std::vector<Step> &a, const std::vector<Step> &b, double share)
{
    constexpr TimeMs Never = std::numeric_limits<TimeMs>::max();
    std::vector<Step> out;
    out.reserve(a.size() + b.size());
    size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        const TimeMs t = std::min(i < a.size() ? a[i].time : Never, j < b.size() ? b[j].time : Never);
        if (i < a.size() && a[i].time == t)
            ++i;
        if (j < b.size() && b[j].time == t)
            ++j;
        const Step &x = a[i - 1];
        const Step &y = b[j - 1];
        // Effective availability rises with each factor, so the bounds fold bound with bound.
        out.push_back({t, x.own, x.eff * (1.0 - share * (1.0 - y.eff)), x.ownLow, x.ownHigh,
            x.effLow * (1.0 - share * (1.0 - y.effLow)), x.effHigh * (1.0 - share * (1.0 - y.effHigh))});
    }
    return out;
}

// The central own steps with the bounds the envelope gives; without an envelope, bounds = value.
std::vector<Step> withBounds(const QList<QPair<TimeMs, double>> &own, const QList<EnvelopeStep> &envelope)
{
    std::vector<Step> out;
    if (envelope.isEmpty()) {
        out.reserve(size_t(own.size()));
        for (const auto &[time, v] : own)
            out.push_back({time, v, v, v, v, v, v});
        return out;
    }
    constexpr TimeMs Never = std::numeric_limits<TimeMs>::max();
    qsizetype i = 0, j = 0;
    while (i < own.size() || j < envelope.size()) {
        const TimeMs t
            = std::min(i < own.size() ? own.at(i).first : Never, j < envelope.size() ? envelope.at(j).time : Never);
        if (i < own.size() && own.at(i).first == t)
            ++i;
        if (j < envelope.size() && envelope.at(j).time == t)
            ++j;
        // Both start at the window's start, so each has a value in force here.
        const double v = own.at(i - 1).second;
        const double low = std::min(v, envelope.at(j - 1).low);
        const double high = std::max(v, envelope.at(j - 1).high);
        out.push_back({t, v, v, low, high, low, high});
    }
    return out;
}

// The figures that need no user count: the share of users affected (1 − effective) as a series
// of its own, its peak, milestones and integral, and how long any share was affected.
void shareFigures(ServiceImpact &impact, const std::vector<Step> &steps, TimeMs to)
{
    constexpr double eps = 1e-9;
    QList<ImpactPoint> shares;
    shares.reserve(qsizetype(steps.size()));
    for (const Step &s : steps) {
        const double share = std::clamp(1.0 - s.eff, 0.0, 1.0);
        shares.append({s.time, s.own, s.eff, share <= eps ? 0.0 : share, 0.0, 0.0, 0.0});
    }
    const SeriesFigures f = SeriesFigures::of(shares, to, eps);
    impact.sharePeak = f.peak;
    impact.serviceHours = f.hours;
    impact.shareMilestones = f.milestones;
    for (qsizetype k = 0; k < shares.size(); ++k) {
        const TimeMs end = k + 1 < shares.size() ? shares.at(k + 1).time : std::max(to, shares.at(k).time);
        if (shares.at(k).affectedOwn > 0.0)
            impact.outageMs += end - shares.at(k).time;
    }
}

double denoise(double value, double eps)
{
    return std::abs(value) < eps ? 0.0 : value;
}

} // namespace

ImpactPoint ServiceImpact::at(TimeMs t) const
{
    if (series.isEmpty())
        return {};
    auto it = std::upper_bound(
        series.cbegin(), series.cend(), t, [](TimeMs time, const ImpactPoint &p) { return time < p.time; });
    return it == series.cbegin() ? *it : *std::prev(it);
}

const ServiceImpact *ImpactResult::find(const QString &service) const
{
    for (const ServiceImpact &s : services) {
        if (s.service == service)
            return &s;
    }
    return nullptr;
}

QList<QPair<TimeMs, double>> ImpactEngine::ownAvailability(const QString &service, const ImpactInput &input)
{
    Observations obs;
    for (qsizetype k = 0; k < input.samples.size(); ++k) {
        if (input.samples.at(k).service == service)
            obs.samples.push_back(k);
    }
    for (qsizetype k = 0; k < input.states.size(); ++k) {
        if (input.states.at(k).service == service)
            obs.states.push_back(k);
    }
    sortByTime(obs.samples, input.samples);
    sortByTime(obs.states, input.states);
    return ownSteps(obs, input);
}

ImpactResult ImpactEngine::compute(const ImpactInput &input)
{
    return compute(input, true);
}

ImpactResult ImpactEngine::computeSeries(const ImpactInput &input)
{
    return compute(input, false);
}

ImpactResult ImpactEngine::compute(const ImpactInput &input, bool figures)
{
    ImpactResult result;
    if (input.to < input.from) {
        result.error = QStringLiteral("the window ends before it starts");
        return result;
    }
    result.error = findCycle(input.dependencies);
    if (!result.ok())
        return result;

    const qsizetype count = input.services.size();
    QHash<QString, qsizetype> indexOf;
    for (qsizetype k = 0; k < count; ++k) {
        const QString &key = input.services.at(k).key;
        if (indexOf.contains(key)) {
            result.error = u"service \"" + key + u"\" is listed twice";
            return result;
        }
        indexOf.insert(key, k);
    }

    // Edges by dependent, in input order, and in-degrees for the topological order.
    std::vector<std::vector<QPair<qsizetype, double>>> dependsOn(count);
    std::vector<std::vector<qsizetype>> dependents(count);
    std::vector<int> pending(count, 0);
    for (const Dependency &d : input.dependencies) {
        const qsizetype from = indexOf.value(d.service, -1);
        const qsizetype to = indexOf.value(d.dependsOn, -1);
        if (from < 0 || to < 0) {
            result.error = u"unknown service \"" + (from < 0 ? d.service : d.dependsOn) + u"\" in dependency "
                + d.service + u" → " + d.dependsOn;
            return result;
        }
        dependsOn[from].push_back({to, std::clamp(d.share, 0.0, 1.0)});
        dependents[to].push_back(from);
        ++pending[from];
    }

    // Group observations by service once; a hash lookup per record, skipped for runs of one service.
    std::vector<Observations> obs(count);
    const auto group = [&](const auto &records, auto member) {
        const QString *lastKey = nullptr;
        qsizetype lastIndex = -1;
        for (qsizetype k = 0; k < records.size(); ++k) {
            const QString &key = records.at(k).service;
            if (!lastKey || key != *lastKey) {
                lastKey = &key;
                lastIndex = indexOf.value(key, -1);
            }
            if (lastIndex >= 0)
                (obs[lastIndex].*member).push_back(k);
        }
    };
    group(input.samples, &Observations::samples);
    group(input.states, &Observations::states);

    // Kahn's order: every dependency is folded in before its dependents need it.
    std::vector<qsizetype> order;
    order.reserve(count);
    for (qsizetype k = 0; k < count; ++k) {
        if (pending[k] == 0)
            order.push_back(k);
    }
    for (size_t head = 0; head < order.size(); ++head) {
        for (qsizetype dependent : dependents[order[head]]) {
            if (--pending[dependent] == 0)
                order.push_back(dependent);
        }
    }

    // A service's own steps need nothing of another's: they are worked out side by side
    // (ServicePool), then folded with their dependencies in Kahn's order, one after another.
    std::vector<std::vector<Step>> effective(count);
    std::vector<char> derived(size_t(count), 0);
    // The series alone are what a chart frame asks for, on a reader thread kept behind the
    // window's (RecoveryChartView): it stays one thread.
    const qsizetype records = figures ? input.samples.size() + input.states.size() : 0;
    ServicePool::forEach(count, records, [&](qsizetype k) {
        sortByTime(obs[k].samples, input.samples);
        sortByTime(obs[k].states, input.states);
        effective[k] = withBounds(ownSteps(obs[k], input),
            AvailabilityEnvelope::build(
                input.samples, obs[k].samples, input.states, obs[k].states, input.from, input.to, input.method));
        derived[k] = std::any_of(obs[k].samples.cbegin(), obs[k].samples.cend(), [&](qsizetype i) {
            return input.samples.at(i).derived && input.samples.at(i).time <= input.to;
        }) || std::any_of(obs[k].states.cbegin(), obs[k].states.cend(), [&](qsizetype i) {
            return input.states.at(i).derived && input.states.at(i).time <= input.to;
        });
        obs[k] = {}; // the indices are no longer needed; free them early on big inputs
    });
    // Every point of every series is some service's own change (or the window start), so
    // these times alone are the total's; far fewer than all series points together. Each
    // service's are in order: merged, not sorted.
    std::vector<TimeMs> times;
    if (figures) {
        size_t all = 1;
        for (const std::vector<Step> &own : effective)
            all += own.size();
        times.reserve(all);
        times.push_back(input.from);
        for (const std::vector<Step> &own : effective) {
            const auto middle = times.insert(times.end(), own.size(), 0);
            std::transform(own.cbegin(), own.cend(), middle, [](const Step &s) { return s.time; });
            std::inplace_merge(times.begin(), middle, times.end());
        }
    }
    for (qsizetype k : order) {
        for (const auto &[dep, share] : dependsOn[k]) {
            effective[k] = foldDependency(effective[k], effective[dep], share);
            derived[k] = derived[k] || (share > 0.0 && derived[dep]);
        }
    }

    result.services.resize(count);
    ServiceImpact *const impacts = result.services.data(); // detached here, before the threads
    ServicePool::forEach(count, records, [&](qsizetype k) {
        const Service &svc = input.services.at(k);
        const double users = double(svc.usersOrZero());
        const double eps = 1e-9 * std::max(users, 1.0);
        ServiceImpact &impact = impacts[k];
        impact.service = svc.key;
        impact.users = svc.users;
        if (figures)
            shareFigures(impact, effective[k], input.to);
        impact.series.reserve(qsizetype(effective[k].size()));
        for (const Step &s : effective[k]) {
            const double own = denoise(users * (1.0 - s.own), eps);
            const double all = users * (1.0 - s.eff);
            const double inherited = std::max(0.0, denoise(all - own, eps));
            const double below = std::max(0.0, denoise(own + inherited - users * (1.0 - s.effHigh), eps));
            const double above = std::max(0.0, denoise(users * (1.0 - s.effLow) - own - inherited, eps));
            impact.series.append({s.time, s.own, s.eff, own, inherited, below, above});
        }
        impact.derived = derived[k];
        if (!figures)
            return;
        const SeriesFigures f = SeriesFigures::of(impact.series, input.to, eps);
        impact.peakAffected = f.peak;
        impact.peakAt = f.peakAt;
        impact.peopleHours = f.hours;
        impact.peopleHoursOwn = f.hoursOwn;
        impact.peopleHoursInherited = f.hoursInherited;
        impact.peakAffectedLow = f.peakLow;
        impact.peakAffectedHigh = f.peakHigh;
        impact.peopleHoursLow = f.hoursLow;
        impact.peopleHoursHigh = f.hoursHigh;
        // Without users the share's milestones are the service's: the same curve, unscaled.
        impact.milestones = svc.usersKnown() ? f.milestones : impact.shareMilestones;
    });
    qint64 allUsers = 0;
    for (qsizetype k = 0; k < count; ++k) {
        const Service &svc = input.services.at(k);
        allUsers += svc.usersOrZero();
        if (!svc.usersKnown())
            ++result.servicesWithoutUsers;
        result.derived = result.derived || derived[k];
    }

    if (!figures)
        return result;
    // Total: every service's value held at the union of all their change times.
    times.erase(std::unique(times.begin(), times.end()), times.end());
    std::vector<double> ownSum(times.size(), 0.0), inheritedSum(times.size(), 0.0);
    std::vector<double> belowSum(times.size(), 0.0), aboveSum(times.size(), 0.0);
    for (const ServiceImpact &s : result.services) {
        qsizetype p = 0;
        for (size_t t = 0; t < times.size(); ++t) {
            while (p + 1 < s.series.size() && s.series.at(p + 1).time <= times[t])
                ++p;
            ownSum[t] += s.series.at(p).affectedOwn;
            inheritedSum[t] += s.series.at(p).affectedInherited;
            belowSum[t] += s.series.at(p).rangeBelow;
            aboveSum[t] += s.series.at(p).rangeAbove;
        }
    }
    result.total.reserve(qsizetype(times.size()));
    for (size_t t = 0; t < times.size(); ++t)
        result.total.append({times[t], 1.0, 1.0, ownSum[t], inheritedSum[t], belowSum[t], aboveSum[t]});
    const SeriesFigures f = SeriesFigures::of(result.total, input.to, 1e-9 * std::max(double(allUsers), 1.0));
    result.peakTotal = f.peak;
    result.peakTotalAt = f.peakAt;
    result.peopleHoursTotal = f.hours;
    result.peakTotalLow = f.peakLow;
    result.peakTotalHigh = f.peakHigh;
    result.peopleHoursTotalLow = f.hoursLow;
    result.peopleHoursTotalHigh = f.hoursHigh;
    result.totalMilestones = SeriesFigures::withUncounted(f.milestones, result.services);
    return result;
}
