// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QGraphicsObject>
#include <QLineF>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QRect>
#include <array>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

class IncidentAnalysis;

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
    // Per line (the pens' order): true for a line not drawn, with its band (a series the
    // reader hid in the legend).
    void setHidden(QList<bool> hidden);
    const QList<bool> &hidden() const { return m_hidden; }
    // Per line (the pens' order): true for a line on the chart's right-hand value axis (the
    // share of users, in percent, of a service without a user count beside people lines).
    void setSecondary(QList<bool> secondary);
    const QList<bool> &secondary() const { return m_secondary; }

    // One step of a band: from x (ms) to the next step, people affected may lie anywhere
    // from low to high (in the y axis' unit), by what the sources leave open.
    struct BandStep {
        double x = 0;
        double low = 0;
        double high = 0;
        bool operator==(const BandStep &) const = default;
    };
    // Per service (the pens' order), shaded under the lines in the pen's colour, with a
    // caption in 'captionColour' saying what the shading is. Empty lists: no band.
    void setBands(QList<QList<BandStep>> bands, const QColor &captionColour);
    const QList<QList<BandStep>> &bands() const { return m_bands; }
    // The bands of an analysis: where a service's figure has a range, low to high / scale;
    // the last step ends at the window's end. Services without a range get an empty list.
    static QList<QList<BandStep>> bandsOf(const IncidentAnalysis &analysis, double scale);
    static QString bandCaption();

    // The item a chart built with RecoveryChartBuilder::Options::lineLayer carries.
    static ImpactLinesItem *of(const QChart *chart);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintBands(QPainter *painter, double x0, double sx, double y0, double sy);
    // Makes the lines' rectangles (m_fills) and keeps their other segments in m_strokes, in
    // item coordinates, for the mapping given.
    void buildShapes(double x0, double sx, double y0, double sy);
    // Writes m_fills straight into the image the painter paints on, within 'clip' and the
    // painter's system clip; false (nothing written) when that is not a plain raster image.
    bool fillDirect(QPainter *painter, const QRectF &clip) const;

    QChart *m_chart;
    QList<QPen> m_pens;
    QList<QList<QPointF>> m_lines;
    QList<QList<BandStep>> m_bands;
    QList<bool> m_hidden;
    QList<bool> m_secondary;
    // The right-hand axis' mapping for this paint (y0, sy), when it has one.
    double m_y0Secondary = 0;
    double m_sySecondary = 0;
    QColor m_captionColour;
    QRectF m_plot;
    // One drawn line: its colour and its level and upright segments as whole-pixel rectangles.
    struct Fill {
        QColor colour;
        QList<QRect> rects;
    };
    // Reused between paints: a frame allocates nothing, and a paint that changes none of what
    // they were made for (the crosshair moving over the chart) fills them again as they are.
    QList<Fill> m_fills;
    qsizetype m_fillCount = 0;
    QList<std::pair<QPen, QList<QLineF>>> m_strokes;
    QList<QLineF> m_segments;
    using ShapesKey = std::array<double, 6>; // x0, sx, y0, sy and the right-hand axis' y0, sy
    ShapesKey m_shapesKey {};
    bool m_shapesValid = false;
};
