// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "impact/incidentanalysis.h"

#include <QColor>
#include <QCoreApplication>
#include <QRectF>

class QFont;
class QFontMetricsF;
class QPainter;

// What the crosshair over the recovery chart reads at a time: the time in the incident's zone
// and each shown service's people affected then, from the analysis' own steps (exact, not the
// decimated lines), derived figures saying so. Drawn as a box beside the crosshair, in the
// view, so it moves with the pointer at the cost of the box's pixels.
class ChartReadout final {
    Q_DECLARE_TR_FUNCTIONS(ChartReadout)
public:
    struct Row {
        QString name;
        QColor colour;
        QString value;
    };
    struct Reading {
        QString time;
        QList<Row> rows;
        // Plain text, a line each: the time, then "name: value".
        QString text() const;
    };
    // 'hidden' per service: left out (hidden in the legend). Past 'end' (an open incident's
    // present) nothing is known yet. 'seconds' when the view is narrow enough to need them.
    static Reading at(const IncidentAnalysis &analysis, const Theme &theme, const QList<bool> &hidden, TimeMs t,
        TimeMs end, bool seconds);
    // The box for 'reading' beside a crosshair at x: right of it unless there is no room,
    // near the top of 'plot', kept inside 'bounds'.
    static QRectF place(const Reading &reading, const QFont &font, qreal x, const QRectF &plot, const QRectF &bounds);
    static void paint(
        QPainter &painter, const QRectF &box, const Reading &reading, const Theme &theme, const QFont &font);

private:
    struct Metrics;
    static Metrics measure(const Reading &reading, const QFont &font);
};
