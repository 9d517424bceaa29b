// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/impactlinesitem.h"

#include "impact/incidentanalysis.h"

#include <QChart>
#include <QCoreApplication>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QRegion>
#include <QValueAxis>

#include <cmath>

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
        m_shapesValid = false;
    });
}

void ImpactLinesItem::setPens(const QList<QPen> &pens)
{
    m_pens = pens;
    m_shapesValid = false;
    update();
}

void ImpactLinesItem::setLines(QList<QList<QPointF>> lines)
{
    m_lines = std::move(lines);
    m_shapesValid = false;
    update();
}

void ImpactLinesItem::setHidden(QList<bool> hidden)
{
    if (hidden == m_hidden)
        return;
    m_hidden = std::move(hidden);
    m_shapesValid = false;
    update();
}

void ImpactLinesItem::setSecondary(QList<bool> secondary)
{
    if (secondary == m_secondary)
        return;
    m_secondary = std::move(secondary);
    m_shapesValid = false;
    update();
}

void ImpactLinesItem::setBands(QList<QList<BandStep>> bands, const QColor &captionColour)
{
    m_bands = std::move(bands);
    m_captionColour = captionColour;
    update();
}

QString ImpactLinesItem::bandCaption()
{
    return QCoreApplication::translate("RecoveryChart", "Shaded: the range derived figures may take");
}

QList<QList<ImpactLinesItem::BandStep>> ImpactLinesItem::bandsOf(const IncidentAnalysis &analysis, double scale)
{
    QList<QList<BandStep>> out;
    for (const ServiceImpact &s : analysis.result().services) {
        QList<BandStep> band;
        // Only the stretches with a range: measured services (and derived ones the sources
        // leave nothing open on) cost nothing here however many points they have.
        for (const ImpactPoint &p : s.series) {
            const bool open = p.rangeBelow > 0 || p.rangeAbove > 0;
            if (!open && (band.isEmpty() || band.constLast().low == band.constLast().high))
                continue;
            band.append({double(p.time), p.affectedLow() / scale, p.affectedHigh() / scale});
        }
        if (!band.isEmpty())
            band.append({double(analysis.windowEnd()), band.constLast().low, band.constLast().high});
        out.append(band);
    }
    return out;
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
    m_sySecondary = 0;
    for (const QAbstractAxis *axis : m_chart->axes(Qt::Vertical)) {
        const auto *right = qobject_cast<const QValueAxis *>(axis);
        if (right && right->alignment() == Qt::AlignRight && right->max() > right->min()) {
            m_sySecondary = m_plot.height() / (right->max() - right->min());
            m_y0Secondary = m_plot.bottom() + right->min() * m_sySecondary;
        }
    }
    const QRectF clip = m_plot.adjusted(-1, -1, 1, 1);
    painter->save();
    painter->setClipRect(clip);
    paintBands(painter, x0, sx, y0, sy);
    // Step lines are only level and upright segments: aliased they stay two crisp pixels
    // wide (smoothing smears a level line at a fractional height over three), and the
    // decimation's promise (the pixels of the full line) is a promise about aliased pixels.
    // It is also what keeps a frame cheap: smoothing thousands of segments costs 100+ ms.
    painter->setRenderHint(QPainter::Antialiasing, false);
    const ShapesKey key {x0, sx, y0, sy, m_y0Secondary, m_sySecondary};
    if (!m_shapesValid || key != m_shapesKey) {
        buildShapes(x0, sx, y0, sy);
        m_shapesKey = key;
        m_shapesValid = true;
    }
    // On screen (a raster image, not scaled) the rectangles are written straight into the
    // image, row by row: a third of the raster engine's own rectangle fills for a frame's
    // 12,000, and no layer to clear and blend over the plot (#23). Elsewhere (a PDF, a scaled
    // screen) the painter fills them: the same pixels.
    if (!fillDirect(painter, clip)) {
        painter->setPen(Qt::NoPen);
        for (qsizetype i = 0; i < m_fillCount; ++i) {
            painter->setBrush(m_fills.at(i).colour);
            painter->drawRects(m_fills.at(i).rects.constData(), int(m_fills.at(i).rects.size()));
        }
    }
    for (const auto &[pen, segments] : std::as_const(m_strokes)) {
        painter->setPen(pen);
        painter->drawLines(segments.constData(), int(segments.size()));
    }
    painter->restore();
}

void ImpactLinesItem::buildShapes(double x0, double sx, double yPrimary0, double syPrimary)
{
    m_strokes.resize(0);
    m_fillCount = 0;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const QList<QPointF> &line = m_lines.at(i);
        if (line.size() < 2 || m_hidden.value(i, false))
            continue;
        // A line of the right-hand axis is mapped by it (and not drawn if the chart has none).
        const bool secondary = m_secondary.value(i, false);
        if (secondary && m_sySecondary <= 0)
            continue;
        const double y0 = secondary ? m_y0Secondary : yPrimary0;
        const double sy = secondary ? m_sySecondary : syPrimary;
        // Not one polyline: a wide pen strokes a polyline as one path, and a step line's path
        // folds over itself in every column (200 ms for 12,000 points). Its level and upright
        // segments are filled as whole-pixel rectangles the pen's width across: filled as
        // spans, where segments or fractional rectangles each go through the raster engine's
        // stroker or rasterizer (7 ms for a frame's 12,000). The rare other segments are
        // stroked as lines.
        const QPen pen = m_pens.value(i, QPen(Qt::black, 2));
        const double half = qMax(1, qRound(pen.widthF())) / 2.0;
        const auto pixel = [](double v) { return int(std::floor(v + 0.5)); };
        if (m_fills.size() <= m_fillCount)
            m_fills.resize(m_fillCount + 1);
        Fill &fill = m_fills[m_fillCount++];
        fill.colour = pen.color();
        // resize(0), not clear(): Qt 6.4's clear() gives the memory back, and a frame would
        // grow these again from nothing.
        fill.rects.resize(0);
        fill.rects.reserve(line.size());
        m_segments.resize(0);
        // Points far outside the plot (the ones kept so a line enters the view) are pulled in
        // to its edge: the raster engine fills huge coordinates slowly and imprecisely.
        const double left = m_plot.left() - 8, right = m_plot.right() + 8;
        QPointF last(qBound(left, x0 + line.constFirst().x() * sx, right), y0 - line.constFirst().y() * sy);
        for (qsizetype k = 1; k < line.size(); ++k) {
            const QPointF p(qBound(left, x0 + line.at(k).x() * sx, right), y0 - line.at(k).y() * sy);
            // A slanted segment within a column or to the next (a decimated column's join to its
            // neighbour at values both columns hold, a live column's samples) is filled as the
            // box it spans: the columns' own upright rectangles ink that box already, and
            // stroking thousands of them with a wide pen was most of a zoom's paint (#23).
            if (p.y() == last.y() || p.x() == last.x() || qAbs(p.x() - last.x()) < 1.5) {
                const int l = pixel(qMin(p.x(), last.x()) - half), t = pixel(qMin(p.y(), last.y()) - half);
                const int r = pixel(qMax(p.x(), last.x()) + half), b = pixel(qMax(p.y(), last.y()) + half);
                fill.rects.append(QRect(l, t, r - l, b - t));
            } else
                m_segments.append(QLineF(last, p));
            last = p;
        }
        if (!m_segments.isEmpty())
            m_strokes.append({pen, m_segments});
    }
}

void ImpactLinesItem::paintBands(QPainter *painter, double x0, double sx, double y0, double sy)
{
    bool any = false;
    painter->setPen(Qt::NoPen);
    for (qsizetype i = 0; i < m_bands.size(); ++i) {
        if (m_hidden.value(i, false))
            continue;
        const QList<BandStep> &band = m_bands.at(i);
        QColor colour = m_pens.value(i, QPen(Qt::black)).color();
        colour.setAlpha(70);
        painter->setBrush(colour);
        for (qsizetype k = 0; k + 1 < band.size(); ++k) {
            const BandStep &b = band.at(k);
            if (b.high <= b.low)
                continue;
            const double left = qMax(m_plot.left() - 2, x0 + b.x * sx);
            const double right = qMin(m_plot.right() + 2, x0 + band.at(k + 1).x * sx);
            if (right <= left)
                continue;
            painter->drawRect(QRectF(QPointF(left, y0 - b.high * sy), QPointF(right, y0 - b.low * sy)));
            any = true;
        }
    }
    if (!any || !m_captionColour.isValid())
        return;
    // Said on the chart itself, so that a band is never taken for a thick line.
    // The axis labels' font: on paper the chart's own font is not scaled to the page.
    const QAbstractAxis *axis = m_chart->axes(Qt::Horizontal).value(0);
    QFont f = axis ? axis->labelsFont() : m_chart->font();
    painter->setFont(f);
    painter->setPen(m_captionColour);
    // A line down from the top: the view's note labels sit along the top edge.
    const qreal line = QFontMetricsF(f).height();
    painter->drawText(m_plot.adjusted(4, 1.6 * line, -6, -2), Qt::AlignRight | Qt::AlignTop, bandCaption());
}

bool ImpactLinesItem::fillDirect(QPainter *painter, const QRectF &clip) const
{
    QPaintEngine *engine = painter->paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster || !engine->paintDevice()
        || engine->paintDevice()->devType() != QInternal::Image)
        return false;
    const QTransform t = painter->deviceTransform();
    if (t.type() > QTransform::TxTranslate || t.dx() != std::round(t.dx()) || t.dy() != std::round(t.dy())
        || painter->opacity() < 1 || painter->compositionMode() != QPainter::CompositionMode_SourceOver)
        return false;
    auto *image = static_cast<QImage *>(engine->paintDevice());
    const QImage::Format format = image->format();
    if (format != QImage::Format_RGB32 && format != QImage::Format_ARGB32
        && format != QImage::Format_ARGB32_Premultiplied)
        return false;
    for (qsizetype i = 0; i < m_fillCount; ++i)
        if (m_fills.at(i).colour.alpha() != 255)
            return false; // opaque, so writing the colour is what blending it over would give
    const QPoint offset(int(t.dx()), int(t.dy()));
    // The pixels an aliased clip to 'clip' keeps (their centres inside), in the image, and only
    // those the paint may touch (the system clip: what the view repaints now).
    const auto first = [](double v) { return int(std::ceil(v - 0.5)); };
    QRect box(QPoint(first(clip.left()), first(clip.top())), QPoint(first(clip.right()) - 1, first(clip.bottom()) - 1));
    box = box.translated(offset) & image->rect();
    const QRegion system = engine->systemClip();
    const QRegion region = system.isEmpty() ? QRegion(box) : system & box;
    uchar *bits = image->bits();
    const qsizetype stride = image->bytesPerLine();
    for (qsizetype i = 0; i < m_fillCount; ++i) {
        const QRgb colour = m_fills.at(i).colour.rgba();
        for (const QRect &rect : m_fills.at(i).rects) {
            const QRect device = rect.translated(offset);
            for (const QRect &part : region) {
                const QRect r = device & part;
                for (int y = r.top(); y <= r.bottom(); ++y) {
                    auto *row = reinterpret_cast<QRgb *>(bits + y * stride);
                    std::fill(row + r.left(), row + r.right() + 1, colour);
                }
            }
        }
    }
    return true;
}
