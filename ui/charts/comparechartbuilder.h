// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "impact/incidentanalysis.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// Two incidents' total people affected on one chart, each against hours since its own
// start, so their recoveries can be laid side by side whatever day they happened on.
class CompareChartBuilder final {
public:
    struct Options {
        qreal fontPointSize = 9;
        bool showTitle = true;
    };
    static std::unique_ptr<QChart> build(
        const IncidentAnalysis &a, const IncidentAnalysis &b, const Theme &theme, const Options &options);
    // Out of line: QChart is complete only in ui/charts/, and callers elsewhere include this.
    static std::unique_ptr<QChart> build(const IncidentAnalysis &a, const IncidentAnalysis &b, const Theme &theme);
    // The total as a step polyline: x in hours since the analysis' origin, y = affected / scale.
    static QList<QPointF> alignedPoints(const IncidentAnalysis &analysis, double scale);
    // The incident's title, or a stand-in when the analysis has no incident.
    static QString seriesName(const IncidentAnalysis &analysis);
};
