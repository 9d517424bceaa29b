// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/rollupsource.h"
#include "impact/incidentanalysis.h"

#include <QHash>
#include <QPointF>
#include <memory>

// The recovery chart's lines for any zoom: reads rollups at the coarsest level that
// still has a bucket per pixel (raw samples when zoomed to minutes), runs the impact
// engine on that, and decimates each service's people-affected step line to the pixel
// columns (M4Decimator::decimateSteps). Cost follows the pixels on screen, not the samples in the store.
// Lives on the thread of the connection it reads. It keeps what it read for the next
// zoom (whole coarse levels, the last window of the fine ones), so it shows the store as it
// was when read: make a new one when the session reloads.
class ImpactSeriesProvider final {
public:
    // Reads through 'source' (the store makes one: TimelineStore::rollupSource()).
    ImpactSeriesProvider(std::unique_ptr<RollupSource> source, const IncidentAnalysis &analysis);
    ~ImpactSeriesProvider();

    struct Lines {
        QList<QList<QPointF>> perService; // in the analysis' service order; x = ms, y = people / scale
        int levelSec = 0; // 0: raw samples were read
        qint64 samplesRead = 0; // engine input points (after merging per pixel column)
    };
    Lines lines(TimeMs from, TimeMs to, int pixels, double scale) const;

    // The samples the engine needs for [from, to] at a resolution fitting 'pixels'.
    QList<HealthSample> samplesFor(TimeMs from, TimeMs to, int pixels, int *levelSec = nullptr) const;

    // Whole levels kept in memory past this many buckets would cost more memory than
    // reading the window again costs time.
    static constexpr qsizetype kCacheBuckets = 400000;

private:
    // One service's buckets at 'level' whose start lies in [bucketStart(from), to].
    QList<RollupBucket> bucketsFor(qsizetype service, int level, TimeMs from, TimeMs to) const;
    bool cacheLevel(int level) const;
    // One service's raw samples in [from, to], and the one before 'from'.
    QList<RollupSource::Value> samplesIn(
        qsizetype service, TimeMs from, TimeMs to, std::optional<RollupSource::Value> *before) const;
    struct Window {
        TimeMs from = 0;
        TimeMs to = -1;
        QList<RollupBucket> buckets;
        QList<RollupSource::Value> values;
        std::optional<RollupSource::Value> before;
    };
    Window &window(int level, qsizetype service) const;

    IncidentAnalysis m_analysis;
    std::unique_ptr<RollupSource> m_reader;
    QList<bool> m_alone; // per service: in no dependency, so its samples may merge per pixel column
    mutable QHash<int, QList<QList<RollupBucket>>> m_levels; // level → per service, whole store
    mutable QList<int> m_uncachedLevels;
    mutable QHash<int, QList<Window>> m_windows; // level (0: raw) → per service
};
