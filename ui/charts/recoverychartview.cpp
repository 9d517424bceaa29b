#include "recoverychartview.h"

#include "recoverychartbuilder.h"

#include <QKeyEvent>
#include <QLineSeries>

RecoveryChartView::RecoveryChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Recovery chart: people affected by service over time"));
    setToolTip(tr("Drag to zoom into a time range; right-click or Esc to zoom out."));
    setMinimumHeight(240);
}

void RecoveryChartView::setAnalysis(const IncidentAnalysis &analysis, const Theme &theme)
{
    m_theme = theme;
    QChart *old = chart();
    setChart(RecoveryChartBuilder::build(analysis, theme).release());
    // QChartView does not delete a chart it no longer shows.
    delete old;
}

void RecoveryChartView::setCursorTime(TimeMs time)
{
    m_cursor = time;
    scene()->update();
    viewport()->update();
}

int RecoveryChartView::seriesCount() const
{
    return int(chart()->series().size());
}

void RecoveryChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (chart()->series().isEmpty() || m_cursor == 0)
        return;
    const QRectF plot = chart()->plotArea();
    const QPointF p = chart()->mapToPosition(QPointF(double(m_cursor), 0), chart()->series().constFirst());
    if (p.x() < plot.left() || p.x() > plot.right())
        return;
    painter->save();
    QPen pen(m_theme.text);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.2);
    painter->setPen(pen);
    painter->drawLine(QPointF(p.x(), plot.top()), QPointF(p.x(), plot.bottom()));
    painter->restore();
}

void RecoveryChartView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        chart()->zoomReset();
        return;
    }
    QChartView::keyPressEvent(event);
}
