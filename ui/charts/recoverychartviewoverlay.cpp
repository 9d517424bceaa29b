// SPDX-License-Identifier: GPL-3.0-or-later
// What RecoveryChartView draws over the chart (notes, selection, cursor, the crosshair and its
// reading) and its pointer and keys: zoom, pan, range selection, the legend's switches, and the
// tooltips of notes.
#include "charts/recoverychartview.h"

#include "charts/chartreadout.h"
#include "charts/impactlinesitem.h"
#include "charts/recoverychartlegend.h"
#include "common/timeaxisticks.h"
#include "session/timewindow.h"

#include <QGraphicsRectItem>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>
#include <QtMath>

namespace {
const QString kNoteSymbol = QStringLiteral("✎");
} // namespace

QList<QPair<QRectF, QList<Annotation>>> RecoveryChartView::annotationLabels() const
{
    QList<QPair<QRectF, QList<Annotation>>> labels;
    if (!m_window || chart()->series().isEmpty())
        return labels;
    const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
    const QFontMetricsF fm(font());
    for (const Annotation &a : m_annotations) {
        if (a.time < m_window->viewFrom() || a.time > m_window->viewTo())
            continue;
        const qreal x = sceneX(a.time);
        // Notes whose labels would touch share one label, "✎ 3".
        if (!labels.isEmpty() && x - labels.constLast().first.center().x() < labels.constLast().first.width() + 4) {
            auto &last = labels.last();
            last.second.append(a);
            const QString text = kNoteSymbol + u' ' + QString::number(last.second.size());
            last.first.setWidth(fm.horizontalAdvance(text) + 8);
            continue;
        }
        const qreal w = fm.horizontalAdvance(kNoteSymbol) + 8;
        labels.append({QRectF(x - w / 2, plot.top() + 2, w, fm.height() + 2), {a}});
    }
    return labels;
}

void RecoveryChartView::drawBackground(QPainter *painter, const QRectF &rect)
{
    // The viewport does not fill itself (WA_OpaquePaintEvent): the chart's own background
    // covers all of it but a margin and its rounded corners, and filling the whole plot twice
    // a frame cost as much as drawing the lines (#23). What it leaves is filled here, with the
    // viewport's own background, so every pixel looks as before.
    QRegion exposed(rect.toAlignedRect());
    const QGraphicsRectItem *background = nullptr;
    if (chart() && chart()->isBackgroundVisible() && chart()->backgroundBrush().isOpaque())
        for (QGraphicsItem *child : chart()->childItems()) {
            const auto *item = qgraphicsitem_cast<QGraphicsRectItem *>(child);
            if (item && item->isVisible()
                && (!background
                    || item->rect().width() * item->rect().height()
                        > background->rect().width() * background->rect().height()))
                background = item;
        }
    if (background) {
        // What it surely covers: its rectangle inside its pen and a pixel of smoothing, less its corners.
        const qreal inset = chart()->backgroundPen().widthF() / 2 + 1;
        const QRectF covered = chart()->mapRectToScene(background->rect()).adjusted(inset, inset, -inset, -inset);
        const QRect inner(QPoint(qCeil(covered.left()), qCeil(covered.top())),
            QPoint(qFloor(covered.right()) - 1, qFloor(covered.bottom()) - 1));
        const int corner = qCeil(chart()->backgroundRoundness()) + 1;
        if (inner.width() > 2 * corner && inner.height() > 2 * corner)
            exposed -= QRegion(inner.adjusted(corner, 0, -corner, 0)) + QRegion(inner.adjusted(0, corner, 0, -corner));
    }
    const QBrush fill = viewport()->palette().brush(viewport()->backgroundRole());
    for (const QRect &part : exposed)
        painter->fillRect(part, fill);
    QChartView::drawBackground(painter, rect);
}

void RecoveryChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (chart()->series().isEmpty())
        return;
    const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
    painter->save();
    painter->setClipRect(plot.adjusted(-1, -1, 1, 1));
    for (const auto &[box, notes] : annotationLabels()) {
        const qreal x = sceneX(notes.constFirst().time);
        painter->setPen(QPen(m_theme.mutedText, 1.2, Qt::DotLine));
        painter->drawLine(QPointF(x, box.bottom()), QPointF(x, plot.bottom()));
        painter->setPen(QPen(m_theme.accent, 1));
        painter->setBrush(m_theme.panel);
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(m_theme.text);
        painter->drawText(box, Qt::AlignCenter | Qt::TextDontClip,
            notes.size() > 1 ? kNoteSymbol + u' ' + QString::number(notes.size()) : kNoteSymbol);
    }
    if (m_selection) {
        const qreal a = sceneX(m_selection->first), b = sceneX(m_selection->second);
        QColor fill = m_theme.accent;
        fill.setAlpha(50);
        painter->fillRect(QRectF(QPointF(qMin(a, b), plot.top()), QPointF(qMax(a, b), plot.bottom())), fill);
    }
    if (m_cursor != 0 && m_window && m_cursor >= m_window->viewFrom() && m_cursor <= m_window->viewTo()) {
        QPen pen(m_theme.text);
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.2);
        painter->setPen(pen);
        const qreal x = sceneX(m_cursor);
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    painter->restore();
    paintReadout(painter, plot);
}

QString RecoveryChartView::readoutAt(TimeMs time) const
{
    if (!m_analysis.isValid())
        return {};
    return ChartReadout::at(m_analysis, m_theme, m_legend->hiddenMask(), time, linesEnd(),
        m_window && m_window->viewSpan() <= 10 * 60 * 1000)
        .text();
}

QString RecoveryChartView::readoutText() const
{
    return m_hover ? readoutAt(timeAt(*m_hover)) : QString();
}

void RecoveryChartView::setHover(std::optional<QPoint> viewportPos)
{
    if (viewportPos) {
        const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
        if (!plot.contains(mapToScene(*viewportPos)) || !m_analysis.isValid())
            viewportPos.reset();
    }
    if (viewportPos == m_hover)
        return;
    // Only the crosshair's pixels are painted again: where it was, and where it goes (known
    // once drawn; the line's full height and the box, laid out as paintReadout will).
    viewport()->update(m_hoverArea);
    m_hover = viewportPos;
    m_hoverArea = QRect();
    if (m_hover) {
        const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
        const qreal x = mapToScene(*m_hover).x();
        const QRectF box = ChartReadout::place(
            ChartReadout::at(m_analysis, m_theme, m_legend->hiddenMask(), timeAt(*m_hover), linesEnd(), false), font(),
            x, plot, sceneRect());
        // A few pixels of slack: the seconds a narrow view adds widen the box a little.
        const QRectF line(QPointF(x - 2, plot.top()), QPointF(x + 2, plot.bottom()));
        viewport()->update(mapFromScene(line.united(box.adjusted(-40, -2, 40, 2))).boundingRect());
    }
}

void RecoveryChartView::paintReadout(QPainter *painter, const QRectF &plot)
{
    if (!m_hover || !m_analysis.isValid()) {
        m_hoverArea = QRect();
        return;
    }
    const qreal x = mapToScene(*m_hover).x();
    const ChartReadout::Reading reading = ChartReadout::at(m_analysis, m_theme, m_legend->hiddenMask(),
        timeAt(*m_hover), linesEnd(), m_window && m_window->viewSpan() <= 10 * 60 * 1000);
    const QRectF box = ChartReadout::place(reading, font(), x, plot, sceneRect());
    painter->save();
    QColor line = m_theme.text;
    line.setAlpha(150);
    painter->setPen(QPen(line, 1));
    painter->drawLine(QPointF(std::floor(x) + 0.5, plot.top()), QPointF(std::floor(x) + 0.5, plot.bottom()));
    painter->restore();
    ChartReadout::paint(*painter, box, reading, m_theme, font());
    const QRectF drawn = QRectF(QPointF(x - 2, plot.top()), QPointF(x + 2, plot.bottom())).united(box);
    m_hoverArea = mapFromScene(drawn.adjusted(-2, -2, 2, 2)).boundingRect();
}

bool RecoveryChartView::onLegend(const QPointF &viewportPos) const
{
    const QLegend *legend = chart()->legend();
    return legend->isVisible() && legend->sceneBoundingRect().contains(mapToScene(viewportPos.toPoint()));
}

bool RecoveryChartView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave)
        setHover(std::nullopt);
    if (event->type() != QEvent::ToolTip)
        return QChartView::viewportEvent(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QPointF scenePos = mapToScene(help->pos());
    // Over the plot the crosshair's box says what is there; the keys are told elsewhere.
    QString text = m_hover ? QString()
                           : tr("Scroll to zoom at the pointer, drag to pan; + − ← → keys; 0 or Esc shows the whole "
                                "incident. Click a legend entry (or press 1–9) to hide or show a service.");
    for (const auto &[box, notes] : annotationLabels()) {
        if (!box.contains(scenePos))
            continue;
        text.clear();
        for (const Annotation &a : notes)
            text += u"<p><b>"
                + QString(QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.time, m_zone), tr("d MMM HH:mm")) + u' '
                    + TimeAxisTicks::zoneAbbreviation(m_zone, a.time))
                      .toHtmlEscaped()
                + u"</b><br>" + a.text.toHtmlEscaped() + u"</p>";
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, viewport());
    return true;
}

void RecoveryChartView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (!m_window || delta == 0)
        return event->ignore();
    // 0.8 per notch of 120: touchpads send many small deltas and zoom smoothly.
    m_window->zoomAt(timeAt(event->position().toPoint()), qPow(0.8, delta / 120.0));
    event->accept();
}

void RecoveryChartView::mousePressEvent(QMouseEvent *event)
{
    // A click on a legend entry goes to the legend (RecoveryChartLegend), not to panning.
    if (!m_window || (event->button() != Qt::LeftButton && event->button() != Qt::RightButton)
        || onLegend(event->position()))
        return QChartView::mousePressEvent(event);
    setHover(std::nullopt);
    if (event->button() == Qt::RightButton) { // as before: right-click zooms back out
        m_window->zoomAt(timeAt(event->position().toPoint()), 2.0);
        return event->accept();
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        m_selecting = true;
        const TimeMs at = timeAt(event->position().toPoint());
        setSelection(QPair<TimeMs, TimeMs>(at, at));
        return event->accept();
    }
    m_dragging = true;
    m_dragX = event->position().toPoint().x();
    m_dragFrom = m_window->viewFrom();
    m_dragTo = m_window->viewTo();
    viewport()->setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void RecoveryChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_selecting && m_selection) {
        const TimeMs at = timeAt(event->position().toPoint());
        m_selection->second = at;
        viewport()->update();
        return event->accept();
    }
    if (!m_dragging || !m_window) {
        setHover(event->position().toPoint());
        if (onLegend(event->position()))
            viewport()->setCursor(Qt::PointingHandCursor);
        else if (viewport()->cursor().shape() == Qt::PointingHandCursor)
            viewport()->unsetCursor();
        return QChartView::mouseMoveEvent(event);
    }
    // Measured from where the drag began, so rounding never accumulates.
    const double msPerPixel = double(m_dragTo - m_dragFrom) / qMax<qreal>(1, chart()->plotArea().width());
    const TimeMs delta = qRound64((m_dragX - event->position().x()) * msPerPixel);
    m_window->setView(m_dragFrom + delta, m_dragTo + delta);
    event->accept();
}

void RecoveryChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_selecting) {
        m_selecting = false;
        auto range = *m_selection;
        if (range.first > range.second)
            std::swap(range.first, range.second);
        setSelection(range.first == range.second ? std::nullopt : std::optional(range));
        if (m_selection)
            emit rangeSelected(m_selection->first, m_selection->second);
        return event->accept();
    }
    if (!m_dragging)
        return QChartView::mouseReleaseEvent(event);
    m_dragging = false;
    viewport()->unsetCursor();
    event->accept();
}

void RecoveryChartView::keyPressEvent(QKeyEvent *event)
{
    // 1–9: the legend's entries, for those who do not point.
    if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && event->key() - Qt::Key_1 < seriesCount()) {
        m_legend->toggle(event->key() - Qt::Key_1);
        return;
    }
    // Esc only un-zooms; with nothing to undo it goes on to the window (it leaves wall mode).
    if (event->key() == Qt::Key_Escape && m_window && m_window->isZoomed())
        m_window->reset();
    else if (!m_window || event->key() == Qt::Key_Escape || !m_window->applyKey(event->key()))
        QChartView::keyPressEvent(event);
}

void RecoveryChartView::setSelection(std::optional<QPair<TimeMs, TimeMs>> range)
{
    m_selection = range;
    viewport()->update();
}
