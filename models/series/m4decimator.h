// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

// Min/max-per-pixel decimation (M4: first, min, max and last point of every pixel
// column). Drawn with 1 px aliased lines it gives the same pixels as drawing every
// point, because inside one column a polyline only ever covers [min, max] and the
// segments between columns join the same last/first points. Plain min/max or LTTB
// move or drop spikes (see docs/benchmarks.md).
class M4Decimator final {
public:
    // 'points' sorted by x. Columns are [xFrom, xTo) split into 'width' equal parts;
    // points outside are kept only as the nearest one on each side, so lines still
    // enter and leave the view. Returns at most 4 × width + 2 points, in x order.
    static QList<QPointF> decimate(const QList<QPointF> &points, double xFrom, double xTo, int width);
    static QList<QPointF> decimate(const QPointF *points, qsizetype count, double xFrom, double xTo, int width);
    // For step lines (every change a vertical then a horizontal segment), drawn at pixel
    // columns: every point of a column moves to the column's centre, and neighbouring columns
    // join between values both contain, so most columns need two points instead of four.
    // The inked pixels stay those of the full line at column resolution (tst_decimation).
    static QList<QPointF> decimateSteps(const QList<QPointF> &points, double xFrom, double xTo, int width);
};
