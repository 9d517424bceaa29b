#pragma once

#include "incidentanalysis.h"

#include <QHash>
#include <QPointF>
#include <QSqlDatabase>
#include <memory>

class RollupReader;
struct RollupBucket;

// The recovery chart's lines for any zoom: reads rollups at the coarsest level that
// still has a bucket per pixel (raw samples when zoomed to minutes), runs the impact
// engine on that, and decimates each service's people-affected step line to the pixel
// columns (M4Decimator::decimateSteps). Cost follows the pixels on screen, not the samples in the store.
// Lives on the thread of the connection it reads; keeps what it read of the coarse
// levels (one minute and up) for the next zoom.
class ImpactSeriesProvider final
{
public:
    ImpactSeriesProvider(QSqlDatabase db, const IncidentAnalysis &analysis);
    ~ImpactSeriesProvider();

    struct Lines {
        QList<QList<QPointF>> perService;   // in the analysis' service order; x = ms, y = people / scale
        int levelSec = 0;                   // 0: raw samples were read
        qint64 samplesRead = 0;             // engine input points (after merging per pixel column)
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

    QSqlDatabase m_db;
    IncidentAnalysis m_analysis;
    std::unique_ptr<RollupReader> m_reader;
    QList<bool> m_alone;   // per service: in no dependency, so its samples may merge per pixel column
    mutable QHash<int, QList<QList<RollupBucket>>> m_levels;   // level → per service, whole store
    mutable QList<int> m_uncachedLevels;
};
