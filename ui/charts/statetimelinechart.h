// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "domain/timelinesnapshot.h"
#include "impact/incidentanalysis.h"
#include "session/timewindow.h"

#include <QPointer>
#include <QWidget>

// One lane per service with its state over time as coloured, patterned bands, recovery
// milestones, annotations and the cursor, on a time axis in the incident's zone.
// render() draws the same picture on any painter, so the PDF report gets vectors.
class StateTimelineChart final : public QWidget {
    Q_OBJECT
public:
    explicit StateTimelineChart(QWidget *parent = nullptr);

    void setData(const IncidentAnalysis &analysis, const TimelineSnapshot &snapshot, const Theme &theme);
    void setCursorTime(TimeMs time);
    TimeMs cursorTime() const { return m_cursor; }
    // The shared view; until one is set the chart zooms on a window of its own.
    void setTimeWindow(TimeWindow *window);
    TimeWindow *timeWindow() const { return m_window; }

    // Where a service's lane and a time are on the widget (tests, tooltips).
    QRectF laneRect(const QString &service) const;
    qreal xForTime(TimeMs time) const;

    static void render(QPainter &painter, const QRectF &rect, const IncidentAnalysis &analysis,
        const TimelineSnapshot &snapshot, const Theme &theme, TimeMs viewFrom, TimeMs viewTo, TimeMs cursor = 0);

signals:
    void timeClicked(TimeMs time);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPair<TimeMs, TimeMs> view() const;
    TimeMs timeAtX(qreal x) const;
    QString toolTipAt(const QPointF &pos) const;

    IncidentAnalysis m_analysis;
    TimelineSnapshot m_snapshot;
    Theme m_theme = Theme::light();
    TimeMs m_cursor = 0;
    QPointer<TimeWindow> m_window;
    bool m_dragging = false;
    qreal m_dragX = 0;
    TimeMs m_dragFrom = 0;
    TimeMs m_dragTo = 0;
};
