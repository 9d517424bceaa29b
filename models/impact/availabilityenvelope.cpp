// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/availabilityenvelope.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace {

// The central curve's order: time, then states before samples (a sample at the same time
// wins), then the order taken in. Records of one conflict share one key, so none of them is
// ever taken to come after another.
using Key = std::tuple<TimeMs, int, qsizetype>;

struct Record {
    Key key; // its place in the central order
    TimeMs earliest = 0; // the earliest it may have taken effect
    TimeMs latest = 0; // by then it surely had
    double low = 1.0;
    double high = 1.0;
    bool open = false; // a window, a value range, or part of a conflict
};

} // namespace

bool AvailabilityEnvelope::disagree(
    const QList<StateChange> &allStates, const std::vector<qsizetype> &states, size_t begin, size_t end)
{
    QSet<QString> sources;
    QSet<int> kinds;
    for (size_t k = begin; k < end; ++k) {
        const StateChange &s = allStates.at(states[k]);
        sources.insert(s.source);
        kinds.insert(int(s.state));
    }
    return sources.size() > 1 && kinds.size() > 1;
}

QList<EnvelopeStep> AvailabilityEnvelope::build(const QList<HealthSample> &allSamples,
    const std::vector<qsizetype> &samples, const QList<StateChange> &allStates, const std::vector<qsizetype> &states,
    TimeMs from, TimeMs to, const CountingMethod &method)
{
    // Times at which the reported states disagree; every record at such a time is open.
    QSet<TimeMs> conflicts;
    for (size_t k = 0; k < states.size();) {
        size_t end = k + 1;
        const TimeMs t = allStates.at(states[k]).time;
        while (end < states.size() && allStates.at(states[end]).time == t)
            ++end;
        if (end - k > 1 && disagree(allStates, states, k, end))
            conflicts.insert(t);
        k = end;
    }

    // Without a conflict or a record with a range nothing is open: no records to make. On a
    // large store's overview (a rollup average a step, none with a range) making them cost more
    // than the rest of the engine (#23).
    if (conflicts.isEmpty()
        && std::none_of(samples.cbegin(), samples.cend(), [&](qsizetype k) { return allSamples.at(k).hasRange(); })
        && std::none_of(states.cbegin(), states.cend(), [&](qsizetype k) { return allStates.at(k).hasRange(); }))
        return {};

    std::vector<Record> records;
    records.reserve(samples.size() + states.size());
    bool anyOpen = false;
    const auto add = [&](TimeMs time, std::optional<TimeMs> earliest, std::optional<TimeMs> latest, int kind,
                         qsizetype position, double low, double high) {
        if (!std::isfinite(low) || !std::isfinite(high))
            return;
        Record r;
        r.earliest = std::min(earliest.value_or(time), time);
        r.latest = std::max(latest.value_or(time), time);
        if (r.earliest > to)
            return;
        r.low = std::clamp(std::min(low, high), 0.0, 1.0);
        r.high = std::clamp(std::max(low, high), 0.0, 1.0);
        const bool conflict = conflicts.contains(time) && r.earliest == time && r.latest == time;
        r.key = conflict ? Key {time, 0, 0} : Key {time, kind, position};
        r.open = conflict || r.earliest != r.latest || r.low != r.high;
        anyOpen = anyOpen || r.open;
        records.push_back(r);
    };
    for (size_t k = 0; k < states.size(); ++k) {
        const StateChange &s = allStates.at(states[k]);
        // An unknown state that keeps the last value adds no value of its own.
        const double v = method.availabilityFor(s.state, std::numeric_limits<double>::quiet_NaN());
        add(s.time, s.earliest, s.latest, 0, qsizetype(k), v, v);
    }
    for (size_t k = 0; k < samples.size(); ++k) {
        const HealthSample &s = allSamples.at(samples[k]);
        add(s.time, s.earliest, s.latest, 1, qsizetype(k), s.availabilityLow.value_or(s.availability),
            s.availabilityHigh.value_or(s.availability));
    }
    if (!anyOpen)
        return {};

    // Records keep their order: an open record's change may come anywhere in its window, but
    // once a record has surely happened, every record before it in that order is over. So at
    // t the last sure record (the bar) is in force or may be, and so is every open record that
    // may have begun and does not come before the bar. Of the others only the bar counts.
    std::vector<size_t> open;
    std::vector<size_t> byLatest(records.size());
    std::vector<TimeMs> times {from};
    for (size_t k = 0; k < records.size(); ++k) {
        byLatest[k] = k;
        if (records[k].open)
            open.push_back(k);
        for (TimeMs t : {records[k].earliest, records[k].latest})
            if (t > from && t <= to)
                times.push_back(t);
    }
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    std::sort(
        byLatest.begin(), byLatest.end(), [&](size_t a, size_t b) { return records[a].latest < records[b].latest; });

    QList<EnvelopeStep> steps;
    size_t nextSure = 0;
    std::optional<size_t> bar;
    for (TimeMs t : times) {
        while (nextSure < byLatest.size() && records[byLatest[nextSure]].latest <= t) {
            const size_t k = byLatest[nextSure++];
            if (!bar || records[k].key > records[*bar].key)
                bar = k;
        }
        // Before any sure record, the value in force at the window's start (1.0) may hold.
        double low = bar ? records[*bar].low : 1.0;
        double high = bar ? records[*bar].high : 1.0;
        for (size_t k : open) {
            const Record &r = records[k];
            if (r.earliest > t || (bar && r.key < records[*bar].key))
                continue;
            low = std::min(low, r.low);
            high = std::max(high, r.high);
        }
        if (!steps.isEmpty() && steps.last().low == low && steps.last().high == high)
            continue;
        steps.append({t, low, high});
    }
    return steps;
}
