#include "impactlinesitem.h"

#include <QChart>
#include <QPainter>
#include <QValueAxis>

ImpactLinesItem::ImpactLinesItem(QChart *chart)
    : QGraphicsObject(chart)
    , m_chart(chart)
    , m_plot(chart->plotArea())
{
    // Above the grid and the (empty) series, below the view's cursor and notes.
    setZValue(20);
    setAcceptedMouseButtons(Qt::NoButton);
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        prepareGeometryChange();
        m_plot = plot;
    });
}

void ImpactLinesItem::setPens(const QList<QPen> &pens)
{
    m_pens = pens;
    update();
}

void ImpactLinesItem::setLines(QList<QList<QPointF>> lines)
{
    m_lines = std::move(lines);
    update();
}

ImpactLinesItem *ImpactLinesItem::of(const QChart *chart)
{
    if (!chart)
        return nullptr;
    for (QGraphicsItem *child : chart->childItems())
        if (auto *item = qgraphicsitem_cast<ImpactLinesItem *>(child))
            return item;
    return nullptr;
}

QRectF ImpactLinesItem::boundingRect() const
{
    // Pens are a few pixels wide: a line along an edge of the plot is not cut in half.
    return m_plot.adjusted(-4, -4, 4, 4);
}

void ImpactLinesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto *x = qobject_cast<QValueAxis *>(m_chart->axes(Qt::Horizontal).value(0));
    const auto *y = qobject_cast<QValueAxis *>(m_chart->axes(Qt::Vertical).value(0));
    if (!x || !y || m_plot.isEmpty() || x->max() <= x->min() || y->max() <= y->min())
        return;
    const double sx = m_plot.width() / (x->max() - x->min());
    const double sy = m_plot.height() / (y->max() - y->min());
    const double x0 = m_plot.left() - x->min() * sx;
    const double y0 = m_plot.bottom() + y->min() * sy;
    painter->save();
    painter->setClipRect(m_plot.adjusted(-1, -1, 1, 1));
    // Step lines are only level and upright segments: aliased they stay two crisp pixels
    // wide (smoothing smears a level line at a fractional height over three), and the
    // decimation's promise (the pixels of the full line) is a promise about aliased pixels.
    // It is also what keeps a frame cheap: smoothing thousands of segments costs 100+ ms.
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const QList<QPointF> &line = m_lines.at(i);
        if (line.size() < 2)
            continue;
        // Not one polyline: a wide pen strokes a polyline as one path, and a step line's path
        // folds over itself in every column (200 ms for 12,000 points). Its level and upright
        // segments are filled as rectangles the pen's width across (spans, no stroker: a
        // tenth of drawing them as lines); the rare other ones (where live columns join) are
        // stroked as lines.
        const QPen pen = m_pens.value(i, QPen(Qt::black, 2));
        const double half = qMax(1.0, pen.widthF()) / 2;
        m_segments.clear();
        m_rects.clear();
        // Points far outside the plot (the ones kept so a line enters the view) are pulled in
        // to its edge: the raster engine fills huge coordinates slowly and imprecisely.
        const double left = m_plot.left() - 8, right = m_plot.right() + 8;
        QPointF last(qBound(left, x0 + line.constFirst().x() * sx, right), y0 - line.constFirst().y() * sy);
        for (qsizetype k = 1; k < line.size(); ++k) {
            const QPointF p(qBound(left, x0 + line.at(k).x() * sx, right), y0 - line.at(k).y() * sy);
            if (p.y() == last.y() || p.x() == last.x())
                m_rects.append(QRectF(QPointF(qMin(p.x(), last.x()) - half, qMin(p.y(), last.y()) - half),
                                      QPointF(qMax(p.x(), last.x()) + half, qMax(p.y(), last.y()) + half)));
            else
                m_segments.append(QLineF(last, p));
            last = p;
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(pen.color());
        painter->drawRects(m_rects.constData(), int(m_rects.size()));
        painter->setPen(pen);
        painter->drawLines(m_segments.constData(), int(m_segments.size()));
    }
    painter->restore();
}
