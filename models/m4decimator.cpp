#include "m4decimator.h"

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
