// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/distinctpeople.h"

#include "impact/impactengine.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace {

constexpr double MsPerHour = 3'600'000.0;

struct Series {
    std::vector<TimeMs> times;
    std::vector<double> central, low, high;
};

// Peak and the integral over the window of one combined step series.
DistinctFigures figuresOf(const Series &s, TimeMs to, double eps)
{
    DistinctFigures f;
    for (size_t k = 0; k < s.times.size(); ++k) {
        const TimeMs end = k + 1 < s.times.size() ? s.times[k + 1] : std::max(to, s.times[k]);
        const double hours = double(end - s.times[k]) / MsPerHour;
        f.peopleHours += s.central[k] * hours;
        f.peopleHoursLow += s.low[k] * hours;
        f.peopleHoursHigh += s.high[k] * hours;
        if (s.central[k] > f.peak + eps) {
            f.peak = s.central[k];
            f.peakAt = s.times[k];
        }
        f.peakLow = std::max(f.peakLow, s.low[k]);
        f.peakHigh = std::max(f.peakHigh, s.high[k]);
    }
    if (f.peak <= eps)
        f.peakAt.reset();
    return f;
}

} // namespace

DistinctPoint DistinctResult::at(TimeMs t) const
{
    if (series.isEmpty())
        return {};
    auto it = std::upper_bound(
        series.cbegin(), series.cend(), t, [](TimeMs time, const DistinctPoint &p) { return time < p.time; });
    return it == series.cbegin() ? *it : *std::prev(it);
}

const Audience *DistinctResult::audienceOf(const QString &service) const
{
    for (const Audience &a : audiences)
        if (a.services.contains(service))
            return &a;
    return nullptr;
}

QList<Audience> DistinctPeople::audiences(const QList<Service> &services)
{
    QList<Audience> out;
    QHash<QString, qsizetype> index;
    for (const Service &s : services) {
        if (s.audience.isEmpty()) {
            Audience own;
            own.key = s.key;
            own.name = s.name.isEmpty() ? s.key : s.name;
            own.size = s.usersOrZero();
            own.services = {s.key};
            own.ownService = true;
            out.append(own);
            continue;
        }
        auto it = index.constFind(s.audience);
        if (it == index.cend()) {
            Audience a;
            a.key = s.audience;
            a.name = s.audience;
            it = index.insert(s.audience, out.size());
            out.append(a);
        }
        Audience &a = out[*it];
        a.services.append(s.key);
        if (!s.audienceName.isEmpty() && a.name == a.key)
            a.name = s.audienceName;
        // Several services may state the size; the largest counts, with its note.
        if (s.audienceSize > a.declaredSize) {
            a.declaredSize = s.audienceSize;
            a.note = s.audienceNote;
        } else if (a.note.isEmpty()) {
            a.note = s.audienceNote;
        }
        a.size = std::max(a.size, s.usersOrZero());
    }
    for (Audience &a : out) {
        if (a.ownService)
            continue;
        // A population is never smaller than one of the services drawn from it.
        a.raisedToUsers = a.declaredSize > 0 && a.declaredSize < a.size;
        a.size = std::max(a.size, a.declaredSize);
    }
    return out;
}

double DistinctPeople::combine(OverlapModel model, const std::vector<double> &affected, double size)
{
    double largest = 0.0, sum = 0.0, untouched = 1.0;
    for (double a : affected) {
        const double v = std::max(0.0, a);
        largest = std::max(largest, v);
        sum += v;
        if (size > 0)
            untouched *= 1.0 - std::min(1.0, v / size);
    }
    switch (model) {
    case OverlapModel::Nested:
        return std::min(largest, std::max(size, largest));
    case OverlapModel::Disjoint:
        return std::min(sum, std::max(size, largest));
    case OverlapModel::Independent:
        break;
    }
    return size > 0 ? std::max(largest, size * (1.0 - untouched)) : 0.0;
}

DistinctResult DistinctPeople::compute(
    const QList<Service> &services, const ImpactResult &result, TimeMs to, OverlapModel model)
{
    DistinctResult out;
    out.model = model;
    out.audiences = audiences(services);
    if (!result.ok() || result.services.size() != services.size())
        return out;
    QHash<QString, const ServiceImpact *> impactOf;
    for (const ServiceImpact &s : result.services) {
        impactOf.insert(s.service, &s);
        out.derived = out.derived || s.derived;
    }

    // Every series holds its value between its points; the total's times are all of theirs.
    std::vector<TimeMs> times;
    times.reserve(size_t(result.total.size()));
    for (const ImpactPoint &p : result.total)
        times.push_back(p.time);
    Series all {
        times, std::vector<double>(times.size()), std::vector<double>(times.size()), std::vector<double>(times.size())};
    std::vector<double> serviceUsers(times.size(), 0.0);
    double allSizes = 0.0;
    // One audience's series at a time, in the same columns: every value is written before it is
    // read. A new set per audience was megabytes handed back and faulted in again each time (#23).
    Series s {
        times, std::vector<double>(times.size()), std::vector<double>(times.size()), std::vector<double>(times.size())};
    for (const Audience &a : std::as_const(out.audiences)) {
        std::vector<const ServiceImpact *> members;
        for (const QString &key : a.services)
            if (const ServiceImpact *impact = impactOf.value(key))
                members.push_back(impact);
        std::vector<qsizetype> cursor(members.size(), 0);
        std::vector<double> central(members.size()), low(members.size()), high(members.size());
        for (size_t t = 0; t < times.size(); ++t) {
            for (size_t m = 0; m < members.size(); ++m) {
                const QList<ImpactPoint> &series = members[m]->series;
                while (cursor[m] + 1 < series.size() && series.at(cursor[m] + 1).time <= times[t])
                    ++cursor[m];
                const ImpactPoint &p = series.at(cursor[m]);
                central[m] = p.affected();
                low[m] = p.affectedLow();
                high[m] = p.affectedHigh();
                serviceUsers[t] += central[m];
            }
            const double size = double(a.size);
            s.central[t] = combine(model, central, size);
            s.low[t] = combine(OverlapModel::Nested, low, size);
            s.high[t] = combine(OverlapModel::Disjoint, high, size);
            all.central[t] += s.central[t];
            all.low[t] += s.low[t];
            all.high[t] += s.high[t];
        }
        allSizes += double(a.size);
        out.perAudience.append(figuresOf(s, to, 1e-9 * std::max(double(a.size), 1.0)));
    }
    out.series.reserve(qsizetype(times.size()));
    for (size_t t = 0; t < times.size(); ++t)
        out.series.append({times[t], all.central[t], all.low[t], all.high[t], serviceUsers[t]});
    out.total = figuresOf(all, to, 1e-9 * std::max(allSizes, 1.0));
    return out;
}
