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
    // A service's line as the chart draws it: people / scale, or its share of users in percent
    // when it has no user count (ServiceImpact::plotted).
    static QList<QPointF> stepPoints(const ServiceImpact &service, TimeMs end, double scale, int columns = kColumns);
    // Per service: drawn as the share of its users affected (0-100 %) because nobody gave its
    // user count. When every service is, that is the chart's only value axis; beside people
    // lines, those lines go on a percent axis on the right and the legend marks them "(%)".
    static QList<bool> shareLines(const IncidentAnalysis &analysis);
    static bool shareOnly(const IncidentAnalysis &analysis);
    // The percent axis' title ('compact' for a low chart).
    static QString shareTitle(bool compact);
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
