// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsObject>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QRect>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// The recovery chart's lines, drawn straight into the chart's plot area. A QLineSeries
// maps every point again and strokes its hit-test shape on each replace(): most of a zoom's
// frame time with thousands of points (docs/benchmarks.md). This item keeps the points as
// given (x = ms, y in the y axis' unit) and maps them only when it paints; the chart's empty
// series still give the legend its names and colours.
class ImpactLinesItem final : public QGraphicsObject {
    Q_OBJECT
public:
    enum { Type = UserType + 41 };

    explicit ImpactLinesItem(QChart *chart);
    int type() const override { return Type; }

    void setPens(const QList<QPen> &pens);
    void setLines(QList<QList<QPointF>> lines);
    const QList<QList<QPointF>> &lines() const { return m_lines; }

    // The item a chart built with RecoveryChartBuilder::Options::lineLayer carries.
    static ImpactLinesItem *of(const QChart *chart);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    // Fills m_rects (device pixels) into m_layer, whose top left is at 'origin'.
    void fillRects(QPoint origin, QRgb colour);

    QChart *m_chart;
    QList<QPen> m_pens;
    QList<QList<QPointF>> m_lines;
    QRectF m_plot;
    // Reused between paints: a frame allocates nothing.
    QList<QLineF> m_segments;
    QList<QRect> m_rects;
    QImage m_layer;
};
