// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "impact/incidentanalysis.h"

#include <QRectF>
#include <QStringList>

class QPainter;

// The one way a QtCharts chart reaches paper, PNG or SVG: laid out in a scene at 96 dpi (the
// screen it was designed on, so pens and spacing keep their proportions) and rendered into
// the target, which keeps paths and text as vectors on a PDF or SVG device. Callers outside
// ui/charts/ never see a QChart.
class ChartPainter final {
public:
    struct Style {
        qreal fontPointSize = 9;
        bool showTitle = true;
        qreal targetDpi = 96; // the device's resolution: fonts are set in scene pixels
        QStringList fontFamilies; // empty: the chart's own fonts
    };
    // QChart is a QGraphicsWidget: it needs a QApplication. False (nothing painted) without one.
    static bool canPaint();
    static bool paintRecovery(QPainter &painter, const QRectF &target, const IncidentAnalysis &analysis,
        const Theme &theme, const Style &style);
    static bool paintCompare(QPainter &painter, const QRectF &target, const IncidentAnalysis &a,
        const IncidentAnalysis &b, const Theme &theme, const Style &style);
};
