// SPDX-License-Identifier: GPL-3.0-or-later
#include "series/m4decimator.h"

#include <algorithm>

QList<QPointF> M4Decimator::decimate(const QList<QPointF> &points, double xFrom, double xTo, int width)
{
    return decimate(points.constData(), points.size(), xFrom, xTo, width);
}

QList<QPointF> M4Decimator::decimate(const QPointF *points, qsizetype count, double xFrom, double xTo, int width)
{
    QList<QPointF> out;
    if (count == 0 || width <= 0 || !(xTo > xFrom))
        return out;
    const QPointF *end = points + count;
    const auto byX = [](const QPointF &p, double x) { return p.x() < x; };
    const QPointF *begin = std::lower_bound(points, end, xFrom, byX);
    const QPointF *stop = std::lower_bound(begin, end, xTo, byX);
    out.reserve(qMin<qsizetype>(stop - begin, qsizetype(width) * 4) + 2);
    if (begin != points)
        out.append(*(begin - 1));
    const double scale = width / (xTo - xFrom);
    const QPointF *p = begin;
    while (p != stop) {
        const qint64 column = qint64((p->x() - xFrom) * scale);
        const QPointF *first = p;
        const QPointF *lo = p;
        const QPointF *hi = p;
        const QPointF *last = p;
        for (++p; p != stop && qint64((p->x() - xFrom) * scale) == column; ++p) {
            if (p->y() < lo->y())
                lo = p;
            if (p->y() > hi->y())
                hi = p;
            last = p;
        }
        // Emit in original order so the polyline visits them as the full series would.
        const QPointF *picks[4] = {first, lo, hi, last};
        std::sort(std::begin(picks), std::end(picks));
        const QPointF *previous = nullptr;
        for (const QPointF *pick : picks) {
            if (pick != previous)
                out.append(*pick);
            previous = pick;
        }
    }
    if (stop != end)
        out.append(*stop);
    return out;
}

namespace {
// One pixel column of a polyline: the first, least, greatest and last y in it.
struct Column {
    qint64 index = 0;
    double in = 0;
    double lo = 0;
    double hi = 0;
    double out = 0;
};
} // namespace

QList<QPointF> M4Decimator::decimateSteps(const QList<QPointF> &points, double xFrom, double xTo, int width)
{
    QList<QPointF> out;
    if (points.isEmpty() || width <= 0 || !(xTo > xFrom))
        return out;
    const QPointF *all = points.constData();
    const QPointF *end = all + points.size();
    const auto byX = [](const QPointF &p, double x) { return p.x() < x; };
    const QPointF *begin = std::lower_bound(all, end, xFrom, byX);
    const QPointF *stop = std::lower_bound(begin, end, xTo, byX);
    const double scale = width / (xTo - xFrom);
    QList<Column> columns;
    columns.reserve(qMin<qsizetype>(stop - begin, width));
    for (const QPointF *p = begin; p != stop; ++p) {
        const qint64 index = qint64((p->x() - xFrom) * scale);
        if (columns.isEmpty() || columns.constLast().index != index) {
            columns.append({index, p->y(), p->y(), p->y(), p->y()});
            continue;
        }
        Column &c = columns.last();
        c.lo = qMin(c.lo, p->y());
        c.hi = qMax(c.hi, p->y());
        c.out = p->y();
    }
    out.reserve(columns.size() * 3 + 2);
    if (begin != all)
        out.append(*(begin - 1));
    // Two neighbouring columns of a step line meet with a horizontal segment at a value both
    // contain. Any segment between two values both contain inks nothing either column does
    // not ink already, so a column may start and end at its extremes: often two points where
    // M4 needs four. Only where an extreme is outside the neighbour's range do 'in' or 'out' stay.
    const auto touches = [&](qsizetype a, qsizetype b) {
        return b >= 0 && b < columns.size() && qAbs(columns.at(a).index - columns.at(b).index) == 1
            && columns.at(a).out == columns.at(b).in;
    };
    for (qsizetype k = 0; k < columns.size(); ++k) {
        const Column &c = columns.at(k);
        const double x = xFrom + (double(c.index) + 0.5) / scale;
        double starts[2] = {c.in, c.in};
        double ends[2] = {c.out, c.out};
        if (k > 0 && touches(k - 1, k)) {
            const Column &p = columns.at(k - 1);
            const double lo = qMax(p.lo, c.lo), hi = qMin(p.hi, c.hi);
            int n = 0;
            for (double v : {c.lo, c.hi})
                if (v >= lo && v <= hi)
                    starts[n++] = v;
            if (n == 1)
                starts[1] = starts[0];
        }
        if (touches(k, k + 1)) {
            const Column &next = columns.at(k + 1);
            const double lo = qMax(next.lo, c.lo), hi = qMin(next.hi, c.hi);
            int n = 0;
            for (double v : {c.lo, c.hi})
                if (v >= lo && v <= hi)
                    ends[n++] = v;
            if (n == 1)
                ends[1] = ends[0];
        }
        // The shortest path from a start to an end that covers [lo, hi], either way round (the
        // first of the shortest, in this order). Made on the stack, a column at a time: this
        // runs for every column of every line on every view change.
        double best[4] = {};
        int bestSize = 0;
        for (double s : starts) {
            for (double e : ends) {
                for (const auto &[a, b] : {std::pair(c.lo, c.hi), std::pair(c.hi, c.lo)}) {
                    double path[4] = {s};
                    int size = 1;
                    for (double v : {a, b, e})
                        if (path[size - 1] != v)
                            path[size++] = v;
                    if (bestSize == 0 || size < bestSize) {
                        std::copy(path, path + size, best);
                        bestSize = size;
                    }
                }
            }
        }
        for (int i = 0; i < bestSize; ++i)
            out.append(QPointF(x, best[i]));
    }
    if (stop != end)
        out.append(*stop);
    return out;
}
