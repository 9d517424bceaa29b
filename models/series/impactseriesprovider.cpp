// SPDX-License-Identifier: GPL-3.0-or-later
#include "series/impactseriesprovider.h"

#include "domain/samplerollup.h"
#include "series/m4decimator.h"

#include <QSet>
#include <cmath>
#include <limits>

ImpactSeriesProvider::ImpactSeriesProvider(std::unique_ptr<RollupSource> source, const IncidentAnalysis &analysis)
    : m_analysis(analysis)
    , m_reader(std::move(source))
{
    QSet<QString> linked;
    for (const Dependency &d : analysis.input().dependencies) {
        linked.insert(d.service);
        linked.insert(d.dependsOn);
    }
    for (const Service &s : analysis.services())
        m_alone.append(!linked.contains(s.key));
}

ImpactSeriesProvider::~ImpactSeriesProvider() = default;

bool ImpactSeriesProvider::cacheLevel(int level) const
{
    // Ten-second buckets and raw rows are only read for windows of hours: cheap to read, and
    // too many to keep. Coarser levels of the whole store fit in memory and are read once.
    if (level < 60 || m_uncachedLevels.contains(level))
        return false;
    if (m_levels.contains(level))
        return true;
    QList<QList<RollupBucket>> perService;
    qsizetype total = 0;
    for (const Service &s : m_analysis.services()) {
        perService.append(m_reader->buckets(
            s.key, level, std::numeric_limits<TimeMs>::min() / 2, std::numeric_limits<TimeMs>::max() / 2, false));
        total += perService.constLast().size();
        if (total > kCacheBuckets) {
            m_uncachedLevels.append(level);
            return false;
        }
    }
    m_levels.insert(level, perService);
    return true;
}

QList<RollupBucket> ImpactSeriesProvider::bucketsFor(qsizetype service, int level, TimeMs from, TimeMs to) const
{
    const TimeMs first = SampleRollup::bucketStart(from, level);
    const QList<RollupBucket> *all = nullptr;
    if (cacheLevel(level)) {
        all = &m_levels[level][service];
    } else {
        // Fine levels: what was read last, with a window's width to spare on either side, so
        // zooming and panning nearby read nothing new.
        Window &w = window(level, service);
        if (!(w.from <= first && to <= w.to)) {
            const TimeMs span = to - from;
            w.from = SampleRollup::bucketStart(from - span, level);
            w.to = to + span;
            w.buckets = m_reader->buckets(m_analysis.services().at(service).key, level, w.from, w.to, false);
        }
        all = &w.buckets;
    }
    const auto byStart = [](const RollupBucket &b, TimeMs t) { return b.bucket < t; };
    const auto begin = std::lower_bound(all->cbegin(), all->cend(), first, byStart);
    const auto end
        = std::upper_bound(begin, all->cend(), to, [](TimeMs t, const RollupBucket &b) { return t < b.bucket; });
    return all->mid(begin - all->cbegin(), end - begin);
}

QList<RollupSource::Value> ImpactSeriesProvider::samplesIn(
    qsizetype service, TimeMs from, TimeMs to, std::optional<RollupSource::Value> *before) const
{
    const QString &key = m_analysis.services().at(service).key;
    Window &w = window(0, service);
    if (!(w.from <= from && to <= w.to)) {
        const TimeMs span = to - from;
        w.from = from - span;
        w.to = to + span;
        w.values = m_reader->samples(key, w.from, w.to);
        w.before = m_reader->sampleBefore(key, w.from);
    }
    const auto byTime = [](const RollupSource::Value &v, TimeMs t) { return v.time < t; };
    const auto begin = std::lower_bound(w.values.cbegin(), w.values.cend(), from, byTime);
    const auto end = std::upper_bound(
        begin, w.values.cend(), to, [](TimeMs t, const RollupSource::Value &v) { return t < v.time; });
    *before = begin != w.values.cbegin() ? std::optional(*(begin - 1)) : w.before;
    return w.values.mid(begin - w.values.cbegin(), end - begin);
}

ImpactSeriesProvider::Window &ImpactSeriesProvider::window(int level, qsizetype service) const
{
    QList<Window> &windows = m_windows[level];
    if (windows.size() <= service)
        windows.resize(m_analysis.services().size());
    return windows[service];
}

QList<HealthSample> ImpactSeriesProvider::samplesFor(TimeMs from, TimeMs to, int pixels, int *levelSec) const
{
    QList<HealthSample> out;
    // Merged columns give at most four points each; services with dependencies may give more.
    out.reserve(m_analysis.services().size() * (4 * qsizetype(qMax(1, pixels)) + 1));
    const int level = SampleRollup::levelFor(to - from, pixels);
    if (levelSec)
        *levelSec = level;
    const QString source = QStringLiteral("rollup");
    const double columnsPerMs = to > from ? double(qMax(1, pixels)) / double(to - from) : 0.0;
    const auto columnOf = [&](TimeMs t) { return qint64(std::floor(double(t - from) * columnsPerMs)); };
    for (qsizetype i = 0; i < m_analysis.services().size(); ++i) {
        const QString &key = m_analysis.services().at(i).key;
        // The value in force at 'from' comes from the last sample before it.
        std::optional<RollupSource::Value> before;
        const QList<RollupSource::Value> values
            = level == 0 ? samplesIn(i, from, to, &before) : QList<RollupSource::Value>();
        if (level != 0)
            before = m_reader->sampleBefore(key, from);
        if (before)
            out.append({before->time, key, source, before->availability, {}, {}, false});
        const auto emitBucket = [&](const RollupBucket &b) {
            // A bucket is narrower than a pixel, so where min and max sit inside it cannot
            // show: first, min, max, last at the bucket's first/last times keep the M4 shape.
            const TimeMs mid = (b.firstTime + b.lastTime) / 2;
            out.append({b.firstTime, key, source, b.firstValue, {}, {}, false});
            if (b.count > 2) {
                out.append({qMax(b.firstTime + 1, mid - 1), key, source, b.min, {}, {}, false});
                out.append({qMax(b.firstTime + 2, mid), key, source, b.max, {}, {}, false});
            }
            if (b.lastTime > b.firstTime)
                out.append({qMax(b.lastTime, b.firstTime + 3), key, source, b.lastValue, {}, {}, false});
        };
        // A service no other depends on, and that depends on none, has people affected as a
        // falling straight function of its own availability: what a pixel column shows is the
        // first, least, greatest and last value in it, so its buckets (or raw samples) merge
        // per column before the engine. With dependencies, values of different services at
        // different instants of a column must not meet, so buckets stay as they are.
        RollupBucket column;
        qint64 columnIndex = std::numeric_limits<qint64>::min();
        const auto addToColumn = [&](const RollupBucket &b) {
            const qint64 c = columnOf(b.firstTime);
            if (column.count > 0 && c != columnIndex) {
                emitBucket(column);
                column = RollupBucket();
            }
            columnIndex = c;
            column.merge(b);
        };
        if (level == 0) {
            if (!m_alone.at(i)) {
                for (const RollupSource::Value &v : values)
                    out.append({v.time, key, source, v.availability, {}, {}, false});
                continue;
            }
            for (const RollupSource::Value &v : values) {
                RollupBucket one;
                one.add(v.time, v.availability);
                addToColumn(one);
            }
        } else {
            const QList<RollupBucket> buckets = bucketsFor(i, level, from, to);
            if (!m_alone.at(i)) {
                for (const RollupBucket &b : buckets)
                    emitBucket(b);
                continue;
            }
            for (const RollupBucket &b : buckets)
                addToColumn(b);
        }
        if (column.count > 0)
            emitBucket(column);
    }
    return out;
}

ImpactSeriesProvider::Lines ImpactSeriesProvider::lines(TimeMs from, TimeMs to, int pixels, double scale) const
{
    Lines result;
    ImpactInput input = m_analysis.input();
    input.from = from;
    input.to = to;
    input.samples = samplesFor(from, to, pixels, &result.levelSec);
    result.samplesRead = input.samples.size();
    const ImpactResult impact = ImpactEngine::compute(input);
    for (const ServiceImpact &s : impact.services) {
        QList<QPointF> points;
        points.reserve(s.series.size() * 2 + 1);
        for (const ImpactPoint &p : s.series) {
            const double y = p.affected() / scale;
            if (!points.isEmpty())
                points.append(QPointF(double(p.time), points.constLast().y()));
            points.append(QPointF(double(p.time), y));
        }
        if (!points.isEmpty())
            points.append(QPointF(double(to), points.constLast().y()));
        result.perService.append(M4Decimator::decimateSteps(points, double(from), double(to), pixels));
    }
    return result;
}
