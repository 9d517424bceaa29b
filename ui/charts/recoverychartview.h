// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/valueaxisfit.h"
#include "common/theme.h"
#include "impact/incidentanalysis.h"
#include "series/livesamplebuffer.h"
#include "session/timewindow.h"

#include <QChartView>
#include <QPointer>
#include <memory>

class ImpactLinesItem;
class QTimer;
class ImpactSeriesProvider;
class RecoveryChartLegend;

// The recovery chart on screen: the shared chart plus a cursor line at the time the
// tiles show and dotted lines at annotations. The x-axis follows a TimeWindow shared with
// the other charts: the wheel zooms at the pointer, dragging pans, + − ← → zoom and pan,
// 0 or Esc shows the whole incident; dragging with Shift held selects a range (for Incidents ▸
// New from selection). Every view change redraws the lines for what is in
// view at the plot's width: from the store through an ImpactSeriesProvider when there is
// one (rollups or raw samples, so a minute shows its seconds), else from the analysis, and
// fits the y axis to the shown lines in view. Over the plot a crosshair follows the pointer
// with every shown service's figure at that time (ChartReadout); a click on a legend entry,
// or keys 1–9, hide and show a service (RecoveryChartLegend). An open incident's lines stop
// at the present.
class RecoveryChartView final : public QChartView {
    Q_OBJECT
public:
    explicit RecoveryChartView(QWidget *parent = nullptr);
    void setAnalysis(
        const IncidentAnalysis &analysis, const Theme &theme, std::weak_ptr<const ImpactSeriesProvider> provider = {});
    void setCursorTime(TimeMs time);
    // Text of this many pixels at least on the axes, legend and title (0: the builder's points),
    // for a wall read from across a room.
    void setTextPixels(int pixels);
    // The smallest text the chart draws, in pixels.
    int smallestTextPixels() const;
    void setAnnotations(const QList<Annotation> &annotations);
    // The shared view; until one is set the chart zooms on a window of its own.
    void setTimeWindow(TimeWindow *window);
    TimeWindow *timeWindow() const { return m_window; }
    int seriesCount() const;
    // What is drawn: per service, x = ms, y = people / the axis' scale (or, for a service
    // without a user count, percent of its users: RecoveryChartBuilder::shareLines).
    QList<QList<QPointF>> lines() const;
    // Live steps (per service, x = ms, y = people; DashboardSession::liveImpact), drawn where the
    // view shows them; past the window's end, a view that reaches that end grows the window and
    // slides with the newest step. A step costs the pixels in view, not the samples stored;
    // batches that arrive together are drawn once, when the event loop comes round.
    void appendLive(const QList<QList<QPointF>> &people);
    // Where the lines in view were read: -1 the analysis, 0 raw samples, else a rollup level (s).
    int linesLevel() const { return m_linesLevel; }
    // The level the view needs is being read off the GUI thread: the lines drawn meanwhile are
    // from a coarser one in memory (or the analysis), and are drawn again when it arrives.
    bool linesPending() const { return m_linesPending; }
    // The range last dragged with Shift held, earliest first; nullopt when none is.
    std::optional<QPair<TimeMs, TimeMs>> selection() const { return m_selection; }
    void setSelection(std::optional<QPair<TimeMs, TimeMs>> range);

    // The present, where an open incident's lines end (0: the system clock's).
    void setNow(TimeMs now);
    // Where the lines end: the present for an open incident (or none), else never.
    TimeMs linesEnd() const;
    RecoveryChartLegend *legend() const { return m_legend; }
    // The y axis as fitted to what is in view.
    ValueAxisFit valueAxisFit() const { return m_yFit; }
    // The crosshair's reading as shown (empty when the pointer is not over the plot), and
    // what it would read at a time.
    QString readoutText() const;
    QString readoutAt(TimeMs time) const;
    // Where the crosshair's box was last drawn, in viewport coordinates (empty: none).
    QRect readoutRect() const { return m_hoverArea; }

signals:
    void rangeSelected(TimeMs from, TimeMs to);

protected:
    bool viewportEvent(QEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void applyTextPixels();
    void applyView();
    void refreshLines();
    // The provider has what a pending refresh waited for: drawn in a frame of its own.
    void refineLines();
    // Re-ticks and re-reads the lines when the plot's width changed (QtCharts' layout ran).
    void followPlotArea();
    // The y range from the shown lines and bands in view; the y title that fits the plot.
    void fitValueAxis();
    void fitValueTitle();
    // Below the plot when every entry fits one row (QtCharts has no second row and cuts
    // names short), else beside it, an entry a line.
    void fitLegend();
    // Moves the crosshair to a viewport position (nullopt: away), repainting only its pixels.
    void setHover(std::optional<QPoint> viewportPos);
    bool onLegend(const QPointF &viewportPos) const;
    void paintReadout(QPainter *painter, const QRectF &plot);
    void showLive();
    ImpactLinesItem *linesItem() const;
    int tickTarget() const;
    // Plot-area x in scene coordinates for a time, and the time under a viewport position.
    qreal sceneX(TimeMs time) const;
    TimeMs timeAt(const QPoint &viewportPos) const;
    // Label boxes of the annotations in view, in scene coordinates, with their notes.
    QList<QPair<QRectF, QList<Annotation>>> annotationLabels() const;

    std::weak_ptr<const ImpactSeriesProvider> m_provider;
    QList<QList<QPointF>> m_readLines; // what the last refresh read, before live steps
    QList<LiveSampleBuffer> m_live; // live steps since then, per service, as M4 columns
    QList<QPair<QString, double>> m_axisTicks; // what the axis is labelled with now
    double m_axisStart = 0; // where its first category starts
    QList<double> m_liveLast; // per service: the live line's value now
    double m_liveSince = 0; // x of the first live step: read lines end there
    bool m_sliding = false;
    bool m_livePending = false;
    bool m_liveFollowing = false;
    IncidentAnalysis m_analysis; // what the crosshair reads (shared, not copied)
    QList<QList<ImpactPoint>> m_analysisSeries; // per service, as the analysis has it
    TimeMs m_analysisEnd = 0;
    QList<QList<QPointF>> m_analysisLines; // its steps as lines, made on the first fallback
    double m_scale = 1;
    // Per service: drawn as a share of users in percent (no user count; RecoveryChartBuilder::shareLines).
    QList<bool> m_share;
    bool m_shareOnly = false; // every service is: the only value axis is the percent one
    int m_linesLevel = -1;
    bool m_linesPending = false;
    QTimer *m_refineTimer;
    QTimer *m_relayoutTimer;
    QMetaObject::Connection m_refined;
    int m_linesWidth = 0;
    TimeMs m_cursor = 0;
    int m_tickTarget = 0;
    Theme m_theme = Theme::light();
    QTimeZone m_zone = QTimeZone::utc();
    QList<Annotation> m_annotations;
    QPointer<TimeWindow> m_window;
    bool m_dragging = false;
    int m_dragX = 0;
    TimeMs m_dragFrom = 0;
    TimeMs m_dragTo = 0;
    bool m_selecting = false;
    std::optional<QPair<TimeMs, TimeMs>> m_selection;
    int m_textPixels = 0;
    RecoveryChartLegend *m_legend;
    ValueAxisFit m_yFit {0, 0, 0};
    TimeMs m_now = 0;
    std::optional<QPoint> m_hover; // the pointer over the plot, viewport coordinates
    QRect m_hoverArea; // what the crosshair and its box covered when last drawn
};
