// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "impact/incidentanalysis.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// Two incidents on one chart, each against the time since its own start, so their recoveries
// can be laid side by side whatever day they happened on. The time axis is logarithmic when
// their spans differ tenfold or more (CompareTimeScale), and the chart says so.
class CompareChartBuilder final {
public:
    // What the y axis counts: people affected when both incidents know every service's users,
    // else the share of the incident's services failing (a public outage rarely publishes
    // users: Fastly, AWS, CrowdStrike), which every incident has.
    enum class Measure { People, Share };
    struct Options {
        qreal fontPointSize = 9;
        bool showTitle = true;
    };
    static std::unique_ptr<QChart> build(
        const IncidentAnalysis &a, const IncidentAnalysis &b, const Theme &theme, const Options &options);
    // Out of line: QChart is complete only in ui/charts/, and callers elsewhere include this.
    static std::unique_ptr<QChart> build(const IncidentAnalysis &a, const IncidentAnalysis &b, const Theme &theme);
    static Measure measureFor(const IncidentAnalysis &a, const IncidentAnalysis &b);
    // The total as a step polyline: x in hours since the analysis' origin, y = affected / scale.
    static QList<QPointF> alignedPoints(const IncidentAnalysis &analysis, double scale);
    // The mean share of the analysis' services failing (0–100 %) as a step polyline, x in hours
    // since its origin.
    static QList<QPointF> alignedSharePoints(const IncidentAnalysis &analysis);
    // The chart's title: what is counted, and "(logarithmic time)" when it is.
    static QString chartTitle(const IncidentAnalysis &a, const IncidentAnalysis &b);
    // The incident's title, or a stand-in when the analysis has no incident.
    static QString seriesName(const IncidentAnalysis &analysis);
    // One sentence saying how the chart is drawn (the axis, the measure), for the report and
    // the Compare tab's caption: e.g. "Logarithmic time axis: the spans differ 43-fold."
    static QString scaleNote(const IncidentAnalysis &a, const IncidentAnalysis &b);
};
