#pragma once

#include "incidentanalysis.h"

#include <QPointF>
#include <QSqlDatabase>

// The recovery chart's lines for any zoom: reads rollups at the coarsest level that
// still has a bucket per pixel (raw samples when zoomed to minutes), runs the impact
// engine on that, and M4-decimates each service's people-affected line to the pixel
// width. Cost follows the pixels on screen, not the samples in the store.
class ImpactSeriesProvider final
{
public:
    ImpactSeriesProvider(QSqlDatabase db, const IncidentAnalysis &analysis);

    struct Lines {
        QList<QList<QPointF>> perService;   // in the analysis' service order; x = ms, y = people / scale
        int levelSec = 0;                   // 0: raw samples were read
        qint64 samplesRead = 0;
    };
    Lines lines(TimeMs from, TimeMs to, int pixels, double scale) const;

    // The samples the engine needs for [from, to] at a resolution fitting 'pixels'.
    QList<HealthSample> samplesFor(TimeMs from, TimeMs to, int pixels, int *levelSec = nullptr) const;

private:
    QSqlDatabase m_db;
    IncidentAnalysis m_analysis;
};
