// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "impact/incidentanalysis.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QFont;
QT_END_NAMESPACE

// Builds the "people affected over time" chart: one step line per service, the time
// axis labelled in the incident's zone. Shared by the screen and the PDF report, so
// what a reviewer sees is what the report prints.
class RecoveryChartBuilder final {
public:
    struct Options {
        qreal fontPointSize = 9;
        bool showTitle = true;
        bool animate = false;
        // Lines drawn by an ImpactLinesItem instead of the series (which then only name and
        // colour the legend), left empty for the caller to fill for what is in view: the
        // screen, where every zoom reads them again (RecoveryChartView).
        bool lineLayer = false;
    };
    static std::unique_ptr<QChart> build(const IncidentAnalysis &analysis, const Theme &theme, const Options &options);
    static std::unique_ptr<QChart> build(const IncidentAnalysis &analysis, const Theme &theme)
    {
        return build(analysis, theme, Options {});
    }
    // Step function → polyline: each change becomes a vertical then a horizontal segment.
    // Past 4 × 'columns' points the line is decimated to that many columns (0: never).
    static QList<QPointF> stepPoints(
        const QList<ImpactPoint> &series, TimeMs end, double scale, int columns = kColumns);
    // Where lines and state bands end: an open incident's (or Now's) present, 'now' (0: the
    // system clock); a resolved incident's never. The window runs an hour past the last
    // report, and a live chart drew that hour as if it had happened.
    static TimeMs drawnEnd(const IncidentAnalysis &analysis, TimeMs now = 0);
    // People per unit of the y axis: 1, 1,000 or 1,000,000, from the incident's peak.
    static double scaleFor(const IncidentAnalysis &analysis);
    // Wider than any page or screen: what the whole-incident lines are decimated to.
    static constexpr int kColumns = 2000;
    static QString axisTitle(const IncidentAnalysis &analysis);
    // The y axis' title for a scale (scaleFor): "Millions of people", or, 'compact', one short
    // enough for a low chart ("M people").
    static QString valueTitle(double scale, bool compact);
    // The one axis look every chart of the program shares: fonts, theme text and grid colours.
    static void styleAxes(std::initializer_list<QAbstractAxis *> axes, const Theme &theme, const QFont &font);
};
