// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/rollupsource.h"
#include "impact/incidentanalysis.h"
#include "series/rollupreadthread.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <functional>
#include <memory>

// The recovery chart's lines for any zoom: reads rollups at the coarsest level that
// still has a bucket per pixel (raw samples when zoomed to minutes), runs the impact
// engine on that, and decimates each service's people-affected step line to the pixel
// columns (M4Decimator::decimateSteps). Cost follows the pixels on screen, not the samples in the store.
// It keeps what it read for the next zoom (whole coarse levels, a window of the fine ones), so
// it shows the store as it was when read: make a new one when the session reloads.
//
// Given an opener, it never reads on its own thread (#23): a level not in memory is read on a
// RollupReadThread with a connection of its own, and lines() answers at once from the finest
// level it has for the view (coarser: a bucket wider than a pixel), saying so (Lines::pending);
// refined() follows when the answer is in memory. An answer for a window the view has left is
// dropped. While idle it reads the neighbouring levels of the last view ahead of a zoom.
class ImpactSeriesProvider final : public QObject {
    Q_OBJECT
public:
    // Opens a source of its own on the thread that calls it (TimelineStore::rollupSourceOpener);
    // returns nullptr when the store cannot be opened twice (e.g. SQLite's ":memory:").
    using SourceOpener = std::function<std::unique_ptr<RollupSource>()>;

    // Reads through 'source' on this thread when there is no opener (or it gives no source).
    ImpactSeriesProvider(
        std::unique_ptr<RollupSource> source, const IncidentAnalysis &analysis, SourceOpener openReader = {});
    ~ImpactSeriesProvider() override;

    struct Lines {
        // In the analysis' service order; x = ms, y = people / scale, or for a service without a
        // user count its share of users affected in percent (ServiceImpact::plotted).
        QList<QList<QPointF>> perService;
        int levelSec = 0; // 0: raw samples were read
        qint64 samplesRead = 0; // engine input points (after merging per pixel column)
        // The level the view wants is being read: these lines are from a coarser one in memory
        // (or perService is empty when none has the view); refined() follows.
        bool pending = false;
    };
    Lines lines(TimeMs from, TimeMs to, int pixels, double scale) const;

    // Whether levels not in memory are read on a thread of their own.
    bool readsOffThread() const;
    // Answers read for a window the view had left by the time they arrived, and dropped.
    int droppedAnswers() const { return m_dropped; }
    // Reads asked for and not yet answered.
    bool isReading() const;
    // Reading the neighbouring levels while idle (on by default; off to measure a zoom's misses).
    void setPrefetch(bool on) { m_prefetch = on; }

    // Whole levels kept in memory past this many buckets would cost more memory than
    // reading the window again costs time.
    static constexpr qsizetype kCacheBuckets = 400000;

signals:
    // What the last pending lines() waited for (or a finer level of it) is in memory: ask again.
    void refined();

private:
    struct Window {
        quint64 id = 0;
        TimeMs from = 0;
        TimeMs to = -1;
        QList<QList<RollupBucket>> buckets; // per service
        QList<QList<RollupSource::Value>> values; // per service (raw)
        QList<std::optional<RollupSource::Value>> before; // per service
    };
    // Whether [from, to] at 'level' is in memory for every service.
    bool has(int level, TimeMs from, TimeMs to) const;
    // Asks for what [from, to] at 'level' needs (at once when reading on this thread).
    void ask(int level, TimeMs from, TimeMs to, bool prefetch) const;
    void received(const RollupReadThread::Answer &answer) const;
    void prefetchAround(int level, TimeMs from, TimeMs to) const;
    // The engine's input for [from, to] from level 'level' in memory, into 'out'.
    void samplesFor(int level, TimeMs from, TimeMs to, int pixels, QList<HealthSample> &out) const;
    QList<int> levels() const; // 0, then every rollup level, finest first

    IncidentAnalysis m_analysis;
    QStringList m_keys;
    std::unique_ptr<RollupSource> m_reader; // this thread's, when nothing is read off it
    mutable std::unique_ptr<RollupReadThread> m_thread; // dropped if it cannot open a source
    QList<bool> m_alone; // per service: in no dependency, so its samples may merge per pixel column
    mutable QHash<int, QList<QList<RollupBucket>>> m_levels; // level → per service, whole store
    mutable QList<int> m_uncachedLevels;
    mutable QHash<int, Window> m_windows; // level (0: raw) → what was read last
    mutable QHash<int, quint64> m_wholeAsked; // level → request id, until answered
    mutable QHash<int, Window> m_windowAsked; // level → the window asked for (no data), until answered
    mutable quint64 m_nextId = 0;
    mutable QList<HealthSample> m_samples; // the engine's input, kept for the next view
    mutable int m_dropped = 0;
    mutable bool m_pending = false;
    bool m_prefetch = true;
};
