#pragma once

#include "incidentanalysis.h"
#include "theme.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QFont;
QT_END_NAMESPACE

// Builds the "people affected over time" chart: one step line per service, the time
// axis labelled in the incident's zone. Shared by the screen and the PDF report, so
// what a reviewer sees is what the report prints.
class RecoveryChartBuilder final
{
public:
    struct Options {
        qreal fontPointSize = 9;
        bool showTitle = true;
        bool animate = false;
    };
    static std::unique_ptr<QChart> build(const IncidentAnalysis &analysis, const Theme &theme,
                                         const Options &options);
    static std::unique_ptr<QChart> build(const IncidentAnalysis &analysis, const Theme &theme)
    {
        return build(analysis, theme, Options{});
    }
    // Step function → polyline: each change becomes a vertical then a horizontal segment.
    static QList<QPointF> stepPoints(const QList<ImpactPoint> &series, TimeMs end, double scale);
    static QString axisTitle(const IncidentAnalysis &analysis);
    // The one axis look every chart of the program shares: fonts, theme text and grid colours.
    static void styleAxes(std::initializer_list<QAbstractAxis *> axes, const Theme &theme, const QFont &font);
};
