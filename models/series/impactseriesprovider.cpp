// SPDX-License-Identifier: GPL-3.0-or-later
#include "series/impactseriesprovider.h"

#include "domain/samplerollup.h"
#include "series/m4decimator.h"

#include <QSet>
#include <cmath>
#include <limits>

ImpactSeriesProvider::ImpactSeriesProvider(
    std::unique_ptr<RollupSource> source, const IncidentAnalysis &analysis, SourceOpener openReader)
    : m_analysis(analysis)
    , m_reader(std::move(source))
{
    QSet<QString> linked;
    for (const Dependency &d : analysis.input().dependencies) {
        linked.insert(d.service);
        linked.insert(d.dependsOn);
    }
    for (const Service &s : analysis.services()) {
        m_alone.append(!linked.contains(s.key));
        m_keys.append(s.key);
    }
    if (openReader)
        m_thread = std::make_unique<RollupReadThread>(std::move(openReader), m_keys, kCacheBuckets, this,
            [this](const RollupReadThread::Answer &answer) { received(answer); });
}

ImpactSeriesProvider::~ImpactSeriesProvider()
{
    // Before anything it could answer into goes.
    m_thread.reset();
}

bool ImpactSeriesProvider::readsOffThread() const
{
    return m_thread != nullptr;
}

bool ImpactSeriesProvider::isReading() const
{
    return !m_wholeAsked.isEmpty() || !m_windowAsked.isEmpty();
}

QList<int> ImpactSeriesProvider::levels() const
{
    QList<int> out {0};
    for (int level : SampleRollup::kLevelsSec)
        out.append(level);
    return out;
}

bool ImpactSeriesProvider::has(int level, TimeMs from, TimeMs to) const
{
    if (level >= 60 && m_levels.contains(level))
        return true;
    const auto w = m_windows.constFind(level);
    return w != m_windows.cend() && w->from <= (level ? SampleRollup::bucketStart(from, level) : from) && to <= w->to;
}

void ImpactSeriesProvider::ask(int level, TimeMs from, TimeMs to, bool prefetch) const
{
    if (has(level, from, to))
        return;
    RollupReadThread::Request request;
    request.id = ++m_nextId;
    request.level = level;
    request.prefetch = prefetch;
    // Ten-second buckets and raw rows are only read for windows of hours: cheap to read, and
    // too many to keep. Coarser levels of the whole store fit in memory and are read once.
    if (level >= 60 && !m_uncachedLevels.contains(level)) {
        if (m_levels.contains(level) || m_wholeAsked.contains(level))
            return;
        request.whole = true;
    } else {
        // A window's width to spare on either side, so that zooming and panning nearby read
        // nothing new.
        const TimeMs first = level ? SampleRollup::bucketStart(from, level) : from;
        const auto asked = m_windowAsked.constFind(level);
        if (asked != m_windowAsked.cend() && (prefetch || (asked->from <= first && to <= asked->to)))
            return; // what is being read will do (and a guess never replaces what a view waits for)
        const TimeMs span = to - from;
        request.from = level ? SampleRollup::bucketStart(from - span, level) : from - span;
        request.to = to + span;
    }
    if (request.whole)
        m_wholeAsked.insert(level, request.id);
    else
        m_windowAsked.insert(level, Window {request.id, request.from, request.to, {}, {}, {}});
    if (m_thread) {
        m_thread->post(request);
        return;
    }
    received(RollupReadThread::read(*m_reader, m_keys, kCacheBuckets, request));
    if (request.whole && m_uncachedLevels.contains(level))
        ask(level, from, to, prefetch); // too many to keep: its window instead
}

void ImpactSeriesProvider::received(const RollupReadThread::Answer &answer) const
{
    const RollupReadThread::Request &r = answer.request;
    if (!answer.opened) {
        // No connection of its own (a store that cannot be opened twice): read here from now on.
        if (!m_thread)
            return;
        m_thread.reset();
        m_wholeAsked.clear();
        m_windowAsked.clear();
        if (m_pending)
            emit const_cast<ImpactSeriesProvider *>(this)->refined();
        return;
    }
    if (r.whole) {
        if (m_wholeAsked.value(r.level) == r.id)
            m_wholeAsked.remove(r.level);
        if (answer.tooMany)
            m_uncachedLevels.append(r.level); // the view asks again, and a window is read
        else
            m_levels.insert(r.level, answer.buckets);
    } else {
        // Only the newest window of a level is kept: an older one was asked for a view that has
        // moved on since, and drawing from it would only refine a frame nobody looks at any more.
        const auto asked = m_windowAsked.find(r.level);
        if (asked == m_windowAsked.end() || asked->id != r.id) {
            ++m_dropped;
            return;
        }
        m_windowAsked.erase(asked);
        m_windows.insert(r.level,
            Window {r.id, r.level ? SampleRollup::bucketStart(r.from, r.level) : r.from, r.to, answer.buckets,
                answer.values, answer.before});
    }
    if (m_pending && m_thread)
        emit const_cast<ImpactSeriesProvider *>(this)->refined();
}

void ImpactSeriesProvider::prefetchAround(int level, TimeMs from, TimeMs to) const
{
    if (!m_thread || !m_prefetch || isReading() || m_thread->busy())
        return;
    const QList<int> all = levels();
    const qsizetype at = all.indexOf(level);
    // The next zoom in needs the finer level within the view; the next zoom out the coarser
    // one. A finer window too large to keep is not guessed at.
    if (at > 0) {
        const int finer = all.at(at - 1);
        const TimeMs rows = 3 * (to - from) / (1000LL * qMax(1, finer)) * m_keys.size();
        if (finer >= 60 || rows <= kCacheBuckets)
            ask(finer, from, to, true);
    }
    if (at + 1 < all.size())
        ask(all.at(at + 1), from, to, true);
}

void ImpactSeriesProvider::samplesFor(int level, TimeMs from, TimeMs to, int pixels, QList<HealthSample> &out) const
{
    // Merged columns give at most four points each (a column past either end included, and
    // the value before); services with dependencies may give more.
    out.reserve(m_analysis.services().size() * (4 * (qsizetype(qMax(1, pixels)) + 2) + 1));
    const QString source = QStringLiteral("rollup");
    // The last view's samples are overwritten where they are, and only the rest made or
    // dropped: constructing and destroying tens of thousands a view cost as much as the engine.
    qsizetype count = 0;
    const auto put = [&](TimeMs time, const QString &key, double availability) {
        if (count < out.size()) {
            HealthSample &s = out[count];
            s.time = time;
            s.service = key;
            s.availability = availability; // the rest is as every sample here leaves it
        } else
            out.append({time, key, source, availability, {}, {}, false});
        ++count;
    };
    const double columnsPerMs = to > from ? double(qMax(1, pixels)) / double(to - from) : 0.0;
    const auto columnOf = [&](TimeMs t) { return qint64(std::floor(double(t - from) * columnsPerMs)); };
    const bool whole = level >= 60 && m_levels.contains(level);
    const Window *window = whole ? nullptr : &*m_windows.constFind(level);
    for (qsizetype i = 0; i < m_analysis.services().size(); ++i) {
        // The key's characters without its reference count: tens of thousands of copies a view.
        const QString key = QString::fromRawData(m_keys.at(i).constData(), m_keys.at(i).size());
        // The value in force at 'from' comes from the last sample before what is drawn.
        std::optional<RollupSource::Value> before = window ? window->before.value(i) : std::nullopt;
        const auto emitBucket = [&](const RollupBucket &b) {
            // A bucket is narrower than a pixel, so where min and max sit inside it cannot
            // show: first, min, max, last at the bucket's first/last times keep the M4 shape.
            const TimeMs mid = (b.firstTime + b.lastTime) / 2;
            put(b.firstTime, key, b.firstValue);
            if (b.count > 2) {
                put(qMax(b.firstTime + 1, mid - 1), key, b.min);
                put(qMax(b.firstTime + 2, mid), key, b.max);
            }
            if (b.lastTime > b.firstTime)
                put(qMax(b.lastTime, b.firstTime + 3), key, b.lastValue);
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
            const QList<RollupSource::Value> &values = window->values.at(i);
            const auto begin = std::lower_bound(values.cbegin(), values.cend(), from,
                [](const RollupSource::Value &v, TimeMs t) { return v.time < t; });
            const auto end = std::upper_bound(
                begin, values.cend(), to, [](TimeMs t, const RollupSource::Value &v) { return t < v.time; });
            if (begin != values.cbegin())
                before = *(begin - 1);
            if (before)
                put(before->time, key, before->availability);
            for (auto v = begin; v != end; ++v) {
                if (!m_alone.at(i)) {
                    put(v->time, key, v->availability);
                    continue;
                }
                RollupBucket one;
                one.add(v->time, v->availability);
                addToColumn(one);
            }
        } else {
            const QList<RollupBucket> &all = whole ? m_levels[level].at(i) : window->buckets.at(i);
            const TimeMs first = SampleRollup::bucketStart(from, level);
            const auto begin = std::lower_bound(
                all.cbegin(), all.cend(), first, [](const RollupBucket &b, TimeMs t) { return b.bucket < t; });
            const auto end
                = std::upper_bound(begin, all.cend(), to, [](TimeMs t, const RollupBucket &b) { return t < b.bucket; });
            if (begin != all.cbegin())
                before = RollupSource::Value {(begin - 1)->lastTime, (begin - 1)->lastValue};
            if (before)
                put(before->time, key, before->availability);
            for (auto b = begin; b != end; ++b) {
                if (m_alone.at(i))
                    addToColumn(*b);
                else
                    emitBucket(*b);
            }
        }
        if (column.count > 0)
            emitBucket(column);
    }
    out.resize(count);
}

ImpactSeriesProvider::Lines ImpactSeriesProvider::lines(TimeMs from, TimeMs to, int pixels, double scale) const
{
    Lines result;
    const int wanted = SampleRollup::levelFor(to - from, pixels);
    result.levelSec = wanted;
    if (!has(wanted, from, to)) {
        ask(wanted, from, to, false); // read here and now when there is no reader thread
        if (!has(wanted, from, to)) {
            // Meanwhile the finest coarser level in memory: never a wait for the store.
            result.pending = true;
            result.levelSec = -1;
            for (int level : levels())
                if (level > wanted && has(level, from, to)) {
                    result.levelSec = level;
                    break;
                }
        }
    }
    m_pending = result.pending;
    if (!result.pending)
        prefetchAround(wanted, from, to);
    if (result.levelSec < 0)
        return result;
    ImpactInput input = m_analysis.input();
    input.from = from;
    input.to = to;
    samplesFor(result.levelSec, from, to, pixels, m_samples);
    input.samples = m_samples;
    result.samplesRead = input.samples.size();
    const ImpactResult impact = ImpactEngine::computeSeries(input);
    input.samples = {}; // m_samples' alone again, so that the next view refills it in place
    for (const ServiceImpact &s : impact.services) {
        QList<QPointF> points;
        points.reserve(s.series.size() * 2 + 1);
        for (const ImpactPoint &p : s.series) {
            const double y = s.plotted(p, scale);
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
